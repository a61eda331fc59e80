/**
 * Notices when the page removes the extension's host element or replaces `document.body`, and
 * lets the extension come back once. A page that removes it again wins: fighting it in a loop
 * would break the page, which matters more than the panel.
 */
export interface HostGuardOptions {
  doc: Document;
  isConnected: () => boolean;
  /** remount; called at most `maxRecoveries` times */
  recover: () => void;
  /** the page keeps removing us: stop everything quietly */
  giveUp: () => void;
  maxRecoveries?: number;
  /** after each check of a page change (tests wait on it) */
  onChecked?: () => void;
}

export function guardHost(opts: HostGuardOptions): () => void {
  const { doc } = opts;
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  if (!win) return () => undefined;
  let recoveries = 0;
  let stopped = false;
  let pending = false;

  const check = () => {
    pending = false;
    decide();
    opts.onChecked?.();
  };
  const decide = () => {
    if (stopped || opts.isConnected()) return;
    if (recoveries >= (opts.maxRecoveries ?? 1)) {
      stop();
      opts.giveUp();
      return;
    }
    recoveries++;
    watchBody();
    opts.recover();
  };
  // Checked after the page's own script finishes its change (one task later), not in its middle.
  const schedule = () => {
    if (pending || stopped) return;
    pending = true;
    win.setTimeout(check, 0);
  };

  const rootObserver = new win.MutationObserver(schedule);
  const bodyObserver = new win.MutationObserver(schedule);
  let watched: HTMLElement | null = null;
  const watchBody = () => {
    if (doc.body === watched) return;
    bodyObserver.disconnect();
    watched = doc.body;
    if (watched) bodyObserver.observe(watched, { childList: true });
  };
  rootObserver.observe(doc.documentElement, { childList: true });
  watchBody();

  const stop = () => {
    stopped = true;
    rootObserver.disconnect();
    bodyObserver.disconnect();
  };
  return stop;
}
