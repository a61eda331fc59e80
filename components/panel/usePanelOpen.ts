import { useEffect, useRef, useState } from 'preact/hooks';

/** The panel's open state, remembered per site in the extension's own storage (not the page's). */
export function usePanelOpen(host: string, storage = browser.storage.local): [boolean, (open: boolean) => void] {
  const key = `panel-open:${host}`;
  const [open, setOpen] = useState(false);
  // A click that comes before the remembered state has been read wins over it (seen in Firefox,
  // whose storage answers later: the stored "closed" undid the user's click on the tab).
  const chosen = useRef(false);
  useEffect(() => {
    storage
      .get(key)
      .then((items) => {
        if (!chosen.current) setOpen(items[key] === true);
      })
      .catch(() => undefined);
  }, [key]);
  const update = (next: boolean) => {
    chosen.current = true;
    setOpen(next);
    storage.set({ [key]: next }).catch(() => undefined);
  };
  return [open, update];
}
