import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, rulesFor, scanMatcher, severityFor } from '@/utils/settings/scan-settings';
import { withDefaults, type UserSettings } from '@/utils/settings/user-settings';
import { compileMatcher, lexiconFrom } from '@/utils/naming/lexicon';
import { scanText } from '@/utils/naming/engine';
import { textIndexFromString } from '@/utils/dom/text-index';

/** The matcher as the page gets it: through a message (plain data, cloned), read with the user's rules. */
const scanOnPage = (settings: UserSettings, text: string) => {
  const sent = JSON.parse(JSON.stringify(scanMatcher(settings)));
  const lexicon = lexiconFrom(sent, rulesFor(settings));
  return scanText(textIndexFromString(text), { lexicon, severityOf: severityFor(settings) }).findings.map((f) => `${f.ruleId}/${f.severity}: ${f.quote}`);
};

describe('the matcher a page is scanned with (sent by the background)', () => {
  it('is the shipped one when the user has no rules of their own', () => {
    expect(scanMatcher(DEFAULT_SETTINGS)).toEqual(compileMatcher());
    expect(scanOnPage(DEFAULT_SETTINGS, 'Kaohsiung, China and Chinese Taipei')).toEqual([
      'under-china/critical: Kaohsiung, China',
      'chinese-taipei/medium: Chinese Taipei',
    ]);
  });

  it('finds the user’s own phrases, with their severity, after crossing to the page', () => {
    const settings = withDefaults({ customPhrases: [{ phrase: 'Taiwan Area', severity: 'low', explanation: 'Ask for "Taiwan".' }] });
    expect(scanOnPage(settings, 'the Taiwan Area and Kaohsiung, China')).toEqual(['custom-0/low: Taiwan Area', 'under-china/critical: Kaohsiung, China']);
  });
});
