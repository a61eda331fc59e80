import { useState } from 'preact/hooks';
import { t, type Lang } from '@/utils/i18n';
import { SEVERITIES, SEVERITY_LABELS, type Severity } from '@/utils/db/vocab';
import { ORGS, type OrgId } from '@/utils/orgs';
import { PLACES } from '@/utils/places/data';
import type { PlaceId } from '@/utils/places/ids';
import { newPhraseId, shippedRulesFor, siteOrigin, type UserSettings } from '@/utils/settings/user-settings';
import { correctionFrom, type CorrectionInput } from '@/utils/memberships/overrides';
import { membershipView } from '@/utils/page/membership-views';
import { SOURCES } from '@/utils/memberships/data';
import { requestOrigins } from '@/utils/browser/permissions';
import { browserName } from '@/utils/browser/name';
import { quoted, ruleName } from '@/utils/export/labels';
import { RulePackSection } from './RulePackSection';

interface Props {
  lang: Lang;
  settings: UserSettings;
  error: string | null;
  save: (next: UserSettings) => Promise<unknown>;
  permissions?: typeof browser.permissions;
}


/** Rules on/off and severity, phrases of one's own, extra sites, and membership corrections; each change saved and said so. */
export function UserSettingsForm({ lang, settings, error, save, permissions = browser.permissions }: Props) {
  const [phrase, setPhrase] = useState({ phrase: '', en: '', zh: '', severity: 'medium' as Severity });
  const [site, setSite] = useState('');
  // A refused or failed permission is said next to the field, never swallowed.
  const [siteRefused, setSiteRefused] = useState<string | null>(null);
  const [fix, setFix] = useState<CorrectionInput>({ org: 'iclei' as OrgId, place: 'taipei' as PlaceId, kind: 'since', date: '', role: '', source: '', quote: '' });
  const correction = fix.source.trim() === '' ? null : correctionFrom(fix, new Date().toISOString().slice(0, 10));
  const dateBad = fix.date.trim() !== '' && fix.source.trim() !== '' && !correction;
  const [saved, setSaved] = useState(0);

  const commit = async (next: UserSettings) => {
    await save(next);
    setSaved((n) => n + 1);
  };
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
    await commit({ ...settings, extraSites: [...new Set([...settings.extraSites, origin])] });
    setSite('');
  };
  const severityOptions = SEVERITIES.map((s) => (
    <option value={s} key={s}>
      {t(lang, SEVERITY_LABELS[s])}
    </option>
  ));

  // A shipped rule a rule pack changed says so, with the pack's version.
  const packOf = new Map(settings.ruleOverrides.map((r) => [r.id, r.pack]));
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
          {shippedRulesFor(settings).map((rule) => (
            <tr key={rule.id} data-rule-row={rule.id}>
              <th scope="row">
                {ruleName(rule.id, lang)}
                {packOf.get(rule.id) ? <span class="muted"> · {t(lang, 'settingsRuleFromPack', packOf.get(rule.id)!.id, packOf.get(rule.id)!.version)}</span> : null}
              </th>
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
        {settings.customPhrases.map((p) => (
          <li key={p.id} data-phrase-id={p.id}>
            {quoted(p.phrase, lang)} · {t(lang, SEVERITY_LABELS[p.severity])} · {p.explanation[lang] || p.explanation[lang === 'en' ? 'zh-TW' : 'en']}{' '}
            <button type="button" class="danger small" aria-label={`${t(lang, 'settingsRemove')} ${p.phrase}`} onClick={() => void commit({ ...settings, customPhrases: settings.customPhrases.filter((q) => q.id !== p.id) })}>
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
          <input name="explanation" value={phrase.en} onInput={(e) => setPhrase({ ...phrase, en: e.currentTarget.value })} />
        </label>
        <label class="field wide">
          {t(lang, 'settingsExplanationZh')}
          <input name="explanation-zh" value={phrase.zh} onInput={(e) => setPhrase({ ...phrase, zh: e.currentTarget.value })} />
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
          onClick={() =>
            void commit({
              ...settings,
              customPhrases: [
                ...settings.customPhrases,
                { id: newPhraseId(), phrase: phrase.phrase.trim(), severity: phrase.severity, explanation: { en: phrase.en.trim(), 'zh-TW': phrase.zh.trim() } },
              ],
            }).then(() => setPhrase({ ...phrase, phrase: '', en: '', zh: '' }))
          }
        >
          {t(lang, 'settingsAdd')}
        </button>
      </div>
      <RulePackSection lang={lang} settings={settings} commit={commit} />

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
      {siteRefused ? (
        <p class="message error" role="alert" data-site-refused="true">
          {siteRefused}
        </p>
      ) : null}

      <h3>{t(lang, 'settingsMemberships')}</h3>
      <p class="help">{t(lang, 'settingsMembershipsHelp')}</p>
      <ul class="items">
        {settings.membershipOverrides.map((m, i) => {
          const view = membershipView(m, lang, SOURCES);
          const sources = [...new Set(m.status.flatMap((st) => st.evidence.map((e) => e.source)))];
          return (
            <li key={`${m.org}/${m.place}`} data-correction={`${m.org}/${m.place}`}>
              {view.orgName} · {view.placeName} · {view.status.text}
              {view.roles.length ? ` · ${view.roles.map((r) => r.text).join(lang === 'en' ? '; ' : '；')}` : ''} · {t(lang, 'sources')}
              {lang === 'en' ? ': ' : '：'}
              {sources.join(lang === 'en' ? ', ' : '、')}{' '}
              <button
                type="button"
                class="danger small"
                aria-label={`${t(lang, 'settingsRemove')} ${view.orgName} ${view.placeName}`}
                onClick={() => void commit({ ...settings, membershipOverrides: settings.membershipOverrides.filter((_, j) => j !== i) })}
              >
                {t(lang, 'settingsRemove')}
              </button>
            </li>
          );
        })}
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
          {t(lang, 'settingsDateKind')}
          <select name="fix-kind" value={fix.kind} onChange={(e) => setFix({ ...fix, kind: e.currentTarget.value as CorrectionInput['kind'] })}>
            <option value="since">{t(lang, 'settingsKindSince')}</option>
            <option value="applied">{t(lang, 'settingsKindApplied')}</option>
            <option value="listed">{t(lang, 'settingsKindListed')}</option>
          </select>
        </label>
        <label class="field">
          {t(lang, 'settingsDate')}
          <input name="fix-since" placeholder="2011-03" aria-describedby="since-help" aria-invalid={dateBad} value={fix.date} onInput={(e) => setFix({ ...fix, date: e.currentTarget.value })} />
        </label>
        <label class="field">
          {t(lang, 'settingsRole')}
          <input name="fix-role" value={fix.role} onInput={(e) => setFix({ ...fix, role: e.currentTarget.value })} />
        </label>
        <label class="field wide">
          {t(lang, 'settingsSource')}
          <input name="fix-source" placeholder="https://" aria-describedby="source-help" value={fix.source} onInput={(e) => setFix({ ...fix, source: e.currentTarget.value })} />
        </label>
        <label class="field wide">
          {t(lang, 'settingsQuote')}
          <input name="fix-quote" value={fix.quote} onInput={(e) => setFix({ ...fix, quote: e.currentTarget.value })} />
        </label>
        <button
          type="button"
          data-action="add-membership"
          // A correction without a source cannot be checked by a colleague; a date must say its precision.
          disabled={!correction}
          onClick={() => {
            if (!correction) return;
            void commit({
              ...settings,
              membershipOverrides: [...settings.membershipOverrides.filter((m) => !(m.org === correction.org && m.place === correction.place)), correction],
            });
          }}
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
