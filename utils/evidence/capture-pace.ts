/**
 * Chromium takes at most two screenshots of the visible tab per second for an extension
 * (MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND); a third in the same second is refused, and its note
 * would be saved without its evidence. Captures are spaced instead, one after another, so evidence
 * taken in quick succession (a page note's screenshot, then a reported concern) is all kept.
 */

/** The browser counts from when a capture reached it: counted here from when it was answered, plus a margin. */
const WINDOW_MS = 1050;
/** A capture the browser never answers is given up (its note is saved "no screenshot"), and the next goes on. */
const GIVE_UP_MS = 10_000;

export interface PaceClock {
  /** a clock that never jumps back (performance.now, not the date) */
  now: () => number;
  wait: (ms: number) => Promise<void>;
}

const realClock: PaceClock = { now: () => performance.now(), wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)) };

export function pacedCapture<A extends unknown[]>(
  capture: (...args: A) => Promise<string>,
  perSecond = 2,
  clock: PaceClock = realClock,
): (...args: A) => Promise<string> {
  /** when the last captures were answered, oldest first */
  const recent: number[] = [];
  let queue: Promise<unknown> = Promise.resolve();
  const { now, wait } = clock;
  const attempt = (args: A) =>
    Promise.race([capture(...args), wait(GIVE_UP_MS).then(() => Promise.reject(new Error('the browser did not answer the screenshot')))]);
  return (...args: A) => {
    const run = queue.then(async () => {
      for (;;) {
        while (recent.length > 0 && now() - recent[0]! >= WINDOW_MS) recent.shift();
        if (recent.length < perSecond) break;
        await wait(WINDOW_MS - (now() - recent[0]!));
      }
      try {
        return await attempt(args);
      } finally {
        recent.push(now());
      }
    });
    // One capture's failure does not hold up the next.
    queue = run.catch(() => undefined);
    return run;
  };
}
