// Rule packs in the settings (issue 17): the shipped rules with their version, a pack of phrases and
// a reviewed pack changing a shipped rule, each listed with its version, the rules table saying
// which rule a pack changed, the message of an import (and of a refused file).
import { readFileSync } from 'node:fs';

export default async function rulePacks({ browser, extensionId, shot }) {
  const dash = await browser.context.newPage();
  await dash.setViewportSize({ width: 1200, height: 900 });
  await dash.goto(`chrome-extension://${extensionId}/dashboard.html`);
  await dash.locator('main[data-loaded="true"]').waitFor();
  const pack = {
    format: 'taiwan-city-lens-rule-pack', id: 'mofa-naming', version: '1.3.0', publisher: 'MOFA', date: '2026-11-20',
    rules: [
      { id: 'custom-taiwan-area', phrase: 'Taiwan Area', severity: 'high', explanation: { en: 'Ask for "Taiwan".', 'zh-TW': '請要求使用「臺灣」。' } },
      { id: 'custom-formosa', phrase: 'Formosa Province', severity: 'low', explanation: { en: 'An old name.', 'zh-TW': '舊稱。' } },
    ],
  };
  await dash.locator('input[name="pack-file"]').setInputFiles({ name: 'mofa-naming-1.3.0.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(pack)) });
  await dash.locator('[data-pack-status="ok"]').waitFor();
  const [download] = await Promise.all([dash.waitForEvent('download'), dash.locator('[data-action="export-shipped-pack"]').click()]);
  const shipped = JSON.parse(readFileSync(await download.path(), 'utf8'));
  const rule = shipped.rules.find((r) => r.id === 'chinese-taipei');
  rule.severity = 'critical';
  rule.phrases.push('Taipei (Chinese)');
  const reviewed = { ...shipped, id: 'mofa-review', version: '1.1.0', publisher: 'MOFA', date: '2026-12-01' };
  await dash.locator('input[name="pack-file"]').setInputFiles({ name: 'mofa-review-1.1.0.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(reviewed)) });
  await dash.locator('li[data-pack="mofa-review"]').waitFor();
  await dash.locator('[data-section="rule-packs"]').scrollIntoViewIfNeeded();
  await shot('imported', dash.locator('[data-section="rule-packs"]').locator('xpath=..'));
  await dash.locator('input[name="pack-file"]').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"taiwan-city-lens-rule-pack"') });
  await dash.locator('[data-pack-status="refused"]').waitFor();
  await shot('refused', dash.locator('[data-section="rule-packs"]'));
  await dash.close();
}
