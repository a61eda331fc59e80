import { useEffect, useState } from 'preact/hooks';

/**
 * How many of `total` items to render now: all of a short list, a long one (10,000 findings)
 * in steps across tasks, so the page never waits on one long render.
 */
export function useProgressive(total: number, step = 400): number {
  const [shown, setShown] = useState(Math.min(total, step));
  useEffect(() => {
    if (shown >= total) return;
    const timer = setTimeout(() => setShown((n) => Math.min(total, n + step)), 0);
    return () => clearTimeout(timer);
  }, [shown, total, step]);
  return Math.min(shown, total);
}
