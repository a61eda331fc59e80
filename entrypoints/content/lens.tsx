import { render } from 'preact';
import type { ContentScriptContext } from '#imports';
import { detectOrg } from '@/utils/orgs';
import { browserCatalog, defaultLang, setCatalog } from '@/utils/i18n';
import { createHighlighter } from '@/utils/dom/highlighter';
import { afterLoadAndIdle } from '@/utils/dom/idle';
import { guardHost } from '@/utils/dom/host-guard';
import { createScanRoot, createSlicedScanRoot } from '@/utils/page/scan-root';
import { createLensController, type LensController } from '@/utils/page/lens-controller';
import { createNotesController, type NotesController } from '@/utils/page/notes-controller';
import { hideForCapture } from '@/utils/page/hide-for-capture';
import { pageSafeContext } from '@/utils/page/page-safe-context';
import { createDraftStore, type StorageAreaLike } from '@/utils/notes/drafts';
import { createEditorLink, extensionAlive } from '@/utils/notes/editor-link';
import { createSightingsTimer } from '@/utils/page/sightings';
import { membersView, placeCardView, placeDisplayName } from '@/utils/page/membership-views';
import { normalizeUrl } from '@/utils/url/normalize';
import { onMessage, sendMessage } from '@/utils/messaging/protocol';
import { LensApp } from '@/components/panel/LensApp';
import { DEFAULT_SETTINGS, rulesFor, severityFor, type UserSettings } from '@/utils/settings/user-settings';
import { buildLexicon } from '@/utils/naming/lexicon';
import type { MembershipData } from '@/utils/memberships';
import panelCss from '@/components/panel/panel.css?inline';

const HOST_TAG = 'taiwan-city-lens';
/**
 * Events stopped at the edge of our shadow tree, so the page's listeners on window and document never
 * hear what is typed, pasted or clicked in the panel (the closed root already hides the elements).
 */
const ISOLATED_EVENTS = [
  'keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'textInput', 'change', 'select',
  'compositionstart', 'compositionupdate', 'compositionend', 'paste', 'copy', 'cut',
  'click', 'dblclick', 'auxclick', 'contextmenu', 'mousedown', 'mouseup', 'pointerdown', 'pointerup',
  'focusin', 'focusout', 'submit', 'invalid', 'toggle', 'wheel',
];

/** Mounts the lens on a recognized organization's page, or anywhere the user asked for a scan. */
export async function startLens(wxtContext: ContentScriptContext, win: Window = window, scanRequested = false): Promise<void> {
  // WXT's context can be retired by an event the page forges; this one only by the extension going away.
  const ctx = pageSafeContext(wxtContext);
  const doc = win.document;
  // One lens per document, told by our isolated world (which the page cannot touch), not by the
  // DOM: a decoy <taiwan-city-lens> in the page must not keep us out.
  const world = globalThis as { __taiwanCityLensMounted?: boolean };
  const org = detectOrg(win.location.href);
  await afterLoadAndIdle(win);
  const settings: UserSettings = await sendMessage('getUserSettings')
    .then((r) => (r.ok ? r.value : DEFAULT_SETTINGS))
    .catch(() => DEFAULT_SETTINGS);
  // Outside the organizations' sites: only where the user asked, now or in the settings.
  if (!org && !scanRequested && !settings.extraSites.includes(win.location.origin)) return;
  if (world.__taiwanCityLensMounted || !doc.body || ctx.isInvalid) return;
  world.__taiwanCityLensMounted = true;
  const lang = settings.lang ?? defaultLang(win.navigator);
  // The one language shown here, from the background: the content script carries no catalogs.
  const messages = await sendMessage('getMessages', lang).catch(() => null);
  setCatalog(lang, messages?.ok ? messages.value : browserCatalog((key) => browser.i18n.getMessage(key as Parameters<typeof browser.i18n.getMessage>[0])));
  const pageUrl = () => normalizeUrl(win.location.href);
  const logOnce = onceLogger();
  const highlighter = createHighlighter(doc, win);
  // Our own nodes by identity, never by tag name or id: a page element named like ours stays the page's.
  let ownHost: HTMLElement | null = null;
  const isOwnElement = (el: Element) => el === ownHost;
  const ownElements = { elements: () => [ownHost] };
  const isOwnNode = (node: Node): boolean => node === ownHost || Boolean(ownHost?.contains(node)) || highlighter.owns(node);
  const extensionGone = () => browser.runtime?.id == null;
  // The memberships (with the user's corrections) from the background: the content script carries no data.
  const noMemberships: MembershipData = { memberships: [], sources: [] };
  const memberships = await sendMessage('getMemberships')
    .then((r) => (r.ok ? r.value : noMemberships))
    .catch(() => noMemberships);
  const scanOptions = {
    ...(settings.customPhrases.length > 0 ? { lexicon: buildLexicon(rulesFor(settings)) } : {}),
    severityOf: severityFor(settings),
  };
  let lens: LensController | null = null;
  let notes: NotesController | null = null;
  // The keyboard shortcut that opens the panel (the user may have changed it in the browser).
  const shortcut = await sendMessage('panelShortcut').catch(() => '');
  const toggleListeners = new Set<(openOnly: boolean) => void>();
  const sightings = createSightingsTimer({
    win,
    now: Date.now,
    send: (findings) => void sendMessage('recordSightings', { url: pageUrl(), findings }).catch(logOnce),
  });

  const ui = await createShadowRootUi(ctx, {
    name: HOST_TAG,
    // Closed: a page script gets null from host.shadowRoot and cannot read notes or press our buttons.
    mode: 'closed',
    isolateEvents: ISOLATED_EVENTS,
    // The styles travel inside the script: a stylesheet fetched from the extension loads only where
    // it is web-accessible, and the panel must look the same on every site it runs on.
    css: panelCss,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    onMount(container, _shadow, host) {
      ownHost = host;
      if (org) host.dataset.org = org.id;
      const whileHidden = hideForCapture(container, highlighter, win);
      notes = createNotesController({
        doc,
        root: doc.body,
        lang,
        orgId: org?.id ?? null,
        pageUrl,
        isOwnNode,
        skipElement: isOwnElement,
        highlighter,
        whileHidden,
        showRange: (range) => lens?.showRange(range),
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
      const n = notes;
      lens = createLensController({
        doc,
        win,
        lang,
        root: doc.body,
        orgId: org?.id ?? null,
        pageUrl,
        scanRoot: createScanRoot(ownElements, doc, scanOptions),
        scanAll: createSlicedScanRoot(ownElements, doc, scanOptions),
        highlighter,
        isOwnNode,
        placeName: (id) => placeDisplayName(id, lang),
        placeCard: (ids) => placeCardView(ids, lang, memberships),
        listDismissals: (url) => sendMessage('listDismissals', { url }),
        addDismissal: (input) => sendMessage('addDismissal', input),
        removeDismissal: (id) => sendMessage('removeDismissal', { id }),
        report: (summary) => void sendMessage('reportPage', summary).catch(logOnce),
        onScanned(findings) {
          n.retryOrphans();
          sightings.scanned(findings);
        },
        onError: logOnce,
      });
      const c = lens;
      void n.load().catch(logOnce);
      render(
        <LensApp
          lang={lang}
          org={org}
          host={win.location.host}
          members={org ? membersView(org.id, lang, memberships) : []}
          shortcut={shortcut}
          subscribe={c.subscribe}
          subscribeToggle={(listener) => {
            toggleListeners.add(listener);
            return () => toggleListeners.delete(listener);
          }}
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
            onAllowScreenshots: () => void sendMessage('openPopup').catch(logOnce),
            onShow: n.show,
            onDraftChange: n.draftChanged,
            onKeepMine: (draft) => void n.keepMine(draft),
            onKeepTheirs: () => void n.keepTheirs(),
            onEditorLost: n.editorLost,
          }}
          editorLink={createEditorLink({
            getURL: (path) => browser.runtime.getURL(path as '/note-editor.html'),
            connect: (name) => browser.runtime.connect({ name }),
            crypto: win.crypto,
          })}
        />,
        container,
      );
      return container;
    },
    onRemove(container) {
      sightings.stop();
      lens?.stop();
      notes?.stop();
      if (container) render(null, container);
    },
  });
  ui.mount();
  const stopGuard = guardHost({
    doc,
    isConnected: () => ui.shadowHost.isConnected,
    recover: () => {
      ui.remove();
      ui.mount();
    },
    giveUp: () => {
      ui.remove();
      highlighter.clear();
    },
  });
  ctx.onInvalidated(stopGuard);
  // Another tab may have edited this page's notes: read them again when this tab is shown.
  ctx.addEventListener(doc, 'visibilitychange', () => {
    if (doc.visibilityState === 'visible') notes?.refresh();
  });
  ctx.addEventListener(win, 'wxt:locationchange', () => {
    lens?.relocate();
    void notes?.load();
  });
  // Context menu or keyboard shortcut: a note on the current selection (or the page).
  const stopListening = onMessage('openNoteEditor', ({ data }) => {
    if (!notes?.noteOnSelection(data.kind)) notes?.pageNote();
  });
  ctx.onInvalidated(stopListening);
  const stopToggle = onMessage('togglePanel', () => {
    for (const l of toggleListeners) l(false);
  });
  ctx.onInvalidated(stopToggle);
  const stopOpen = onMessage('openPanel', () => {
    for (const l of toggleListeners) l(true);
  });
  ctx.onInvalidated(stopOpen);
}

/** One feature's failure is logged once and never thrown into the page. */
function onceLogger() {
  let logged = false;
  return (error: unknown) => {
    const message = String((error as Error)?.message ?? error);
    // The extension was updated or reloaded: this copy of the script should just stop.
    if (message.includes('Extension context invalidated') || logged) return;
    logged = true;
    console.warn('[Taiwan City Lens]', message);
  };
}
