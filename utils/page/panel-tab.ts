/**
 * The collapsed panel's tab as the content script draws it at once, in plain DOM: the same
 * elements, classes and words Panel.tsx draws for it (styles in components/panel/tab.css), so
 * nothing moves when the panel's own script replaces it on first use.
 */
import { t, type Lang } from '../i18n';
import type { LensView } from './views';

export interface PanelTab {
  /** the element to put in the shadow root's container */
  element: HTMLElement;
  /** the scan's count and worst severity, and the scans signal, as the panel shows them */
  update(view: Pick<LensView, 'tally' | 'scans'>): void;
  /** the page's notes were looked up and it has none: nothing more to load or place (`data-note-loads`) */
  noNotes(): void;
  /** keyboard focus is on the tab (so it goes to the panel's own tab when that replaces it) */
  hasFocus(): boolean;
}

export function createPanelTab(doc: Document, lang: Lang, shortcut: string, onOpen: () => void): PanelTab {
  const root = doc.createElement('div');
  root.className = 'tcl-root';
  root.lang = lang;
  const panel = doc.createElement('div');
  panel.className = 'tcl-panel';
  panel.dataset.open = 'false';
  panel.dataset.scans = '0';
  panel.dataset.noteLoads = '0';
  const tab = doc.createElement('button');
  tab.type = 'button';
  tab.className = 'tcl-tab';
  tab.setAttribute('aria-expanded', 'false');
  tab.title = `${t(lang, 'panelOpen')}${shortcut ? ` (${shortcut})` : ''}`;
  tab.append(t(lang, 'panelTab'));
  const count = doc.createElement('span');
  tab.addEventListener('click', onOpen);
  panel.append(tab);
  root.append(panel);
  let shown = '';
  return {
    element: root,
    update(view) {
      panel.dataset.scans = String(view.scans);
      const { open, worst } = view.tally;
      const next = open > 0 && worst ? `${open} ${worst}` : '';
      if (next === shown) return;
      shown = next;
      if (!next) return count.remove();
      count.className = `tcl-tab-count tcl-sev-${worst}`;
      count.textContent = String(open);
      tab.append(count);
    },
    noNotes() {
      panel.dataset.noteLoads = String(Number(panel.dataset.noteLoads) + 1);
    },
    hasFocus: () => (root.getRootNode() as Document | ShadowRoot).activeElement === tab,
  };
}
