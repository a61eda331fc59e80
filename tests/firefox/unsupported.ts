import type { TestContext } from 'vitest';

/**
 * Runs a test's body; where this Firefox's driver lacks what the test needs (the harness's
 * UnsupportedByThisFirefox, tests/harness/firefox.mjs), the test is skipped and says why.
 */
export async function skipWhereUnsupported(ctx: TestContext, run: () => Promise<unknown>): Promise<void> {
  try {
    await run();
  } catch (error) {
    if ((error as Error)?.name !== 'UnsupportedByThisFirefox') throw error;
    console.warn(`[firefox] skipped: ${(error as Error).message}`);
    ctx.skip((error as Error).message);
  }
}
