// The shared scenarios (./scenarios/scenarios.ts) in Chromium; tests/firefox/ runs them in Firefox.
import { afterAll, beforeAll, describe, it } from 'vitest';
import { chromiumDriver } from './drivers/chromium';
import type { LensDriver } from './drivers/driver';
import { scenarios } from './scenarios/scenarios';
import type { Server } from './helpers';
// @ts-expect-error plain ESM harness
import { startServer } from '../harness/server.mjs';

let server: Server;
let driver: LensDriver;
beforeAll(async () => {
  server = (await startServer()) as Server;
  driver = await chromiumDriver(server.port);
});
afterAll(async () => {
  await driver?.close();
  await server?.close();
});

describe('shared scenarios in Chromium', () => {
  for (const s of scenarios) {
    // Chromium's permission prompt cannot be answered from Playwright: those run in Firefox.
    it.skipIf(s.needs === 'permission-answers')(s.name, () => s.run(driver, server));
  }
});
