import { orgMatchPatterns } from '@/utils/orgs';
import { startLens } from './lens';
import './style.css';

export default defineContentScript({
  matches: orgMatchPatterns(),
  cssInjectionMode: 'ui',
  runAt: 'document_idle',
  main(ctx) {
    return startLens(ctx);
  },
});
