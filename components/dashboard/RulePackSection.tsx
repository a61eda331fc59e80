import { useState } from 'preact/hooks';
import { t, type Lang } from '@/utils/i18n';
import { ruleName } from '@/utils/export/labels';
import { rulesFor, type UserSettings } from '@/utils/settings/user-settings';
import { exportPack, importPack, refusalText, installedPacks, removePack, shippedPack, SHIPPED_PACK_META, type PackMeta, type RulePack } from '@/utils/settings/rule-pack';
import { download } from './download';

interface Props {
  lang: Lang;
  settings: UserSettings;
  commit: (next: UserSettings) => Promise<unknown>;
  /** today's date as yyyy-mm-dd (a parameter, so tests need no clock) */
  today?: () => string;
}

const saveAs = (pack: RulePack) => download(`${pack.id}-${pack.version}.json`, JSON.stringify(pack, null, 2) + '\n', 'application/json');

/**
 * Rule packs: the shipped rules (exported as a pack, with their version), the packs imported
 * (validated first; merged by rule id; each listed with its version and what it changes, and
 * removable, which brings the shipped rules back), and the user's phrases exported as a pack.
 */
export function RulePackSection({ lang, settings, commit, today = () => new Date().toISOString().slice(0, 10) }: Props) {
  const [meta, setMeta] = useState({ id: 'my-phrases', version: '1.0.0', publisher: '' });
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const packs = installedPacks(settings);
  const canExport = settings.customPhrases.length > 0 && /^[a-z0-9][a-z0-9.-]{0,60}$/.test(meta.id) && /^\d{1,4}(\.\d{1,4}){0,2}$/.test(meta.version) && meta.publisher.trim() !== '';
  const shipped = SHIPPED_PACK_META;

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const done = importPack(settings, await file.text(), rulesFor);
    if (!done.ok) {
      setStatus({ ok: false, text: t(lang, 'settingsPackRefused', file.name, refusalText(lang, done.error)) });
      return;
    }
    const { pack, added, replaced, overridden } = done.value;
    await commit(done.value.settings);
    const changed = overridden > 0 ? ` ${t(lang, 'settingsPackOverridden', overridden)}` : '';
    setStatus({ ok: true, text: t(lang, 'settingsPackImported', pack.id, pack.version, added, replaced) + changed });
  };
  const remove = async (pack: PackMeta) => {
    await commit({ ...settings, ...removePack(settings, pack) });
    setStatus({ ok: true, text: t(lang, 'settingsPackRemoved', pack.id, pack.version) });
  };

  return (
    <div class="rule-packs" data-section="rule-packs">
      <h4>{t(lang, 'settingsPacks')}</h4>
      <p data-pack="shipped" data-version={shipped.version}>
        {t(lang, 'settingsPackShipped', shipped.id, shipped.version, shipped.publisher, shipped.date)}{' '}
        <button type="button" data-action="export-shipped-pack" onClick={() => saveAs(shippedPack())}>
          {t(lang, 'settingsPackExportShipped')}
        </button>
      </p>
      {packs.length === 0 ? (
        <p class="muted">{t(lang, 'settingsPackNone')}</p>
      ) : (
        <ul class="items">
          {packs.map(({ pack: p, phrases, rules }) => (
            <li key={`${p.id}@${p.version}`} data-pack={p.id} data-version={p.version}>
              {t(lang, 'settingsPackLine', p.id, p.version, p.publisher, p.date)}
              {phrases.length > 0 ? ` · ${t(lang, 'settingsPackPhraseCount', phrases.length)}` : ''}
              {rules.length > 0 ? ` · ${t(lang, 'settingsPackChanges', rules.map((id) => ruleName(id, lang)).join(lang === 'en' ? ', ' : '、'))}` : ''}{' '}
              <button type="button" class="danger small" data-action="remove-pack" aria-label={t(lang, 'settingsPackRemoveLabel', p.id, p.version)} onClick={() => void remove(p)}>
                {t(lang, 'settingsPackRemove')}
              </button>
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
        <button
          type="button"
          data-action="export-pack"
          disabled={!canExport}
          onClick={() => saveAs(exportPack(settings.customPhrases, { ...meta, publisher: meta.publisher.trim(), date: today() }))}
        >
          {t(lang, 'settingsPackExport')}
        </button>
      </div>
      <label class="field">
        {t(lang, 'settingsPackImport')}
        <input
          type="file"
          name="pack-file"
          accept="application/json,.json"
          onChange={(e) => {
            const input = e.currentTarget;
            // Cleared once read, so the same file can be imported again after an edit.
            void importFile(input.files?.[0]).finally(() => (input.value = ''));
          }}
        />
      </label>
      {status ? (
        <p class={status.ok ? 'saved' : 'save-status error'} role={status.ok ? 'status' : 'alert'} data-pack-status={status.ok ? 'ok' : 'refused'}>
          {status.text}
        </p>
      ) : null}
    </div>
  );
}
