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

export function t(lang: Lang, key: MessageKey): string {
  return catalogs[lang][key].message;
}

export function defaultLang(nav: { language?: string } | undefined = globalThis.navigator): Lang {
  return langFromLocale(nav?.language);
}
