import { render } from 'preact';
import { setCatalog } from '@/utils/i18n';
import { orgById } from '@/utils/orgs';
import { RULES } from '@/utils/naming/rules';
import { explainer } from '@/utils/page/explanations';
import type { LensView } from '@/utils/page/views';
import { createNotesController } from '@/utils/page/notes-controller';
import { hideForCapture } from '@/utils/page/hide-for-capture';
import { createDraftStore, type StorageAreaLike } from '@/utils/notes/drafts';
import { createEditorLink, extensionAlive } from '@/utils/notes/editor-link';
import { sendMessage } from '@/utils/messaging/protocol';
import type { LensUi, LensUiDeps } from '@/utils/page/lens-ui';
import { membersView, placeCardView } from '@/utils/page/membership-views';
import { findingContext } from '@/utils/page/finding-context';
import { LensApp } from '@/components/panel/LensApp';
import panelCss from '@/components/panel/panel.css?inline';

/** The panel, the hover card, the selection adder and notes, drawn into the lens's shadow root. */
export function mountLensUi(d: LensUiDeps): LensUi {
  const { win, container, lang, lens: c } = d;
  const doc = win.document;
  setCatalog(lang, d.catalog);
  // The open panel's styles, beside the tab's (which came with the content script).
  const style = doc.createElement('style');
  style.textContent = panelCss;
  container.before(style);
  d.provide({ placeCard: (ids) => placeCardView(ids, lang, d.memberships), findingContext });
  // A card asked for while this script was loading was made without them.
  c.refreshCard();
  const extensionGone = () => browser.runtime?.id == null;
  const n = createNotesController({
    doc,
    root: doc.body,
    lang,
    orgId: d.orgId,
    pageUrl: d.pageUrl,
    isOwnNode: d.isOwnNode,
    skipElement: d.isOwnElement,
    highlighter: d.highlighter,
    whileHidden: hideForCapture(container, d.highlighter, win),
    showRange: (range) => c.showRange(range),
    drafts: createDraftStore(browser.storage.local as unknown as StorageAreaLike),
    isInvalid: extensionGone,
    alive: () => extensionAlive(() => sendMessage('panelShortcut'), extensionGone, win),
    api: {
      pageNotes: (url) => sendMessage('pageNotes', { url }),
      createNote: (note, capture, passage) => sendMessage('createNote', { note, capture, ...(passage !== undefined ? { passage } : {}) }),
      updateNote: (id, patch, baseRev) => sendMessage('updateNote', { id, patch, ...(baseRev !== undefined ? { baseRev } : {}) }),
      deleteNote: (id) => sendMessage('deleteNote', { id }),
      restoreNote: (id) => sendMessage('restoreNote', { id }),
      captureEvidence: (noteId, passage) => sendMessage('captureEvidence', { noteId, ...(passage !== undefined ? { passage } : {}) }),
    },
  });
  void n.load().catch(d.onError);
  const org = orgById(d.orgId);
  const explained = explainer((ruleId, l) => RULES.find((r) => r.id === ruleId)?.explanation[l] ?? '', lang);
  const subscribe = (listener: (view: LensView) => void) => c.subscribe((view) => listener(explained(view)));
  // Preact draws over the content script's tab: the container is emptied first.
  container.replaceChildren();
  render(
    <LensApp
      lang={lang}
      org={org}
      host={win.location.host}
      startOpen={d.startOpen}
      members={org ? membersView(org.id, lang, d.memberships) : []}
      shortcut={d.shortcut}
      subscribe={subscribe}
      subscribeToggle={d.subscribeToggle}
      viewport={() => ({ width: win.innerWidth, height: win.innerHeight })}
      onCloseCard={c.closeCard}
      contextOf={c.contextOf}
      onShowFinding={c.showFinding}
      onShowPlace={c.showPlace}
      onDismiss={(f, scope) => void c.dismiss(f, scope)}
      onRestore={(f) => void c.restore(f)}
      onCardHover={c.cardHover}
      onReport={(f) => {
        const range = c.rangeOfFinding(f.key);
        if (range) n.reportFinding(f, range);
        c.closeCard();
      }}
      subscribeNotes={n.subscribe}
      notesActions={{
        onNoteOnSelection: () => void n.noteOnSelection(),
        onPageNote: n.pageNote,
        onSave: (draft) => void n.save(draft),
        onCancel: n.cancel,
        onEdit: n.edit,
        onDelete: (id) => void n.remove(id),
        onUndoDelete: () => void n.undoDelete(),
        onAddScreenshot: (id) => void n.addScreenshot(id),
        onAllowScreenshots: () => void sendMessage('openPopup').catch(d.onError),
        onShow: n.show,
        onDraftChange: n.draftChanged,
        onKeepMine: (draft) => void n.keepMine(draft),
        onKeepTheirs: () => void n.keepTheirs(),
        onEditorLost: n.editorLost,
      }}
      // The editor's frame is web-accessible on every http(s) page, at a random address (wxt.config.ts).
      editorLink={createEditorLink({
        getURL: (path) => browser.runtime.getURL(path as '/note-editor.html'),
        connect: (name) => browser.runtime.connect({ name }),
        crypto: win.crypto,
      })}
    />,
    container,
  );
  return {
    notes: n,
    unmount() {
      n.stop();
      render(null, container);
      style.remove();
    },
  };
}
