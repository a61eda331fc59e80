import { useEffect, useState } from 'preact/hooks';
import { t, type Lang } from '@/utils/i18n';
import type { TclDatabase } from '@/utils/db/database';
import { UserSettingsForm } from './UserSettingsForm';
import type { useUserSettings } from './useUserSettings';

interface StorageInfo {
  usedMb: number;
  quotaMb: number;
  persisted: boolean;
}

/** Language and storage: how much is used, and whether the browser may clear it under pressure. */
export function Settings({
  lang,
  onLang,
  userSettings,
  storage = navigator.storage,
}: {
  lang: Lang;
  db: TclDatabase;
  onLang: (lang: Lang) => void;
  userSettings: ReturnType<typeof useUserSettings>;
  storage?: StorageManager;
}) {
  const [info, setInfo] = useState<StorageInfo | null>(null);
  const refresh = async () => {
    const [estimate, persisted] = await Promise.all([storage.estimate(), storage.persisted()]);
    setInfo({ usedMb: (estimate.usage ?? 0) / 1048576, quotaMb: (estimate.quota ?? 0) / 1048576, persisted });
  };
  useEffect(() => {
    void refresh().catch(() => setInfo(null));
  }, []);
  return (
    <section class="settings" aria-labelledby="settings-heading">
      <h2 id="settings-heading">{t(lang, 'settingsHeading')}</h2>
      <label class="field">
        {t(lang, 'settingsLanguage')}{' '}
        <select name="lang" value={lang} onChange={(e) => onLang(e.currentTarget.value as Lang)}>
          <option value="zh-TW">繁體中文</option>
          <option value="en">English</option>
        </select>
      </label>
      {info ? (
        <p data-persisted={info.persisted ? 'true' : 'false'}>
          {t(lang, 'storageUsed', info.usedMb.toFixed(1), info.quotaMb.toFixed(0))}{' '}
          {t(lang, info.persisted ? 'storagePersistent' : 'storageNotPersistent')}{' '}
          {!info.persisted ? (
            <button type="button" onClick={() => void storage.persist().then(refresh)}>
              {t(lang, 'storagePersist')}
            </button>
          ) : null}
        </p>
      ) : null}
      <UserSettingsForm lang={lang} {...userSettings} />
    </section>
  );
}
