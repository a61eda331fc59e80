import { describe, expect, it } from 'vitest';
import { exportPack, mergePack, packsIn, readPack } from '@/utils/settings/rule-pack';
import { rulesFor, withDefaults } from '@/utils/settings/user-settings';
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
    const { phrases, added, replaced } = mergePack([], read.value);
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
    const { phrases, added, replaced } = mergePack(mine, pack);
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
    if (!r.ok) expect(r.error).toContain(message);
  });
});
