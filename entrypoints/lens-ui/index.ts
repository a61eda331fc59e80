import { LENS_UI_GLOBAL } from '@/utils/page/lens-ui';
import { mountLensUi } from './mount';

// The panel, cards and notes, injected by the background into the content script's isolated world
// when the page first needs them (see utils/page/lens-ui.ts); the content script calls `mount`.
export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[LENS_UI_GLOBAL] = mountLensUi;
});
