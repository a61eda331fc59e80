import { useState } from 'preact/hooks';
import { t, type Lang, type MessageKey } from '@/utils/i18n';
import type { TclDatabase } from '@/utils/db/database';
import type { Severity } from '@/utils/db/types';
import { RULES } from '@/utils/naming/rules';
import { ORGS, type OrgId } from '@/utils/orgs';
import { PLACES } from '@/utils/places/data';
import type { PlaceId } from '@/utils/places/ids';
import { siteOrigin } from '@/utils/settings/user-settings';
import { correctionFrom, type CorrectionInput } from '@/utils/memberships/overrides';
import { membershipView } from '@/utils/page/membership-views';
import { SOURCES } from '@/utils/memberships/data';
import { useUserSettings } from './useUserSettings';
import { requestOrigins } from '@/utils/browser/permissions';
import { browserName } from '@/utils/browser/name';

const SEVERITY_KEYS: Record<Severity, MessageKey> = { critical: 'severityCritical', high: 'severityHigh', medium: 'severityMedium', low: 'severityLow' };
const SEVERITIES = Object.keys(SEVERITY_KEYS) as Severity[];
/** What each shipped rule flags, in words staff use, rather than its id. */
const RULE_LABELS: Record<string, MessageKey> = {
  'province-of-china': 'ruleLabelProvinceOfChina',
  'taiwan-china': 'ruleLabelTaiwanChina',
  'taipei-china': 'ruleLabelTaipeiChina',
  'chinese-taipei': 'ruleLabelChineseTaipei',
  'under-china': 'ruleLabelUnderChina',
  'prc-romanization': 'ruleLabelPrcRomanization',
};

/** Rules on/off and severity, phrases of one's own, extra sites, and membership corrections. */
export function UserSettingsForm({ lang, db, permissions = browser.permissions }: { lang: Lang; db: TclDatabase; permissions?: typeof browser.permissions }) {
  const { settings, error, save } = useUserSettings(db);
  const [phrase, setPhrase] = useState({ phrase: '', explanation: '', severity: 'medium' as Severity });
  const [site, setSite] = useState('');
  // A refused or failed permission is said next to the field, never swallowed.
  const [siteRefused, setSiteRefused] = useState<string | null>(null);
  const [fix, setFix] = useState<CorrectionInput>({ org: 'iclei' as OrgId, place: 'taipei' as PlaceId, kind: 'since', date: '', role: '', source: '', quote: '' });
  const correction = fix.source.trim() === '' ? null : correctionFrom(fix, new Date().toISOString().slice(0, 10));

  const addSite = async () => {
    const origin = siteOrigin(site);
    if (!origin) return;
    // Asked here, on the user's click: host access to just this site.
    setSiteRefused(null);
    const answer = await requestOrigins(permissions, [`${origin}/*`]);
    if (!answer.ok || answer.value !== 'granted') {
      const name = browserName();
      setSiteRefused(t(lang, 'settingsSiteRefused', name, origin) + (answer.ok ? '' : ` ${t(lang, 'permissionFailed', name, answer.error.message)}`));
      return;
    }
    await save({ ...settings, extraSites: [...new Set([...settings.extraSites, origin])] });
    setSite('');
  };

  return (
    <section class="user-settings">
      {error ? <p class="message error" role="alert">{t(lang, 'actionFailed', error)}</p> : null}
      <h3>{t(lang, 'settingsRules')}</h3>
      <table>
        <tbody>
          {RULES.map((rule) => (
            <tr key={rule.id}>
              <td>{RULE_LABELS[rule.id] ? t(lang, RULE_LABELS[rule.id]!) : rule.id}</td>
              <td>
                <select
                  name={`rule-${rule.id}`}
                  value={settings.rules[rule.id] ?? rule.severity}
                  onChange={(e) => void save({ ...settings, rules: { ...settings.rules, [rule.id]: e.currentTarget.value as Severity | 'off' } })}
                >
                  <option value="off">{t(lang, 'settingsOff')}</option>
                  {SEVERITIES.map((s) => (
                    <option value={s} key={s}>
                      {t(lang, SEVERITY_KEYS[s])}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <h3>{t(lang, 'settingsPhrases')}</h3>
      <ul>
        {settings.customPhrases.map((p, i) => (
          <li key={p.phrase}>
            “{p.phrase}” · {t(lang, SEVERITY_KEYS[p.severity])} · {p.explanation}{' '}
            <button type="button" onClick={() => void save({ ...settings, customPhrases: settings.customPhrases.filter((_, j) => j !== i) })}>
              {t(lang, 'noteDelete')}
            </button>
          </li>
        ))}
      </ul>
      <input name="phrase" placeholder={t(lang, 'settingsPhrase')} value={phrase.phrase} onInput={(e) => setPhrase({ ...phrase, phrase: e.currentTarget.value })} />
      <input name="explanation" placeholder={t(lang, 'settingsExplanation')} value={phrase.explanation} onInput={(e) => setPhrase({ ...phrase, explanation: e.currentTarget.value })} />
      <select name="phrase-severity" value={phrase.severity} onChange={(e) => setPhrase({ ...phrase, severity: e.currentTarget.value as Severity })}>
        {SEVERITIES.map((s) => (
          <option value={s} key={s}>
            {t(lang, SEVERITY_KEYS[s])}
          </option>
        ))}
      </select>
      <button
        type="button"
        data-action="add-phrase"
        disabled={phrase.phrase.trim() === ''}
        onClick={() => void save({ ...settings, customPhrases: [...settings.customPhrases, { ...phrase, phrase: phrase.phrase.trim() }] }).then(() => setPhrase({ ...phrase, phrase: '', explanation: '' }))}
      >
        {t(lang, 'settingsAdd')}
      </button>

      <h3>{t(lang, 'settingsSites')}</h3>
      <ul>
        {settings.extraSites.map((o) => (
          <li key={o}>
            {o}{' '}
            <button type="button" onClick={() => void save({ ...settings, extraSites: settings.extraSites.filter((x) => x !== o) })}>
              {t(lang, 'noteDelete')}
            </button>
          </li>
        ))}
      </ul>
      <input name="site" placeholder="https://www.example.gov.tw" value={site} onInput={(e) => setSite(e.currentTarget.value)} />
      <button type="button" data-action="add-site" disabled={!siteOrigin(site)} onClick={() => void addSite()}>
        {t(lang, 'settingsAdd')}
      </button>
      {siteRefused ? (
        <p class="message error" role="alert" data-site-refused="true">
          {siteRefused}
        </p>
      ) : null}

      <h3>{t(lang, 'settingsMemberships')}</h3>
      <ul>
        {settings.membershipOverrides.map((m, i) => {
          const view = membershipView(m, lang, SOURCES);
          const sources = [...new Set(m.status.flatMap((st) => st.evidence.map((e) => e.source)))];
          return (
            <li key={`${m.org}/${m.place}`} data-correction={`${m.org}/${m.place}`}>
              {view.orgName} · {view.placeName} · {view.status.text}
              {view.roles.length ? ` · ${view.roles.map((r) => r.text).join('; ')}` : ''} · {t(lang, 'sources')}: {sources.join(', ')}{' '}
              <button type="button" onClick={() => void save({ ...settings, membershipOverrides: settings.membershipOverrides.filter((_, j) => j !== i) })}>
                {t(lang, 'noteDelete')}
              </button>
            </li>
          );
        })}
      </ul>
      <select name="fix-org" value={fix.org} onChange={(e) => setFix({ ...fix, org: e.currentTarget.value as OrgId })}>
        {ORGS.map((o) => (
          <option value={o.id} key={o.id}>
            {o.names[lang]}
          </option>
        ))}
      </select>
      <select name="fix-place" value={fix.place} onChange={(e) => setFix({ ...fix, place: e.currentTarget.value as PlaceId })}>
        {PLACES.map((p) => (
          <option value={p.id} key={p.id}>
            {p.names[lang]}
          </option>
        ))}
      </select>
      <select name="fix-kind" aria-label={t(lang, 'settingsDateKind')} value={fix.kind} onChange={(e) => setFix({ ...fix, kind: e.currentTarget.value as CorrectionInput['kind'] })}>
        <option value="since">{t(lang, 'settingsKindSince')}</option>
        <option value="applied">{t(lang, 'settingsKindApplied')}</option>
        <option value="listed">{t(lang, 'settingsKindListed')}</option>
      </select>
      <input name="fix-since" aria-label={t(lang, 'settingsDate')} placeholder="2011-03" value={fix.date} onInput={(e) => setFix({ ...fix, date: e.currentTarget.value })} />
      <input name="fix-role" aria-label={t(lang, 'settingsRole')} placeholder={t(lang, 'settingsRole')} value={fix.role} onInput={(e) => setFix({ ...fix, role: e.currentTarget.value })} />
      <input name="fix-source" aria-label={t(lang, 'settingsSource')} placeholder={t(lang, 'settingsSource')} value={fix.source} onInput={(e) => setFix({ ...fix, source: e.currentTarget.value })} />
      <input name="fix-quote" aria-label={t(lang, 'settingsQuote')} placeholder={t(lang, 'settingsQuote')} value={fix.quote} onInput={(e) => setFix({ ...fix, quote: e.currentTarget.value })} />
      <button
        type="button"
        data-action="add-membership"
        // A correction without a source cannot be checked by a colleague; a date must say its precision.
        disabled={!correction}
        onClick={() => {
          if (!correction) return;
          void save({
            ...settings,
            membershipOverrides: [...settings.membershipOverrides.filter((m) => !(m.org === correction.org && m.place === correction.place)), correction],
          });
        }}
      >
        {t(lang, 'settingsAdd')}
      </button>
    </section>
  );
}
