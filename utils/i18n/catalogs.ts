/** Both catalogs, for the extension's own pages and the background (not the content script). */
import en from '../../public/_locales/en/messages.json';
import zhTW from '../../public/_locales/zh_TW/messages.json';
import { setCatalog, type Catalog, type Lang } from './index';

export const CATALOGS: Record<Lang, Catalog> = { en, 'zh-TW': zhTW };

export function loadCatalogs(): void {
  for (const [lang, catalog] of Object.entries(CATALOGS) as [Lang, Catalog][]) setCatalog(lang, catalog);
}
