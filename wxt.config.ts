import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { orgMatchPatterns } from './utils/orgs';
import { compileMatcher } from './utils/naming/lexicon';

const firefoxSettings = {
  browser_specific_settings: {
    gecko: {
      id: 'taiwan-city-lens@example.org',
      // 140: the first Firefox with the CSS Custom Highlight API, which draws every highlight and
      // underline (older ones would silently show none), and with data_collection_permissions.
      strict_min_version: '140.0',
      // Nothing leaves the machine.
      data_collection_permissions: { required: ['none'] },
    },
  },
  // WXT drops optional_host_permissions from MV2 builds: without this, Firefox refuses to ask for
  // screenshots on any page or for an extra site ("not declared in the manifest").
  optional_permissions: ['<all_urls>'],
};

export default defineConfig({
  // ASCII output: Chrome refuses a whole extension when one script is not valid UTF-8 (TOOLCHAIN.md).
  // The naming matcher is compiled here, once, from the data: no page builds it (utils/naming/lexicon.ts).
  vite: () => ({ plugins: [preact()], esbuild: { charset: 'ascii' }, define: { __TCL_MATCHER__: JSON.stringify(compileMatcher()) } }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus', 'unlimitedStorage'],
    host_permissions: orgMatchPatterns(),
    // Screenshots as evidence outside a toolbar/menu/shortcut gesture, and sites the user adds.
    optional_host_permissions: ['<all_urls>'],
    action: { default_title: '__MSG_extName__' },
    // The note editor's frame (entrypoints/note-editor), placed in pages by the lens. Every http(s)
    // page, because the lens also runs on the extra sites a user adds and on pages scanned from the
    // popup, which the manifest cannot list. In Chromium only through the per-session dynamic URL,
    // so no page can find it to tell that the extension is installed (Firefox's moz-extension id is
    // random per install already).
    web_accessible_resources: [{ resources: ['note-editor.html'], matches: ['http://*/*', 'https://*/*'], use_dynamic_url: true }],
    options_ui: { page: 'dashboard.html', open_in_tab: true },
    commands: {
      'add-note': { suggested_key: { default: 'Alt+Shift+N' }, description: '__MSG_commandAddNote__' },
      'open-panel': { suggested_key: { default: 'Alt+Shift+L' }, description: '__MSG_commandOpenPanel__' },
    },
    ...(browser === 'firefox' ? firefoxSettings : {}),
  }),
});
