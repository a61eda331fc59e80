/**
 * Resolves once the page has loaded and the main thread is idle: the extension's first scan must
 * never delay the page's own load or first paint.
 */
export function afterLoadAndIdle(win: Window = window, timeoutMs = 2000): Promise<void> {
  const loaded =
    win.document.readyState === 'complete'
      ? Promise.resolve()
      : new Promise<void>((resolve) => win.addEventListener('load', () => resolve(), { once: true }));
  return loaded.then(
    () =>
      new Promise<void>((resolve) => {
        const idle = (win as Window & { requestIdleCallback?: Window['requestIdleCallback'] }).requestIdleCallback;
        if (idle) idle.call(win, () => resolve(), { timeout: timeoutMs });
        else win.setTimeout(resolve, 0);
      }),
  );
}
