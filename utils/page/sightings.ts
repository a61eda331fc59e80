/**
 * When the findings log hears what the page shows: a moment after the scans settle, and at the
 * latest `maxWaitMs` after the first unsent scan, so a page that changes all the time (a ticker,
 * a clock) still records its sightings.
 */
export interface SightingsTimer {
  /** the latest scan's findings; sent after `delayMs` of quiet, or `maxWaitMs` after the first unsent scan */
  scanned(findings: readonly { ruleId: string; quote: string }[]): void;
  stop(): void;
}

export interface SightingsOptions {
  win: Pick<Window, 'setTimeout' | 'clearTimeout'>;
  now: () => number;
  send: (findings: { ruleId: string; quote: string }[]) => void;
  delayMs?: number;
  maxWaitMs?: number;
}

export function createSightingsTimer({ win, now, send, delayMs = 2000, maxWaitMs = 10_000 }: SightingsOptions): SightingsTimer {
  let timer: number | undefined;
  let firstUnsent: number | null = null;
  // Kept as given (the lens never changes a list it has passed on) and read when sent: a page
  // that keeps changing scans many times for each sending.
  let latest: readonly { ruleId: string; quote: string }[] = [];
  const flush = () => {
    timer = undefined;
    firstUnsent = null;
    // Each sighting once: a directory shows one wording thousands of times, and the log keeps one.
    const seen = new Set<string>();
    const unique: { ruleId: string; quote: string }[] = [];
    for (const f of latest) {
      const key = `${f.ruleId}\u0000${f.quote}`;
      if (seen.has(key)) continue;
      seen.add(key);
      unique.push({ ruleId: f.ruleId, quote: f.quote });
    }
    send(unique);
  };
  return {
    scanned(findings) {
      latest = findings;
      firstUnsent ??= now();
      win.clearTimeout(timer);
      const wait = Math.max(0, Math.min(delayMs, firstUnsent + maxWaitMs - now()));
      timer = win.setTimeout(flush, wait);
    },
    stop() {
      win.clearTimeout(timer);
      timer = undefined;
    },
  };
}
