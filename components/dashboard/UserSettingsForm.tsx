import { useState } from 'preact/hooks';
import { t, type Lang } from '@/utils/i18n';
import { SEVERITIES, SEVERITY_LABELS, type Severity } from '@/utils/db/vocab';
import { RULES } from '@/utils/naming/rules';
import { ORGS, type OrgId } from '@/utils/orgs';
import { PLACES } from '@/utils/places/data';
import type { PlaceId } from '@/utils/places/ids';
import { formatSince } from '@/utils/memberships';
import { siteOrigin, type UserSettings } from '@/utils/settings/user-settings';
import { orgName, placeName, ruleName } from '@/utils/export/labels';

interface Props {
  lang: Lang;
  settings: UserSettings;
  error: string | null;
  save: (next: UserSettings) => Promise<unknown>;
  permissions?: typeof browser.permissions;
}

const SINCE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** Rules on/off and severity, phrases of one's own, extra sites, and membership corrections; each change saved and said so. */
export function UserSettingsForm({ lang, settings, error, save, permissions = browser.permissions }: Props) {
  const [phrase, setPhrase] = useState({ phrase: '', explanation: '', severity: 'medium' as Severity });
  const [site, setSite] = useState('');
  const [fix, setFix] = useState({ org: 'iclei' as OrgId, place: 'taipei' as PlaceId, since: '', role: '', source: '' });
  const [saved, setSaved] = useState(0);

  const commit = async (next: UserSettings) => {
    await save(next);
    setSaved((n) => n + 1);
  };
  const addSite = async () => {
    const origin = siteOrigin(site);
    if (!origin) return;
    // Asked here, on the user's click: host access to just this site.
    if (!(await permissions.request({ origins: [`${origin}/*`] }).catch(() => false))) return;
    await commit({ ...settings, extraSites: [...new Set([...settings.extraSites, origin])] });
    setSite('');
  };
  const sinceBad = fix.since !== '' && !SINCE.test(fix.since);
  const severityOptions = SEVERITIES.map((s) => (
    <option value={s} key={s}>
      {t(lang, SEVERITY_LABELS[s])}
    </option>
  ));

  return (
    <section class="user-settings">
      {error ? (
        <p class="message error" role="alert">
          {t(lang, 'actionFailed', error)}
        </p>
      ) : null}
      <p class="saved" role="status" data-saved={saved}>
        {saved && !error ? `✓ ${t(lang, 'settingsSaved')}` : ''}
      </p>
      <h3>{t(lang, 'settingsRules')}</h3>
      <table class="rules">
        <thead>
          <tr>
            <th scope="col">{t(lang, 'settingsRuleCol')}</th>
            <th scope="col">{t(lang, 'settingsSeverityCol')}</th>
          </tr>
        </thead>
        <tbody>
          {RULES.map((rule) => (
            <tr key={rule.id}>
              <th scope="row">{ruleName(rule.id, lang)}</th>
              <td>
                <select
                  name={`rule-${rule.id}`}
                  aria-label={t(lang, 'settingsRuleFor', ruleName(rule.id, lang))}
                  value={settings.rules[rule.id] ?? rule.severity}
                  onChange={(e) => void commit({ ...settings, rules: { ...settings.rules, [rule.id]: e.currentTarget.value as Severity | 'off' } })}
                >
                  <option value="off">{t(lang, 'settingsOff')}</option>
                  {severityOptions}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <h3>{t(lang, 'settingsPhrases')}</h3>
      <ul class="items">
        {settings.customPhrases.map((p, i) => (
          <li key={p.phrase}>
            「{p.phrase}」 · {t(lang, SEVERITY_LABELS[p.severity])} · {p.explanation}{' '}
            <button type="button" class="danger small" aria-label={`${t(lang, 'settingsRemove')} ${p.phrase}`} onClick={() => void commit({ ...settings, customPhrases: settings.customPhrases.filter((_, j) => j !== i) })}>
              {t(lang, 'settingsRemove')}
            </button>
          </li>
        ))}
      </ul>
      <div class="form-row">
        <label class="field">
          {t(lang, 'settingsPhrase')}
          <input name="phrase" value={phrase.phrase} onInput={(e) => setPhrase({ ...phrase, phrase: e.currentTarget.value })} />
        </label>
        <label class="field wide">
          {t(lang, 'settingsExplanation')}
          <input name="explanation" value={phrase.explanation} onInput={(e) => setPhrase({ ...phrase, explanation: e.currentTarget.value })} />
        </label>
        <label class="field">
          {t(lang, 'settingsSeverityCol')}
          <select name="phrase-severity" value={phrase.severity} onChange={(e) => setPhrase({ ...phrase, severity: e.currentTarget.value as Severity })}>
            {severityOptions}
          </select>
        </label>
        <button
          type="button"
          data-action="add-phrase"
          disabled={phrase.phrase.trim() === ''}
          onClick={() => void commit({ ...settings, customPhrases: [...settings.customPhrases, { ...phrase, phrase: phrase.phrase.trim() }] }).then(() => setPhrase({ ...phrase, phrase: '', explanation: '' }))}
        >
          {t(lang, 'settingsAdd')}
        </button>
      </div>

      <h3>{t(lang, 'settingsSites')}</h3>
      <ul class="items">
        {settings.extraSites.map((o) => (
          <li key={o}>
            {o}{' '}
            <button type="button" class="danger small" aria-label={`${t(lang, 'settingsRemove')} ${o}`} onClick={() => void commit({ ...settings, extraSites: settings.extraSites.filter((x) => x !== o) })}>
              {t(lang, 'settingsRemove')}
            </button>
          </li>
        ))}
      </ul>
      <div class="form-row">
        <label class="field wide">
          {t(lang, 'settingsSite')}
          <input name="site" placeholder="https://www.example.gov.tw" aria-describedby="site-help" value={site} onInput={(e) => setSite(e.currentTarget.value)} />
          <span id="site-help" class="help">
            {t(lang, 'settingsSiteHelp')}
          </span>
        </label>
        <button type="button" data-action="add-site" disabled={!siteOrigin(site)} onClick={() => void addSite()}>
          {t(lang, 'settingsAdd')}
        </button>
      </div>

      <h3>{t(lang, 'settingsMemberships')}</h3>
      <p class="help">{t(lang, 'settingsMembershipsHelp')}</p>
      <ul class="items">
        {settings.membershipOverrides.map((m, i) => (
          <li key={`${m.org}/${m.place}`}>
            {orgName(m.org, lang)} · {placeName(m.place, lang)} · {t(lang, 'since')} {formatSince(m.since, lang)} · {m.sources.map((s) => s.label).join('; ')}{' '}
            <button
              type="button"
              class="danger small"
              aria-label={`${t(lang, 'settingsRemove')} ${orgName(m.org, lang)} ${placeName(m.place, lang)}`}
              onClick={() => void commit({ ...settings, membershipOverrides: settings.membershipOverrides.filter((_, j) => j !== i) })}
            >
              {t(lang, 'settingsRemove')}
            </button>
          </li>
        ))}
      </ul>
      <div class="form-row">
        <label class="field">
          {t(lang, 'settingsFixOrg')}
          <select name="fix-org" value={fix.org} onChange={(e) => setFix({ ...fix, org: e.currentTarget.value as OrgId })}>
            {ORGS.map((o) => (
              <option value={o.id} key={o.id}>
                {o.names[lang]}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          {t(lang, 'settingsFixPlace')}
          <select name="fix-place" value={fix.place} onChange={(e) => setFix({ ...fix, place: e.currentTarget.value as PlaceId })}>
            {PLACES.map((p) => (
              <option value={p.id} key={p.id}>
                {p.names[lang]}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          {t(lang, 'settingsSince')}
          <input name="fix-since" placeholder="2011-03" aria-describedby="since-help" aria-invalid={sinceBad} value={fix.since} onInput={(e) => setFix({ ...fix, since: e.currentTarget.value })} />
        </label>
        <label class="field">
          {t(lang, 'settingsRole')}
          <input name="fix-role" value={fix.role} onInput={(e) => setFix({ ...fix, role: e.currentTarget.value })} />
        </label>
        <label class="field wide">
          {t(lang, 'settingsSource')}
          <input name="fix-source" placeholder="https://" aria-describedby="source-help" value={fix.source} onInput={(e) => setFix({ ...fix, source: e.currentTarget.value })} />
        </label>
        <button
          type="button"
          data-action="add-membership"
          // A correction without a source cannot be checked by a colleague.
          disabled={fix.source.trim() === '' || sinceBad}
          onClick={() =>
            void commit({
              ...settings,
              membershipOverrides: [
                ...settings.membershipOverrides.filter((m) => !(m.org === fix.org && m.place === fix.place)),
                {
                  org: fix.org,
                  place: fix.place,
                  since: fix.since || null,
                  sinceNote: null,
                  type: null,
                  formerName: null,
                  roles: fix.role ? [{ title: { en: fix.role, 'zh-TW': fix.role }, from: null, to: null, source: fix.source }] : [],
                  notes: { en: 'Corrected by the user', 'zh-TW': '使用者更正' },
                  sources: [{ ref: fix.source.trim(), label: fix.source.trim() }],
                  lastChecked: new Date().toISOString().slice(0, 10),
                },
              ],
            })
          }
        >
          {t(lang, 'settingsAdd')}
        </button>
      </div>
      <p id="since-help" class="help">
        {t(lang, 'settingsSinceHelp')}
      </p>
      <p id="source-help" class="help">
        {t(lang, 'settingsSourceHelp')}
      </p>
    </section>
  );
}
