import { readFileSync } from 'node:fs';
import { defineConfig } from 'wxt';
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { orgMatchPatterns } from './utils/orgs';
import { compileMatcher } from './utils/naming/lexicon';
import { readRuleFolder } from './utils/naming/rule-folder';
import { checkDataFile, forScan, withoutExamples } from './utils/data-files';
import type { Plugin } from 'vite';
import { highlightRulesFor } from './components/highlights/rules';

/**
 * The data files (rules, places, organizations) are checked against their schemas as they are
 * bundled: a wrong file stops the build, naming the field. The page's scripts get them checked
 * (defaults filled in, __TCL_DATA_CHECKED__) and without their examples, which are for the tests
 * and the rule pack the dashboard exports; the content script, which loads on every matched page,
 * only what its scan reads (utils/data-files.ts `forScan`), the panel's script the rest.
 */
function checkedData(script: 'content' | 'page' | null): Plugin {
  return {
    name: 'tcl-checked-data',
    enforce: 'pre',
    transform(code, id) {
      if (!id.endsWith('.json')) return null;
      const checked = checkDataFile(id, JSON.parse(code));
      if (!checked) return null;
      if (!checked.ok) this.error(`${id}: ${checked.error}`);
      if (!script) return null;
      return { code: JSON.stringify(script === 'content' ? forScan(id, checked.value) : withoutExamples(checked.value)), map: null };
    },
  };
}

/** In the Chromium output (the rules on the root: components/highlights/rules.ts), for the manifest's content_scripts. */
const HIGHLIGHT_CSS = ['highlights.css', 'declared.css'];

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
  // TCL_WARM_SCAN=1: a diagnostic build for tests/bench/profile-scan.mjs, which scans each page twice and measures the second (utils/page/live-scan.ts).
  vite: () => ({ plugins: [preact()], esbuild: { charset: 'ascii' }, ...(process.env.TCL_NO_MINIFY ? { build: { minify: false } } : {}), define: { __TCL_MATCHER__: JSON.stringify(compileMatcher(readRuleFolder(fileURLToPath(new URL('./utils/naming/rules/', import.meta.url))))), __TCL_WARM_SCAN__: JSON.stringify(process.env.TCL_WARM_SCAN === '1') } }),
  hooks: {
    // The highlight rules Chromium's manifest declares for the organizations' sites (see manifest below).
    'build:publicAssets': (wxt, files) => {
      if (wxt.config.browser === 'firefox') return;
      for (const name of HIGHLIGHT_CSS) {
        const css = readFileSync(fileURLToPath(new URL(`./components/highlights/${name}`, import.meta.url)), 'utf8');
        files.push({ relativeDest: name, contents: highlightRulesFor(true, css) });
      }
    },
    'vite:build:extendConfig': (entrypoints, config) => {
      const script = entrypoints.some((e) => e.type === 'content-script') ? 'content' : entrypoints.some((e) => e.type === 'unlisted-script') ? 'page' : null;
      (config.plugins ??= []).push(checkedData(script));
      if (script) config.define = { ...config.define, __TCL_DATA_CHECKED__: 'true' };
      // The content script gets the matcher from the background (utils/naming/lexicon.ts shippedMatcher).
      if (script === 'content') config.define = { ...config.define, __TCL_MATCHER__: 'null' };
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus', 'unlimitedStorage'],
    host_permissions: orgMatchPatterns(),
    // Screenshots as evidence outside a toolbar/menu/shortcut gesture, and sites the user adds.
    optional_host_permissions: ['<all_urls>'],
    action: { default_title: '__MSG_extName__' },
    // The note editor's frame (entrypoints/note-editor) on any page the lens may run on: the
    // organizations', the user's extra sites and pages scanned from the popup, which a manifest
    // cannot list. Chromium serves it only at a per-session random address (use_dynamic_url), so no page can
    // find it to tell that the extension is installed (Firefox's moz-extension id is random per install).
    web_accessible_resources: [{ resources: ['note-editor.html'], matches: ['http://*/*', 'https://*/*'], use_dynamic_url: true }],
    // Chromium: the highlights' rules (on the root), in the organizations' pages before they are
    // first styled; adopted once the lens has something to draw, a style sheet restyles the whole
    // document (66 ms with 2,500 findings on a 5,000-row directory). Style only: the script is
    // injected after load (utils/page/injection.ts). Firefox's rules, on every element, would slow
    // every page's own style: there they are adopted, and only where the lens draws.
    ...(browser === 'firefox' ? {} : { content_scripts: [{ matches: orgMatchPatterns(), css: HIGHLIGHT_CSS, run_at: 'document_start' as const }] }),
    options_ui: { page: 'dashboard.html', open_in_tab: true },
    commands: {
      'add-note': { suggested_key: { default: 'Alt+Shift+N' }, description: '__MSG_commandAddNote__' },
      'open-panel': { suggested_key: { default: 'Alt+Shift+L' }, description: '__MSG_commandOpenPanel__' },
    },
    // 134: the first Chrome whose highlights inherit (css-pseudo-4), which the highlight rules
    // rely on there (utils/dom/highlighter.ts: rules on the root only); older ones would draw none.
    ...(browser === 'firefox' ? firefoxSettings : { minimum_chrome_version: '134' }),
  }),
});
