import en from '../../public/_locales/en/messages.json';
import zhTW from '../../public/_locales/zh_TW/messages.json';

/** The same catalogs as the manifest's _locales, so the UI can follow the user's language setting. */
export type MessageKey = keyof typeof en;
export type Lang = 'en' | 'zh-TW';

const catalogs: Record<Lang, Record<MessageKey, { message: string }>> = { en, 'zh-TW': zhTW };

/** zh-TW for any Chinese browser language (the users are in Taiwan), English otherwise. */
export function langFromLocale(locale: string | undefined): Lang {
  return locale?.toLowerCase().startsWith('zh') ? 'zh-TW' : 'en';
}

/** The message in `lang`, with `{0}`, `{1}`… replaced by `subs`. */
export function t(lang: Lang, key: MessageKey, ...subs: (string | number)[]): string {
  const message = catalogs[lang][key].message;
  return subs.length === 0 ? message : message.replace(/\{(\d+)\}/g, (m, i: string) => String(subs[Number(i)] ?? m));
}

export function defaultLang(nav: { language?: string } | undefined = globalThis.navigator): Lang {
  return langFromLocale(nav?.language);
}
