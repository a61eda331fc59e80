// Naming on page structures (issue 17): a finding inside a country <select> as the panel lists it
// ("in the “Country” list of the form"), and a members page of cards and rows with its underlines.
// The panel's root is closed: reached through tests/e2e/lens-dom.ts (loaded with jiti).
import { createJiti } from 'jiti';

const jiti = createJiti(import.meta.url);
const { lensDom } = await jiti.import('../e2e/lens-dom.ts');

export default async function structures({ browser, shot }) {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1200, height: 760 });
  await page.goto('http://uclg-aspac.org/structures/select.html');
  const lens = lensDom(page);
  await lens.locator('.tcl-panel[data-scans]').waitFor({ state: 'attached', timeout: 20_000 });
  await lens.locator('.tcl-tab').click();
  await lens.locator('.tcl-where').first().waitFor();
  await shot('select-form', page);

  await page.goto('http://uclg-aspac.org/structures/records.html');
  const again = lensDom(page);
  await again.locator('.tcl-panel[data-scans]').waitFor({ state: 'attached', timeout: 20_000 });
  await again.locator('.tcl-finding').first().waitFor();
  await shot('records', page);
  await page.close();
}
