// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { setCatalog, type Catalog } from '@/utils/i18n';
import en from '@/public/_locales/en/messages.json';
import { createPanelTab } from '@/utils/page/panel-tab';
import type { FindingView } from '@/utils/page/views';
import { createFindingTally } from '@/utils/page/finding-tally';

setCatalog('en', en as Catalog);

const finding = (severity: FindingView['severity'], dismissed: FindingView['dismissed'] = null) => ({ ruleId: 'r', quote: 'q', severity, dismissed }) as FindingView;
const tally = (...views: FindingView[]) => createFindingTally(views).counts();

function setup(shortcut = 'Alt+Shift+L') {
  const opened: string[] = [];
  const tab = createPanelTab(document, 'en', shortcut, () => opened.push('open'));
  document.body.replaceChildren(tab.element);
  const button = document.querySelector<HTMLButtonElement>('.tcl-tab')!;
  return { tab, opened, button, panel: document.querySelector<HTMLElement>('.tcl-panel')! };
}

describe('the collapsed panel’s tab, drawn by the content script', () => {
  it('is the panel’s closed tab: a button that says what it opens, with the shortcut', () => {
    const { button, panel } = setup();
    expect(panel.dataset.open).toBe('false');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(button.textContent).toBe(en.panelTab.message);
    expect(button.title).toBe(`${en.panelOpen.message} (Alt+Shift+L)`);
    expect(setup('').button.title).toBe(en.panelOpen.message);
  });

  it('counts the open findings, coloured by the worst; dismissed ones do not count', () => {
    const { tab, button, panel } = setup();
    tab.update({ tally: tally(finding('low'), finding('high'), finding('critical', 'page')), scans: 1 });
    const count = button.querySelector('.tcl-tab-count')!;
    expect(count.textContent).toBe('2');
    expect(count.className).toBe('tcl-tab-count tcl-sev-high');
    expect(panel.dataset.scans).toBe('1');
    tab.update({ tally: tally(finding('low', 'everywhere')), scans: 2 });
    expect(button.querySelector('.tcl-tab-count')).toBeNull();
    expect(button.textContent).toBe(en.panelTab.message);
  });

  it('a click asks for the panel; a page without notes says its notes were looked up', () => {
    const { tab, opened, button, panel } = setup();
    button.click();
    expect(opened).toEqual(['open']);
    expect(panel.dataset.noteLoads).toBe('0');
    tab.noNotes();
    expect(panel.dataset.noteLoads).toBe('1');
  });

  it('knows when keyboard focus is on it', () => {
    const { tab, button } = setup();
    expect(tab.hasFocus()).toBe(false);
    button.focus();
    expect(tab.hasFocus()).toBe(true);
  });
});
