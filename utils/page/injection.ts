/**
 * When the background injects the content script: a page that finished loading on an
 * organization's site, or on a site the user added. Injecting after load, rather than declaring
 * the script in the manifest, keeps the extension out of the page's load time.
 */
import { detectOrgId } from '../orgs/detect';

export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';

export function shouldInject(url: string | undefined, extraSites: readonly string[]): boolean {
  if (!url) return false;
  if (detectOrgId(url)) return true;
  try {
    return extraSites.includes(new URL(url).origin);
  } catch {
    return false;
  }
}

interface Scripting {
  executeScript(injection: { target: { tabId: number }; func?: () => unknown; files?: string[] }): Promise<{ result?: unknown }[]>;
}

/**
 * Injects the content script unless it already runs in the tab's document: a second copy would
 * make WXT retire the first one, panel and all.
 */
export async function injectOnce(scripting: Scripting, tabId: number, before?: () => void): Promise<boolean> {
  // Test-and-set in the page's isolated world, which runs one script at a time: of two injections
  // racing (the startup sweep and a load event), only the first gets through.
  const [probe] = await scripting.executeScript({
    target: { tabId },
    func: () => {
      const world = globalThis as { __taiwanCityLensStarted?: boolean };
      const started = world.__taiwanCityLensStarted === true;
      world.__taiwanCityLensStarted = true;
      return started;
    },
  });
  if (probe?.result === true) return false;
  if (before) await scripting.executeScript({ target: { tabId }, func: before });
  await scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
  return true;
}

/**
 * When open tabs are swept after the service worker starts: at once, and twice more, because a
 * page that finished loading while the worker was still starting sent its events to no listener
 * (seen in Chromium: a page loaded in the worker's first ~150 ms was never injected).
 */
export const SWEEP_DELAYS_MS = [0, 1000, 4000] as const;

interface TabLike {
  id?: number;
  url?: string;
}

/** Injects into every loaded tab that should have the lens; injectOnce makes a second sweep harmless. */
export async function sweepTabs(query: () => Promise<TabLike[]>, extraSites: readonly string[], inject: (tabId: number) => unknown): Promise<number> {
  let count = 0;
  for (const tab of await query()) {
    if (tab.id === undefined || !shouldInject(tab.url, extraSites)) continue;
    void inject(tab.id);
    count++;
  }
  return count;
}
