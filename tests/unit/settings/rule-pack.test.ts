import { describe, expect, it } from 'vitest';
import { exportPack, importPack, refusalText, installedPacks, mergePack, packsIn, readPack, removePack, shippedPack, SHIPPED_PACK_META } from '@/utils/settings/rule-pack';
import { DEFAULT_SETTINGS, hasOwnRules, rulesFor, severityFor, withDefaults, type UserSettings } from '@/utils/settings/user-settings';
import { buildLexicon } from '@/utils/naming/lexicon';
import { RULES } from '@/utils/naming/rules';
import { scanText } from '@/utils/naming/engine';
import { textIndexFromString } from '@/utils/dom/text-index';
import type { CustomPhrase } from '@/utils/settings/schema';

const META = { id: 'mofa-naming', version: '1.2.0', publisher: 'MOFA Department of NGO International Affairs', date: '2026-11-20' };
const mine: CustomPhrase[] = [
  { id: 'custom-a1', phrase: 'Taiwan Area', severity: 'high', explanation: { en: 'Ask for "Taiwan".', 'zh-TW': '請要求使用「臺灣」。' } },
  { id: 'custom-b2', phrase: 'Formosa Province', severity: 'low', explanation: { en: 'An old name.', 'zh-TW': '舊稱。' } },
];

describe('rule packs', () => {
  it('round-trips: exported, read back and merged, the phrases are the same, with the pack they came from', () => {
    const file = JSON.stringify(exportPack(mine, META));
    const read = readPack(file);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const { customPhrases: phrases, added, replaced } = mergePack({ customPhrases: [], ruleOverrides: [] }, read.value);
    expect({ added, replaced }).toEqual({ added: 2, replaced: 0 });
    expect(phrases.map(({ pack: _p, ...rest }) => rest)).toEqual(mine);
    expect(packsIn(phrases)).toEqual([META]);
    // Stored and read again as settings: nothing lost.
    expect(withDefaults({ customPhrases: phrases }).customPhrases).toEqual(phrases);
  });

  it('merges by rule id: the same id is replaced, a new one added, the others kept', () => {
    const pack = exportPack(
      [
        { ...mine[0]!, severity: 'critical' },
        { id: 'custom-new', phrase: 'Taiwan, Province of the PRC', severity: 'critical', explanation: { en: 'e', 'zh-TW': '中' } },
      ],
      { ...META, version: '1.3.0' },
    );
    const { customPhrases: phrases, added, replaced } = mergePack({ customPhrases: mine, ruleOverrides: [] }, pack);
    expect({ added, replaced }).toEqual({ added: 1, replaced: 1 });
    expect(phrases.map((p) => [p.id, p.severity, p.pack?.version ?? null])).toEqual([
      ['custom-a1', 'critical', '1.3.0'],
      ['custom-b2', 'low', null],
      ['custom-new', 'critical', '1.3.0'],
    ]);
    expect(rulesFor(withDefaults({ customPhrases: phrases })).filter((r) => r.kind === 'custom').map((r) => r.id)).toEqual(['custom-a1', 'custom-b2', 'custom-new']);
  });

  it.each([
    ['not JSON', '{', 'not a JSON file'],
    ['another file', JSON.stringify({ notes: [] }), 'format'],
    ['no rules', JSON.stringify({ ...exportPack(mine, META), rules: [] }), 'rules: has no rules'],
    ['a bad severity', JSON.stringify({ ...exportPack(mine, META), rules: [{ ...mine[0], severity: 'extreme' }] }), 'rules[0].severity'],
    ['a bad id', JSON.stringify({ ...exportPack(mine, META), rules: [{ ...mine[0], id: '<script>' }] }), 'rules[0].id'],
    ['one language missing', JSON.stringify({ ...exportPack(mine, META), rules: [{ ...mine[0], explanation: { en: 'x' } }] }), 'rules[0].explanation'],
    ['a bad date', JSON.stringify({ ...exportPack(mine, META), date: 'yesterday' }), 'date'],
    ['a duplicated id', JSON.stringify({ ...exportPack([mine[0]!, mine[0]!], META) }), 'used twice'],
  ])('refuses %s with a message naming the field', (_name, text, message) => {
    const r = readPack(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(refusalText('en', r.error)).toContain(message);
  });
});

/** What the lens finds with these settings: "rule/severity: quote". */
const lensFinds = (settings: UserSettings, text: string) =>
  scanText(textIndexFromString(text), { lexicon: buildLexicon(rulesFor(settings)), severityOf: severityFor(settings) }).findings.map((f) => `${f.ruleId}/${f.severity}: ${f.quote}`);
const shipped = () => JSON.parse(JSON.stringify(shippedPack()));
/** The shipped pack as a ministry reviewer edits it: Chinese Taipei made critical, a phrase and an example added. */
function reviewed() {
  const pack = shipped();
  const rule = pack.rules.find((r: { id: string }) => r.id === 'chinese-taipei');
  rule.severity = 'critical';
  rule.phrases.push('Taipei (Chinese)');
  rule.examples.produce.push('Delegates of Taipei (Chinese) attended.');
  return { ...pack, id: 'mofa-review', version: '1.1.0', publisher: 'MOFA', date: '2026-12-01' };
}

describe('the shipped rules as a pack', () => {
  it('is built from the rule files, with the id, version, publisher and date of utils/naming/pack.json', () => {
    const pack = shippedPack();
    expect(pack).toMatchObject({ format: 'taiwan-city-lens-rule-pack', ...SHIPPED_PACK_META });
    expect(pack.rules).toEqual(RULES);
    expect(SHIPPED_PACK_META.version).toMatch(/^\d+\.\d+\.\d+$/);
  });
  it('imported unchanged, it changes nothing', () => {
    const done = importPack(DEFAULT_SETTINGS, JSON.stringify(shippedPack()), rulesFor);
    expect(done.ok && done.value.overridden).toBe(0);
    expect(done.ok && done.value.settings).toEqual(DEFAULT_SETTINGS);
  });
  it('round trip: exported, edited and imported, the lens uses the edited rule; removed, the shipped rule is back', () => {
    const text = 'Delegates of Taipei (Chinese) and of Chinese Taipei attended.';
    expect(lensFinds(DEFAULT_SETTINGS, text)).toEqual(['chinese-taipei/medium: Chinese Taipei']);
    const done = importPack(DEFAULT_SETTINGS, JSON.stringify(reviewed()), rulesFor);
    if (!done.ok) throw new Error(refusalText('en', done.error));
    expect(done.value).toMatchObject({ added: 0, replaced: 0, overridden: 1 });
    const settings = withDefaults(JSON.parse(JSON.stringify(done.value.settings)));
    expect(settings.ruleOverrides.map((r) => [r.id, r.pack.id, r.pack.version])).toEqual([['chinese-taipei', 'mofa-review', '1.1.0']]);
    expect(hasOwnRules(settings)).toBe(true);
    expect(lensFinds(settings, text)).toEqual(['chinese-taipei/critical: Taipei (Chinese)', 'chinese-taipei/critical: Chinese Taipei']);
    expect(installedPacks(settings)).toEqual([{ pack: { id: 'mofa-review', version: '1.1.0', publisher: 'MOFA', date: '2026-12-01' }, phrases: [], rules: ['chinese-taipei'] }]);
    const back = { ...settings, ...removePack(settings, settings.ruleOverrides[0]!.pack) };
    expect(back.ruleOverrides).toEqual([]);
    expect(lensFinds(back, text)).toEqual(['chinese-taipei/medium: Chinese Taipei']);
  });
  it('a structural rule re-graded by a pack is found with the pack’s severity and words; the user’s own choice still comes first', () => {
    const pack = shipped();
    const under = pack.rules.find((r: { id: string }) => r.id === 'under-china');
    under.severity = 'high';
    under.explanation.en = 'Reviewed: a Taiwanese place listed under China.';
    const done = importPack(DEFAULT_SETTINGS, JSON.stringify({ ...pack, id: 'mofa-review' }), rulesFor);
    if (!done.ok) throw new Error(refusalText('en', done.error));
    const settings = done.value.settings;
    const found = scanText(textIndexFromString('Kaohsiung, China'), { lexicon: buildLexicon(rulesFor(settings)), severityOf: severityFor(settings) }).findings;
    expect(found.map((f) => [f.ruleId, f.severity, f.explanation?.en])).toEqual([['under-china', 'high', 'Reviewed: a Taiwanese place listed under China.']]);
    expect(lensFinds({ ...settings, rules: { 'under-china': 'low' } }, 'Kaohsiung, China')).toEqual(['under-china/low: Kaohsiung, China']);
  });
  it('a later pack changing the same rule replaces the earlier one', () => {
    const first = importPack(DEFAULT_SETTINGS, JSON.stringify(reviewed()), rulesFor);
    if (!first.ok) throw new Error(refusalText('en', first.error));
    const second = importPack(first.value.settings, JSON.stringify({ ...reviewed(), id: 'mofa-review', version: '1.2.0' }), rulesFor);
    if (!second.ok) throw new Error(refusalText('en', second.error));
    expect(second.value.settings.ruleOverrides.map((r) => r.pack.version)).toEqual(['1.2.0']);
  });
  it('an older version of an installed pack is refused, saying which version is installed, and changes nothing; the same version again is taken', () => {
    const newer = importPack(DEFAULT_SETTINGS, JSON.stringify({ ...reviewed(), version: '1.10' }), rulesFor);
    if (!newer.ok) throw new Error(refusalText('en', newer.error));
    const older = importPack(newer.value.settings, JSON.stringify({ ...reviewed(), version: '1.9.0' }), rulesFor);
    expect(older.ok).toBe(false);
    if (older.ok) return;
    expect(refusalText('en', older.error)).toBe('version: “1.9.0” is older than the installed version “1.10” of the pack “mofa-review”; remove that one first to go back to an older version');
    expect(refusalText('zh-TW', older.error)).toBe('version: 「1.9.0」比已安裝的規則包「mofa-review」版本「1.10」舊；要改回舊版，請先移除已安裝的版本');
    expect(importPack(newer.value.settings, JSON.stringify({ ...reviewed(), version: '1.10.0' }), rulesFor).ok).toBe(true);
    expect(importPack(newer.value.settings, JSON.stringify({ ...reviewed(), id: 'other-review', version: '1.0.0' }), rulesFor).ok).toBe(true);
  });

  const edit = (change: (rule: Record<string, any>) => void, id = 'chinese-taipei') => {
    const pack = shipped();
    change(pack.rules.find((r: { id: string }) => r.id === id));
    return JSON.stringify(pack);
  };
  const at = (id: string) => shippedPack().rules.findIndex((r) => r.id === id);
  it.each([
    ['a rule the lens does not ship', edit((r) => (r.id = 'made-up')), `rules[${at('chinese-taipei')}].id: "made-up" is not a shipped rule`],
    ['a rule of another kind', edit((r) => (r.kind = 'custom')), `rules[${at('chinese-taipei')}].kind: must stay chinese-taipei`],
    ['a bad severity', edit((r) => (r.severity = 'extreme')), `rules[${at('chinese-taipei')}].severity`],
    ['an unknown check', edit((r) => r.checks.push('magic')), `rules[${at('chinese-taipei')}].checks[0]`],
    ['a place’s name as a phrase', edit((r) => r.phrases.push('Kaohsiung')), `rules[${at('chinese-taipei')}].phrases[`],
    ['a right name as a phrase', edit((r) => r.phrases.push('China Airlines')), 'is a right name'],
    ['a phrase too short', edit((r) => r.phrases.push('Ta')), 'too short'],
    ['a phrase without a letter', edit((r) => r.phrases.push('--')), 'has no letter'],
    ['an example that does not hold', edit((r) => r.examples.produce.push('Taipei City')), `rules[${at('chinese-taipei')}].examples.produce[`],
    ['an example that must not be found but is', edit((r) => r.examples.notProduce.push('Chinese Taipei')), 'examples.notProduce['],
    ['one language missing', edit((r) => delete r.explanation['zh-TW']), `rules[${at('chinese-taipei')}].explanation.zh-TW`],
  ])('refuses %s, naming the field, and changes nothing', (_name, text, message) => {
    const before = JSON.stringify(DEFAULT_SETTINGS);
    const done = importPack(DEFAULT_SETTINGS, text, rulesFor);
    expect(done.ok).toBe(false);
    if (!done.ok) expect(refusalText('en', done.error)).toContain(message);
    expect(JSON.stringify(DEFAULT_SETTINGS)).toBe(before);
  });
  it('a refusal reads in the interface’s language, the field as the file has it', () => {
    const i = at('chinese-taipei');
    const place = importPack(DEFAULT_SETTINGS, edit((r) => r.phrases.push('Kaohsiung')), rulesFor);
    const short = importPack(DEFAULT_SETTINGS, edit((r) => r.phrases.push('Ta')), rulesFor);
    const example = importPack(DEFAULT_SETTINGS, edit((r) => r.examples.produce.push('Taipei City')), rulesFor);
    if (place.ok || short.ok || example.ok) throw new Error('imported');
    const n = shippedPack().rules[i]!;
    const phraseAt = `rules[${i}].phrases[${'phrases' in n ? n.phrases.length : 0}]`;
    expect(refusalText('en', place.error)).toBe(`${phraseAt}: “Kaohsiung” is the name of a place (utils/places/places.json); a rule cannot take it`);
    expect(refusalText('zh-TW', place.error)).toBe(`${phraseAt}: 「Kaohsiung」是地名（utils/places/places.json），規則不能使用`);
    expect(refusalText('zh-TW', short.error)).toBe(`${phraseAt}: 「Ta」太短：會誤判一般詞語`);
    expect(refusalText('zh-TW', example.error)).toMatch(new RegExp(`^rules\\[${i}\\]\\.examples\\.produce\\[\\d+\\]: 「Taipei City」不會觸發 chinese-taipei$`));
    const notJson = readPack('{');
    if (notJson.ok) throw new Error('read');
    expect(refusalText('zh-TW', notJson.error)).toBe('不是 JSON 檔案');
  });
  it('stored overrides are read item by item: one of a rule the lens no longer ships, or of another kind, drops itself', () => {
    const done = importPack(DEFAULT_SETTINGS, JSON.stringify(reviewed()), rulesFor);
    if (!done.ok) throw new Error(refusalText('en', done.error));
    const good = done.value.settings.ruleOverrides[0]!;
    const read = withDefaults({ ruleOverrides: [good, { ...good, id: 'gone' }, { ...good, kind: 'under-china' }, { ...good, severity: 'extreme' }] });
    expect(read.ruleOverrides).toEqual([good]);
  });
});
