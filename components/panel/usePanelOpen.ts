import { useEffect, useState } from 'preact/hooks';

/** The panel's open state, remembered per site in the extension's own storage (not the page's). */
export function usePanelOpen(host: string, storage = browser.storage.local): [boolean, (open: boolean) => void] {
  const key = `panel-open:${host}`;
  const [open, setOpen] = useState(false);
  useEffect(() => {
    storage
      .get(key)
      .then((items) => setOpen(items[key] === true))
      .catch(() => undefined);
  }, [key]);
  const update = (next: boolean) => {
    setOpen(next);
    storage.set({ [key]: next }).catch(() => undefined);
  };
  return [open, update];
}
