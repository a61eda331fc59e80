/**
 * Chromium takes at most two screenshots of the visible tab per second for an extension
 * (MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND); a third in the same second is refused, and its note
 * would be saved without its evidence. Captures are spaced instead, one after another, so evidence
 * taken in quick succession (a page note's screenshot, then a reported concern) is all kept.
 */

/** The browser's window is measured on its clock, not ours: a little more than a second. */
const WINDOW_MS = 1050;

export function pacedCapture<A extends unknown[]>(
  capture: (...args: A) => Promise<string>,
  perSecond = 2,
  now: () => number = Date.now,
  wait: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
): (...args: A) => Promise<string> {
  /** when the last captures started, oldest first */
  const recent: number[] = [];
  let queue: Promise<unknown> = Promise.resolve();
  return (...args: A) => {
    const run = queue.then(async () => {
      for (;;) {
        while (recent.length > 0 && now() - recent[0]! >= WINDOW_MS) recent.shift();
        if (recent.length < perSecond) break;
        await wait(WINDOW_MS - (now() - recent[0]!));
      }
      recent.push(now());
      return capture(...args);
    });
    // One capture's failure does not hold up the next.
    queue = run.catch(() => undefined);
    return run;
  };
}
