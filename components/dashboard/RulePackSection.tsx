import { useState } from 'preact/hooks';
import { t, type Lang } from '@/utils/i18n';
import type { UserSettings } from '@/utils/settings/user-settings';
import { exportPack, mergePack, packsIn, readPack } from '@/utils/settings/rule-pack';

interface Props {
  lang: Lang;
  settings: UserSettings;
  commit: (next: UserSettings) => Promise<unknown>;
  /** today's date as yyyy-mm-dd (a parameter, so tests need no clock) */
  today?: () => string;
}

/**
 * The user's phrases as a rule pack: exported to a file a colleague can review and import, and
 * packs imported (validated first; merged by rule id), each listed with its version.
 */
export function RulePackSection({ lang, settings, commit, today = () => new Date().toISOString().slice(0, 10) }: Props) {
  const [meta, setMeta] = useState({ id: 'my-phrases', version: '1.0.0', publisher: '' });
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const packs = packsIn(settings.customPhrases);
  const canExport = settings.customPhrases.length > 0 && /^[a-z0-9][a-z0-9.-]{0,60}$/.test(meta.id) && /^\d{1,4}(\.\d{1,4}){0,2}$/.test(meta.version) && meta.publisher.trim() !== '';

  const download = () => {
    const pack = exportPack(settings.customPhrases, { ...meta, publisher: meta.publisher.trim(), date: today() });
    const url = URL.createObjectURL(new Blob([JSON.stringify(pack, null, 2) + '\n'], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `${pack.id}-${pack.version}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const read = readPack(await file.text());
    if (!read.ok) {
      setStatus({ ok: false, text: t(lang, 'settingsPackRefused', file.name, read.error) });
      return;
    }
    const { phrases, added, replaced } = mergePack(settings.customPhrases, read.value);
    await commit({ ...settings, customPhrases: phrases });
    setStatus({ ok: true, text: t(lang, 'settingsPackImported', read.value.id, read.value.version, added, replaced) });
  };

  return (
    <div class="rule-packs" data-section="rule-packs">
      <h4>{t(lang, 'settingsPacks')}</h4>
      {packs.length === 0 ? (
        <p class="muted">{t(lang, 'settingsPackNone')}</p>
      ) : (
        <ul class="items">
          {packs.map((p) => (
            <li key={`${p.id}@${p.version}`} data-pack={p.id} data-version={p.version}>
              {t(lang, 'settingsPackLine', p.id, p.version, p.publisher, p.date)}
            </li>
          ))}
        </ul>
      )}
      <div class="form-row">
        <label class="field">
          {t(lang, 'settingsPackId')}
          <input name="pack-id" value={meta.id} onInput={(e) => setMeta({ ...meta, id: e.currentTarget.value.trim() })} />
        </label>
        <label class="field">
          {t(lang, 'settingsPackVersion')}
          <input name="pack-version" value={meta.version} onInput={(e) => setMeta({ ...meta, version: e.currentTarget.value.trim() })} />
        </label>
        <label class="field wide">
          {t(lang, 'settingsPackPublisher')}
          <input name="pack-publisher" value={meta.publisher} onInput={(e) => setMeta({ ...meta, publisher: e.currentTarget.value })} />
        </label>
        <button type="button" data-action="export-pack" disabled={!canExport} onClick={download}>
          {t(lang, 'settingsPackExport')}
        </button>
      </div>
      <label class="field">
        {t(lang, 'settingsPackImport')}
        <input type="file" name="pack-file" accept="application/json,.json" onChange={(e) => void importFile(e.currentTarget.files?.[0])} />
      </label>
      {status ? (
        <p class={status.ok ? 'saved' : 'save-status error'} role={status.ok ? 'status' : 'alert'} data-pack-status={status.ok ? 'ok' : 'refused'}>
          {status.text}
        </p>
      ) : null}
    </div>
  );
}
