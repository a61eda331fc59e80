import type en from '../../public/_locales/en/messages.json';

/**
 * Messages from the same catalogs as the manifest's _locales, so the UI can follow the user's
 * language setting rather than the browser's. The catalogs are handed in (see ./catalogs) rather
 * than imported here: extension pages load both, while the content script, which runs on every
 * matched page, asks the background for the one language it shows and stays small.
 */
export type MessageKey = keyof typeof en;
export type Lang = 'en' | 'zh-TW';
export type Catalog = Record<MessageKey, { message: string }>;

const catalogs: Partial<Record<Lang, Catalog>> = {};

export function setCatalog(lang: Lang, catalog: Catalog): void {
  catalogs[lang] = catalog;
}

/**
 * The browser's own catalog (the _locales of its UI language), for when the chosen language's
 * messages could not be had: words in the wrong language beat message keys on screen.
 */
export function browserCatalog(getMessage: (key: string) => string): Catalog {
  return new Proxy({} as Catalog, { get: (_, key) => (typeof key === 'string' ? { message: getMessage(key) || key } : undefined) });
}

/** zh-TW for any Chinese browser language (the users are in Taiwan), English otherwise. */
export function langFromLocale(locale: string | undefined): Lang {
  return locale?.toLowerCase().startsWith('zh') ? 'zh-TW' : 'en';
}

/** The message in `lang`, with `{0}`, `{1}`… replaced by `subs`; the key itself if no catalog is loaded. */
export function t(lang: Lang, key: MessageKey, ...subs: (string | number)[]): string {
  const message = catalogs[lang]?.[key]?.message ?? key;
  return subs.length === 0 ? message : message.replace(/\{(\d+)\}/g, (m, i: string) => String(subs[Number(i)] ?? m));
}

export function defaultLang(nav: { language?: string } | undefined = globalThis.navigator): Lang {
  return langFromLocale(nav?.language);
}
