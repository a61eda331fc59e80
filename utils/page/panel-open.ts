/**
 * The panel's open state, remembered per site in the extension's own storage (not the page's).
 * The content script reads it once, before the panel's script is mounted, and hands it over as
 * `startOpen`: the panel draws in that state at once and never reads it later (Firefox's storage
 * answered after the user had already opened or closed the panel, and the late answer won).
 */
export interface PanelOpenStorage {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export const panelOpenKey = (host: string) => `panel-open:${host}`;

/** The remembered state for this site: open only when it was left open (false on any failure). */
export function readPanelOpen(storage: PanelOpenStorage, host: string): Promise<boolean> {
  const key = panelOpenKey(host);
  return storage.get(key).then(
    (items) => items[key] === true,
    () => false,
  );
}

/** The user opened or closed the panel: remembered for the next visit to this site. */
export function writePanelOpen(storage: PanelOpenStorage, host: string, open: boolean): void {
  storage.set({ [panelOpenKey(host)]: open }).catch(() => undefined);
}
