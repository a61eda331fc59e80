import { orgMatchPatterns } from '@/utils/orgs';
import { startLens } from './lens';
import './style.css';

export default defineContentScript({
  matches: orgMatchPatterns(),
  cssInjectionMode: 'ui',
  runAt: 'document_idle',
  main(ctx) {
    // Set by the popup just before it injects this script into a page outside the organizations' sites.
    const scanRequested = (globalThis as { __taiwanCityLensScan?: boolean }).__taiwanCityLensScan === true;
    return startLens(ctx, window, scanRequested);
  },
});
