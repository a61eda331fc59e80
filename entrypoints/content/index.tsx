import { orgMatchPatterns } from '@/utils/orgs';
import { startLens } from './lens';

export default defineContentScript({
  matches: orgMatchPatterns(),
  // Injected by the background once a page has loaded (see utils/page/injection.ts): a content
  // script declared in the manifest holds back the page's load event in Chromium.
  registration: 'runtime',
  // The panel's CSS is bundled into the shadow root by startLens (see lens.tsx).
  cssInjectionMode: 'manual',
  // WXT would post "content-script-started" with the extension id to the page (see utils/page/page-safe-context).
  noScriptStartedPostMessage: true,
  main(ctx) {
    const world = globalThis as { __taiwanCityLensScan?: boolean; __taiwanCityLensStarted?: boolean };
    // Read by the injectors (background, popup), which never inject twice into one document.
    world.__taiwanCityLensStarted = true;
    // Set by the popup just before it injects this script into a page outside the organizations' sites.
    return startLens(ctx, window, world.__taiwanCityLensScan === true);
  },
});
