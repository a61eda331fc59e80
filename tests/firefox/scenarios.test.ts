// The shared scenarios (tests/e2e/scenarios/scenarios.ts) in Firefox ESR with the built Firefox add-on.
import { afterAll, beforeAll, describe, it } from 'vitest';
import { firefoxDriver } from '../e2e/drivers/firefox';
import type { LensDriver } from '../e2e/drivers/driver';
import { scenarios } from '../e2e/scenarios/scenarios';
import type { Server } from '../e2e/helpers';
// @ts-expect-error plain ESM harness
import { startServer } from '../harness/server.mjs';

let server: Server;
let driver: LensDriver;
beforeAll(async () => {
  server = (await startServer()) as Server;
  driver = await firefoxDriver(server.port);
});
afterAll(async () => {
  await driver?.close();
  await server?.close();
});

describe('shared scenarios in Firefox', () => {
  for (const s of scenarios) it(s.name, () => s.run(driver, server));
});
