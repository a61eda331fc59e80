import { describe, expect, it } from 'vitest';
import { settingsChange } from '@/utils/import/merge';
import { DEFAULT_SETTINGS, rulesFor } from '@/utils/settings/user-settings';
import { importPack, shippedPack } from '@/utils/settings/rule-pack';

describe('settingsChange', () => {
  it('a backup carrying a shipped rule changed by a rule pack counts that rule as changed, both ways', () => {
    const pack = JSON.parse(JSON.stringify(shippedPack()));
    pack.rules.find((r: { id: string }) => r.id === 'taipei-china').severity = 'low';
    const done = importPack(DEFAULT_SETTINGS, JSON.stringify({ ...pack, id: 'mofa-review' }), rulesFor);
    if (!done.ok) throw new Error(JSON.stringify(done.error));
    expect(settingsChange(DEFAULT_SETTINGS, done.value.settings).rulesChanged).toEqual(['taipei-china']);
    expect(settingsChange(done.value.settings, DEFAULT_SETTINGS).rulesChanged).toEqual(['taipei-china']);
    expect(settingsChange(done.value.settings, done.value.settings).rulesChanged).toEqual([]);
  });
});
