import { describe, expect, it } from 'vitest';
import { parseBackup } from '@/utils/import/parse';
import { importBackup, previewImport } from '@/utils/import/merge';
import { withDefaults } from '@/utils/settings/user-settings';
import { useSeededDatabases } from './seeded';

const { fresh } = useSeededDatabases();

const EXPORTED = 1_800_000_000_000;
const good = (over: Record<string, unknown> = {}) => ({ format: 'taiwan-city-lens-backup', version: 2, exportedAt: EXPORTED, notes: [], evidence: [], dismissals: [], findingsLog: [], settings: [], ...over });
const note = (over: Record<string, unknown> = {}) => ({
  id: 'n', createdAt: 1, updatedAt: 1, url: 'https://iclei.org/', title: 't', org: 'iclei', kind: 'general', status: 'open', places: [], tags: [], body: '', target: [], evidenceIds: [], ...over,
});
const override = (over: Record<string, unknown> = {}) => ({
  org: 'citynet', place: 'keelung', byUser: true, type: null, formerName: null, roles: [], notes: [], lastChecked: '2026-11-01',
  status: [{ kind: 'since', date: '2019', evidence: [{ source: 'https://citynet-ap.org/members/', quote: '' }] }], ...over,
});
const userSettings = (value: Record<string, unknown>) => ({ key: 'user-settings', updatedAt: 5, value: { rules: {}, customPhrases: [], extraSites: [], membershipOverrides: [], ...value } });
const evidence = (over: Record<string, unknown> = {}) => ({ id: 'e', noteId: 'n', url: 'https://iclei.org/', capturedAt: 1, createdAt: 1, updatedAt: 1, mimeType: 'image/png', data: 'iVBORw0KGgo=', ...over });
const parse = (file: object) => parseBackup(JSON.stringify(file), EXPORTED);

describe('every record type is checked against its schema', () => {
  it.each([
    ['a membership override without a place (it hid the panel everywhere)', [userSettings({ membershipOverrides: [override({ place: undefined })] })], /settings\[0\]\.value\.membershipOverrides\[0\]/],
    ['a membership override without evidence', [userSettings({ membershipOverrides: [override({ status: [{ kind: 'since', date: '2019', evidence: [] }] })] })], /membershipOverrides\[0\]/],
    ['a date that is not a date', [userSettings({ membershipOverrides: [override({ status: [{ kind: 'since', date: 'long ago', evidence: [{ source: 'x', quote: '' }] }] })] })], /membershipOverrides\[0\]/],
    ['an older-shape correction without a place', [userSettings({ membershipOverrides: [{ org: 'citynet', since: '2019', roles: [], sources: [{ ref: 'x', label: 'x' }], lastChecked: '2026-01-01' }] })], /membershipOverrides\[0\]/],
    ['an extra site that is not an origin', [userSettings({ extraSites: ['javascript:alert(1)'] })], /extraSites\[0\]/],
    ['a rule set to nonsense', [userSettings({ rules: { 'chinese-taipei': 'never' } })], /rules/],
    ['an empty custom phrase', [userSettings({ customPhrases: [{ phrase: ' ', severity: 'high', explanation: '' }] })], /customPhrases\[0\]\.phrase/],
    ['a setting this extension does not keep', [{ key: 'panel-hidden', value: true, updatedAt: 1 }], /settings\[0\]\.key/],
    ['a language it does not speak', [{ key: 'lang', value: 'fr', updatedAt: 1 }], /settings\[0\]\.value/],
  ])('%s', (_name, settings, message) => {
    const result = parse(good({ settings }));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.message).toMatch(message);
  });

  it('a well-formed settings record passes', () => {
    expect(parse(good({ settings: [userSettings({ membershipOverrides: [override()], extraSites: ['https://www.example.gov.tw'] }), { key: 'lang', value: 'en', updatedAt: 1 }] })).ok).toBe(true);
  });

  it('settings already stored keep their good items and drop the bad ones, one by one', () => {
    const read = withDefaults({ membershipOverrides: [override(), { org: 'citynet' }], extraSites: ['https://ok.gov.tw', 42, 'not a site'], customPhrases: [{ phrase: 'Taiwan Area', severity: 'high', explanation: '' }, { phrase: 5 }], rules: { 'chinese-taipei': 'off', x: 'bad' } });
    expect(read.membershipOverrides).toHaveLength(1);
    expect(read.extraSites).toEqual(['https://ok.gov.tw']);
    expect(read.customPhrases.map((p) => p.phrase)).toEqual(['Taiwan Area']);
    expect(read.rules).toEqual({ 'chinese-taipei': 'off' });
  });
});

describe('times a file cannot honestly hold', () => {
  it.each([
    ['a note updated after the file was written', { notes: [note({ updatedAt: EXPORTED + 24 * 3600_000 })] }, 'future-time', /notes\[0\]\.updatedAt: .* is later than the file itself/],
    ['a screenshot captured after it', { notes: [note()], evidence: [evidence({ capturedAt: EXPORTED + 3600_000 })] }, 'future-time', /evidence\[0\]\.capturedAt/],
    ['a time beyond what Date holds', { notes: [note({ updatedAt: 9e15 })] }, 'invalid', /notes\[0\]\.updatedAt: is beyond any date/],
    ['a file from the future', { exportedAt: EXPORTED + 365 * 24 * 3600_000 }, 'future-time', /exportedAt: .* is later than now/],
  ])('%s is refused', (_name, over, kind, message) => {
    const result = parse(good(over));
    expect(!result.ok && result.error.kind).toBe(kind);
    expect(!result.ok && result.error.message).toMatch(message);
  });

  it('a minute of clock difference is accepted', () => {
    expect(parse(good({ notes: [note({ updatedAt: EXPORTED + 60_000 })] })).ok).toBe(true);
  });
});

describe('a screenshot attaches only to a note of the same file', () => {
  it('a screenshot for a note the file does not carry is refused', () => {
    const result = parse(good({ notes: [note()], evidence: [evidence({ noteId: 'someone-elses-note' })] }));
    expect(!result.ok && result.error.kind).toBe('orphan-evidence');
    expect(!result.ok && result.error.message).toMatch(/evidence\[0\]\.noteId: "someone-elses-note" is not a note in this file/);
  });
});

describe('the preview counts everything an import would change, and writes nothing', () => {
  it('rules turned off, a phrase dismissed everywhere and an extra site are all named (main said "0 added, 0 updated")', async () => {
    const db = fresh();
    const file = good({
      dismissals: [{ id: 'd1', ruleId: 'chinese-taipei', quote: 'chinese taipei', createdAt: 1, updatedAt: 1 }, { id: 'd2', ruleId: 'under-china', quote: 'x', url: 'https://iclei.org/a', createdAt: 1, updatedAt: 1 }],
      settings: [userSettings({ rules: { 'chinese-taipei': 'off', 'province-of-china': 'off' }, extraSites: ['https://attacker.example'], customPhrases: [{ phrase: 'Taiwan Area', severity: 'low', explanation: '' }] })],
    });
    const parsed = parse(file);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const preview = await previewImport(db, parsed.value);
    expect(preview).toEqual({
      ok: true,
      value: {
        notes: { added: 0, updated: 0, unchanged: 0, skipped: 0 },
        screenshots: 0,
        dismissals: { everywhere: ['chinese taipei'], perPage: 1, restored: 0 },
        settings: {
          rulesChanged: ['chinese-taipei', 'province-of-china'],
          phrasesAdded: ['Taiwan Area'],
          phrasesRemoved: [],
          sitesAdded: ['https://attacker.example'],
          sitesRemoved: [],
          membershipsChanged: 0,
          langChanged: false,
        },
      },
    });
    expect(await db.dismissals.count()).toBe(0);
    expect(await db.settings.count()).toBe(0);
    // The write reports the same counts.
    const done = await importBackup(db, parsed.value);
    expect(done.ok && done.value).toEqual(preview.ok && preview.value);
  });

  it('notes new, newer, older and the same; screenshots', async () => {
    const db = fresh();
    await db.notes.bulkPut([note({ id: 'older-theirs', updatedAt: 10 }), note({ id: 'newer-theirs', updatedAt: 10 }), note({ id: 'same', updatedAt: 10 })] as never);
    const parsed = parse(
      good({
        notes: [note({ id: 'new' }), note({ id: 'older-theirs', updatedAt: 5 }), note({ id: 'newer-theirs', updatedAt: 20 }), note({ id: 'same', updatedAt: 10 })],
        evidence: [evidence({ noteId: 'new' })],
      }),
    );
    if (!parsed.ok) throw new Error(parsed.error.message);
    const preview = await previewImport(db, parsed.value);
    expect(preview.ok && preview.value.notes).toEqual({ added: 1, updated: 1, skipped: 1, unchanged: 1 });
    expect(preview.ok && preview.value.screenshots).toBe(1);
    expect(preview.ok && preview.value.settings).toBeNull();
  });
});
