// Naming on page structures (issue 17): a finding inside a country <select> as the panel lists it
// ("in the “Country” list of the form"), and a members page of cards and rows with its underlines.
export default async function structures({ browser, shot }) {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1200, height: 760 });
  await page.goto('http://uclg-aspac.org/structures/select.html');
  await page.locator('taiwan-city-lens .tcl-finding').first().waitFor({ state: 'attached', timeout: 20_000 });
  await page.locator('taiwan-city-lens .tcl-tab').click();
  await page.locator('taiwan-city-lens .tcl-where').first().waitFor();
  await shot('select-form', page);

  await page.goto('http://uclg-aspac.org/structures/records.html');
  await page.locator('taiwan-city-lens .tcl-finding').first().waitFor({ state: 'attached', timeout: 20_000 });
  await page.locator('taiwan-city-lens .tcl-where').count();
  await shot('records', page);
  await page.close();
}
