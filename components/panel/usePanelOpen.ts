import { useState } from 'preact/hooks';
import { writePanelOpen, type PanelOpenStorage } from '@/utils/page/panel-open';

/**
 * The panel's open state: it starts as the content script read it before mounting us
 * (utils/page/panel-open.ts), and every change the user makes is remembered for the site.
 */
export function usePanelOpen(host: string, startOpen: boolean, storage: PanelOpenStorage = browser.storage.local as unknown as PanelOpenStorage): [boolean, (open: boolean) => void] {
  const [open, setOpen] = useState(startOpen);
  const update = (next: boolean) => {
    setOpen(next);
    writePanelOpen(storage, host, next);
  };
  return [open, update];
}
