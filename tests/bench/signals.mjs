// Waits the benchmark's figures are taken after: signals the browser or the lens gives, never a
// fixed time (a fixed time measures the machine's load as much as the code).

/**
 * Resolves once the page's main thread has been idle through `periods` whole idle periods in a row
 * (the browser's requestIdleCallback, each up to 50 ms with nothing to run): the page and the lens
 * have settled. Rejects after `timeout` ms of never settling.
 */
export async function mainThreadIdle(page, { periods = 10, timeout = 30_000 } = {}) {
  await page.evaluate(
    ({ periods, timeout }) =>
      new Promise((resolve, reject) => {
        const give = setTimeout(() => reject(new Error(`the main thread did not settle within ${timeout} ms`)), timeout);
        let calm = 0;
        const tick = (deadline) => {
          // A whole idle period: nothing ran in it, and nothing cut it short.
          calm = !deadline.didTimeout && deadline.timeRemaining() >= 45 ? calm + 1 : 0;
          if (calm < periods) return void requestIdleCallback(tick);
          clearTimeout(give);
          resolve();
        };
        requestIdleCallback(tick);
      }),
    { periods, timeout },
  );
}

/**
 * The durations of the User Timing measures named `name` in the world `contextId` (the content
 * script's, over CDP), once there are `count` of them: a PerformanceObserver tells, no polling.
 */
export async function measuresOnce(cdp, contextId, name, count = 1, timeout = 60_000) {
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
    contextId,
    awaitPromise: true,
    returnByValue: true,
    expression: `new Promise((resolve, reject) => {
      const name = ${JSON.stringify(name)};
      const list = () => performance.getEntriesByName(name).map((e) => e.duration);
      if (list().length >= ${count}) return resolve(JSON.stringify(list()));
      const give = setTimeout(() => reject(new Error('no ' + name + ' measure within ${timeout} ms')), ${timeout});
      new PerformanceObserver((entries, observer) => {
        if (list().length < ${count}) return;
        observer.disconnect();
        clearTimeout(give);
        resolve(JSON.stringify(list()));
      }).observe({ type: 'measure' });
    })`,
  });
  if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
  return JSON.parse(result.value);
}

/** The content script's world on this page (its execution context over CDP), once it exists. */
export function extensionWorld(cdp, extensionId) {
  const origin = `chrome-extension://${extensionId}`;
  const seen = [];
  let waiting = null;
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    seen.push(context);
    if (waiting && context.origin === origin) waiting(context);
  });
  return {
    /** The newest such world (a reload or remount makes a new one); waits for the first. */
    latest: async () =>
      seen.findLast((c) => c.origin === origin) ??
      new Promise((resolve) => {
        waiting = resolve;
      }),
    /** The newest such world now, or null. */
    now: () => seen.findLast((c) => c.origin === origin) ?? null,
  };
}
