import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { page as html, useHarness, lensDom, waitForScans, openPanel } from './helpers';

const h = useHarness();

describe('rule packs in the settings', () => {
  it('phrases exported as a pack and a newer version imported back: validated, merged by id, listed with its version, and flagged on the pages', async () => {
    const dash = await h.browser.context.newPage();
    await dash.goto(`chrome-extension://${h.browser.extensionId}/dashboard.html`);
    await dash.locator('main[data-loaded="true"]').waitFor();
    await dash.locator('input[name="phrase"]').fill('Taiwan Area');
    await dash.locator('input[name="explanation"]').fill('Ask for "Taiwan".');
    await dash.locator('input[name="explanation-zh"]').fill('請要求使用「臺灣」。');
    await dash.locator('select[name="phrase-severity"]').selectOption('high');
    await dash.locator('[data-action="add-phrase"]').click();
    await dash.locator('li[data-phrase-id]').waitFor();
    const id = await dash.locator('li[data-phrase-id]').getAttribute('data-phrase-id');
    expect(id).toMatch(/^custom-[0-9a-f]{12}$/);

    await dash.locator('input[name="pack-id"]').fill('mofa-naming');
    await dash.locator('input[name="pack-version"]').fill('1.2.0');
    await dash.locator('input[name="pack-publisher"]').fill('MOFA');
    const [download] = await Promise.all([dash.waitForEvent('download'), dash.locator('[data-action="export-pack"]').click()]);
    expect(download.suggestedFilename()).toBe('mofa-naming-1.2.0.json');
    const file = readFileSync((await download.path())!, 'utf8');
    const pack = JSON.parse(file);
    expect(pack).toMatchObject({ format: 'taiwan-city-lens-rule-pack', id: 'mofa-naming', version: '1.2.0', publisher: 'MOFA' });
    expect(pack.rules).toEqual([{ id, phrase: 'Taiwan Area', severity: 'high', explanation: { en: 'Ask for "Taiwan".', 'zh-TW': '請要求使用「臺灣」。' } }]);

    // A broken pack changes nothing and says why.
    await dash.locator('input[name="pack-file"]').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...pack, rules: [{ ...pack.rules[0], severity: 'extreme' }] })) });
    await dash.locator('[data-pack-status="refused"]').waitFor();
    expect(await dash.locator('[data-pack-status="refused"]').textContent()).toContain('rules[0].severity');
    expect(await dash.locator('li[data-phrase-id]').count()).toBe(1);

    // The same pack with a new version and one more rule: the known id is replaced, the new one added.
    const next = { ...pack, version: '1.3.0', rules: [{ ...pack.rules[0], severity: 'critical' }, { id: 'custom-formosa', phrase: 'Formosa Province', severity: 'low', explanation: { en: 'An old name.', 'zh-TW': '舊稱。' } }] };
    await dash.locator('input[name="pack-file"]').setInputFiles({ name: 'mofa-naming-1.3.0.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(next)) });
    await dash.locator('[data-pack-status="ok"]').waitFor();
    expect(await dash.locator('[data-pack-status="ok"]').textContent()).toBe('Rule pack “mofa-naming” version 1.3.0 imported: 1 added, 1 replaced.');
    expect(await dash.locator('li[data-pack="mofa-naming"]').getAttribute('data-version')).toBe('1.3.0');
    expect(await dash.locator('li[data-phrase-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-phrase-id')))).toEqual([id, 'custom-formosa']);

    h.server.setRoute('citynet-ap.org', '/packs', html('Packs', '<p>Delegates from the Taiwan Area and from Formosa Province.</p>'));
    const page = await h.browser.context.newPage();
    await page.goto('http://citynet-ap.org/packs');
    await waitForScans(page);
    await openPanel(page);
    const findings = await lensDom(page).locator('.tcl-finding').records(['data-rule', 'data-severity', 'data-quote']);
    expect(findings.map((f) => `${f['data-rule']}/${f['data-severity']}: ${f['data-quote']}`).sort()).toEqual([`${id}/critical: Taiwan Area`, 'custom-formosa/low: Formosa Province'].sort());
    await page.close();
    await dash.close();
  });

  it('the shipped rules exported as a pack, edited and imported: the lens uses the edited rule; a bad edit is refused; removed, the shipped rule is back', async () => {
    const dash = await h.browser.context.newPage();
    await dash.goto(`chrome-extension://${h.browser.extensionId}/dashboard.html`);
    await dash.locator('main[data-loaded="true"]').waitFor();
    const shippedLine = dash.locator('[data-pack="shipped"]');
    expect(await shippedLine.textContent()).toMatch(/^Shipped rules: “taiwan-city-lens” version \d+\.\d+\.\d+ · Taiwan City Lens · \d{4}-\d{2}-\d{2}/);
    const [download] = await Promise.all([dash.waitForEvent('download'), dash.locator('[data-action="export-shipped-pack"]').click()]);
    const shipped = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(download.suggestedFilename()).toBe(`taiwan-city-lens-${shipped.version}.json`);
    // In file-name order: the rules are the files of utils/naming/rules/ (import.meta.glob).
    expect(shipped.rules.map((r: { id: string }) => r.id)).toEqual(['chinese-taipei', 'prc-romanization', 'province-of-china', 'taipei-china', 'taiwan-china', 'under-china']);
    const ct = shipped.rules.find((r: { id: string }) => r.id === 'chinese-taipei');
    expect(ct.examples.produce.length).toBeGreaterThan(0);

    // A reviewer's edit: Chinese Taipei made critical, a wording added with an example of it.
    ct.severity = 'critical';
    ct.phrases.push('Taipei (Chinese)');
    ct.examples.produce.push('Delegates of Taipei (Chinese) attended.');
    const reviewed = { ...shipped, id: 'mofa-review', version: '1.1.0', publisher: 'MOFA', date: '2026-12-01' };
    const broken = JSON.parse(JSON.stringify(reviewed));
    broken.rules.find((r: { id: string }) => r.id === 'chinese-taipei').phrases.push('Kaohsiung');
    await dash.locator('input[name="pack-file"]').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
    await dash.locator('[data-pack-status="refused"]').waitFor();
    expect(await dash.locator('[data-pack-status="refused"]').textContent()).toContain(`rules[${shipped.rules.indexOf(ct)}].phrases[`);
    expect(await dash.locator('li[data-pack="mofa-review"]').count()).toBe(0);

    await dash.locator('input[name="pack-file"]').setInputFiles({ name: 'mofa-review-1.1.0.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(reviewed)) });
    await dash.locator('[data-pack-status="ok"]').waitFor();
    expect(await dash.locator('[data-pack-status="ok"]').textContent()).toBe('Rule pack “mofa-review” version 1.1.0 imported: 0 added, 0 replaced. Shipped rules changed: 1.');
    const listed = dash.locator('li[data-pack="mofa-review"]');
    expect(await listed.getAttribute('data-version')).toBe('1.1.0');
    expect(await listed.textContent()).toContain('changes the shipped rules: “Chinese Taipei”');
    expect(await dash.locator('tr[data-rule-row="chinese-taipei"] th').textContent()).toContain('as in “mofa-review” version 1.1.0');
    expect(await dash.locator('select[name="rule-chinese-taipei"]').inputValue()).toBe('critical');

    h.server.setRoute('citynet-ap.org', '/reviewed', html('Reviewed', '<p>Delegates of Taipei (Chinese) and of Chinese Taipei attended.</p>'));
    const seen = async () => {
      const page = await h.browser.context.newPage();
      await page.goto('http://citynet-ap.org/reviewed');
      await waitForScans(page);
      const findings = await lensDom(page).locator('.tcl-finding').records(['data-rule', 'data-severity', 'data-quote']);
      await page.close();
      return findings.map((f) => `${f['data-rule']}/${f['data-severity']}: ${f['data-quote']}`).sort();
    };
    expect(await seen()).toEqual(['chinese-taipei/critical: Chinese Taipei', 'chinese-taipei/critical: Taipei (Chinese)']);

    await listed.locator('[data-action="remove-pack"]').click();
    await dash.locator('li[data-pack="mofa-review"]').waitFor({ state: 'detached' });
    // The status of the import before is still shown until the removal's own replaces it: waited for.
    await expect.poll(() => dash.locator('[data-pack-status="ok"]').textContent()).toBe('Rule pack “mofa-review” version 1.1.0 removed; the shipped rules it changed are back.');
    expect(await dash.locator('select[name="rule-chinese-taipei"]').inputValue()).toBe('medium');
    expect(await seen()).toEqual(['chinese-taipei/medium: Chinese Taipei']);
    await dash.close();
  });
});
