import type { ContentScriptContext } from '#imports';
import { detectOrgId } from '@/utils/orgs';
import { browserCatalog, defaultLang, setCatalog, type Catalog } from '@/utils/i18n';
import { createHighlighter } from '@/utils/dom/highlighter';
import { afterLoadAndIdle } from '@/utils/dom/idle';
import { guardHost } from '@/utils/dom/host-guard';
import { createShadowHost } from '@/utils/dom/shadow-host';
import { createScanRoot, createSlicedScanRoot } from '@/utils/page/scan-root';
import { createLensController, type LensController } from '@/utils/page/lens-controller';
import { pageSafeContext } from '@/utils/page/page-safe-context';
import { removeStaleCopies, whenExtensionGone, retirableContext, watchExtension, type LensWorld } from '@/utils/page/extension-gone';
import { createSightingsTimer } from '@/utils/page/sightings';
import { placeDisplayName } from '@/utils/page/membership-views';
import { createPanelTab, type PanelTab } from '@/utils/page/panel-tab';
import { loadedLensUi, type LensUi, type LensUiParts } from '@/utils/page/lens-ui';
import { readPanelOpen, type PanelOpenStorage } from '@/utils/page/panel-open';
import { normalizeUrl } from '@/utils/url/normalize';
import { onMessage, sendMessage } from '@/utils/messaging/protocol';
import { DEFAULT_SETTINGS, rulesFor, severityFor } from '@/utils/settings/scan-settings';
import type { UserSettings } from '@/utils/settings/user-settings';
import { lexiconFrom } from '@/utils/naming/lexicon';
import type { MembershipData } from '@/utils/memberships';
import tabCss from '@/components/panel/tab.css?inline';

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
  const world = globalThis as LensWorld;
  const orgId = detectOrgId(win.location.href);
  await afterLoadAndIdle(win);
  const settings: UserSettings = await sendMessage('getUserSettings')
    .then((r) => (r.ok ? r.value : DEFAULT_SETTINGS))
    .catch(() => DEFAULT_SETTINGS);
  // Outside the organizations' sites: only where the user asked, now or in the settings.
  if (!orgId && !scanRequested && !settings.extraSites.includes(win.location.origin)) return;
  if (world.__taiwanCityLensMounted || !doc.body || ctx.isInvalid) return;
  world.__taiwanCityLensMounted = true;
  // The panel's remembered state, read before its script is mounted (utils/page/panel-open.ts).
  const openStorage = browser.storage.local as unknown as PanelOpenStorage;
  const openRead = readPanelOpen(openStorage, win.location.host);
  const lang = settings.lang ?? defaultLang(win.navigator);
  // What the page needs from the background, asked for at once: the one language shown here (the
  // content script carries no catalogs), the memberships with the user's corrections (no data
  // either), the matcher (compiled at build time into the background, or for the user's own rules),
  // and the keyboard shortcut that opens the panel (the user may have changed it in the browser).
  const noMemberships: MembershipData = { memberships: [], sources: [] };
  const [messages, memberships, matcher, shortcut] = await Promise.all([
    sendMessage('getMessages', lang).catch(() => null),
    sendMessage('getMemberships')
      .then((r) => (r.ok ? r.value : noMemberships))
      .catch(() => noMemberships),
    sendMessage('getScanMatcher').catch(() => null),
    sendMessage('panelShortcut').catch(() => ''),
  ]);
  let startOpen = await openRead;
  const catalog: Catalog = messages?.ok ? messages.value : browserCatalog((key) => browser.i18n.getMessage(key as Parameters<typeof browser.i18n.getMessage>[0]));
  setCatalog(lang, catalog);
  const pageUrl = () => normalizeUrl(win.location.href);
  const logOnce = onceLogger();
  // Our own nodes by identity, never by tag name or id: a page element named like ours stays the page's.
  let ownHost: HTMLElement | null = null;
  const highlighter = createHighlighter(doc, win, () => ownHost);
  const isOwnElement = (el: Element) => el === ownHost;
  const ownElements = { elements: () => [ownHost] };
  const isOwnNode = (node: Node): boolean => node === ownHost || Boolean(ownHost?.contains(node)) || highlighter.owns(node);
  // Nothing to read the page with: the background did not answer (the extension is going away).
  // (Not mounted, so a later scan asked for from the popup may try again.)
  if (!matcher?.ok) {
    delete world.__taiwanCityLensMounted;
    return logOnce(matcher ? matcher.error.message : 'no matcher');
  }
  const scanOptions = { lexicon: lexiconFrom(matcher.value, rulesFor(settings)), severityOf: severityFor(settings) };
  let lens: LensController | null = null;
  // What the panel's script brings (it draws cards and lists): a place's memberships, a finding's context.
  let parts: LensUiParts | null = null;
  // The panel's own script (utils/page/lens-ui.ts), mounted in the container on first use.
  let ui: LensUi | null = null;
  let mountPoint: HTMLElement | null = null;
  const toggleListeners = new Set<(openOnly: boolean, focus?: boolean) => void>();
  /** a toggle asked for before the panel's script listened (it is being loaded) */
  let pendingToggle: { openOnly: boolean; focus: boolean } | null = null;
  const toggle = (openOnly: boolean, focus = true) => {
    shadowUi.show();
    if (toggleListeners.size === 0) pendingToggle = { openOnly, focus };
    for (const l of toggleListeners) l(openOnly, focus);
  };
  const subscribeToggle = (listener: (openOnly: boolean, focus?: boolean) => void) => {
    toggleListeners.add(listener);
    const pending = pendingToggle;
    pendingToggle = null;
    if (pending) listener(pending.openOnly, pending.focus);
    return () => void toggleListeners.delete(listener);
  };
  const sightings = createSightingsTimer({
    win,
    now: Date.now,
    send: (findings) => void sendMessage('recordSightings', { url: pageUrl(), findings }).catch(logOnce),
  });

  // The panel's own context: it may outlive the lens's by an open editor's last words (see extension-gone).
  const uiCtx = retirableContext(wxtContext);
  const mountUi = (container: HTMLElement, hadFocus: boolean) => {
    const mount = loadedLensUi();
    if (!mount || !lens || ui) return;
    ui = mount({
      win, container, lang, catalog, orgId, shortcut, startOpen, lens, highlighter, isOwnNode, isOwnElement, pageUrl, subscribeToggle, memberships,
      provide: (given) => {
        parts = given;
      },
      onError: logOnce,
    });
    if (hadFocus) container.querySelector<HTMLElement>('.tcl-tab')?.focus();
  };
  let tab: PanelTab | null = null;
  let loading: Promise<void> | null = null;
  /** Loads the panel's script once (the background injects it), then mounts it; `then` runs on it. */
  const withUi = (then?: (ui: LensUi) => void) => {
    shadowUi.show();
    loading ??= sendMessage('loadLensUi').then(
      () => undefined,
      (error) => {
        loading = null;
        logOnce(error);
        // The panel left open could not come: the tab that opens it is there instead.
        if (tab && !tab.element.isConnected) mountPoint?.append(tab.element);
      },
    );
    // The panel's failure is logged once and leaves the highlights and the tab as they were.
    void loading
      .then(() => {
        if (mountPoint && !ui) mountUi(mountPoint, tab?.hasFocus() ?? false);
        if (ui && then) then(ui);
      })
      .catch(logOnce);
  };

  const shadowUi = createShadowHost(doc, {
    name: HOST_TAG,
    isolateEvents: ISOLATED_EVENTS,
    // The styles travel inside the script: a stylesheet fetched from the extension loads only where
    // it is web-accessible, and the panel must look the same on every site it runs on. Only the
    // tab's are here; the open panel's come with its script (entrypoints/lens-ui).
    css: tabCss,
    // The tab comes with the first scan's highlights, in one frame (see SHOWN_AT_LATEST_MS).
    hiddenUntilShown: true,
    onMount(container, _shadow, host) {
      ownHost = host;
      if (orgId) host.dataset.org = orgId;
      mountPoint = container;
      const again = tab !== null;
      const t = createPanelTab(doc, lang, shortcut, () => {
        toggle(true, false);
        withUi();
      });
      tab = t;
      // Left open on this site: the panel itself comes (its script is loading) without a collapsed tab
      // first, which a click could meet just as the panel opens over it. Back after the page removed
      // us, the tab is there until the panel's script draws again.
      if (!startOpen || again) container.append(t.element);
      lens = createLensController({
        doc,
        win,
        lang,
        root: doc.body,
        orgId,
        pageUrl,
        scanRoot: createScanRoot(ownElements, doc, scanOptions),
        scanAll: createSlicedScanRoot(ownElements, doc, scanOptions),
        highlighter,
        isOwnNode,
        placeName: (id) => placeDisplayName(id, lang),
        placeCard: (ids) => parts?.placeCard(ids) ?? { type: 'place', placeIds: [...ids], name: '', otherNames: [], memberships: [] },
        findingContext: (range, quote) => parts?.findingContext(range, quote) ?? null,
        listDismissals: (url) => sendMessage('listDismissals', { url }),
        addDismissal: (input) => sendMessage('addDismissal', input),
        removeDismissal: (id) => sendMessage('removeDismissal', { id }),
        report: (summary) => void sendMessage('reportPage', summary).catch(logOnce),
        onScanned(findings) {
          shadowUi.show();
          ui?.notes.retryOrphans();
          sightings.scanned(findings);
        },
        onError: logOnce,
      });
      lens.subscribe((view) => {
        if (!ui) t.update(view);
        // A card to show (the pointer rests on a highlight): the panel's script draws it.
        if (view.card && !ui) withUi();
      });
      // Back after the page removed us: the panel's script, if it was loaded, draws again, in the
      // state the user last left it in.
      if (loadedLensUi())
        void readPanelOpen(openStorage, win.location.host).then((open) => {
          startOpen = open;
          if (mountPoint === container) mountUi(container, false);
        });
    },
    onRemove() {
      sightings.stop();
      lens?.stop();
      ui?.unmount();
      ui = null;
      mountPoint = null;
    },
  });
  uiCtx.onInvalidated(shadowUi.remove);
  shadowUi.mount();
  // A scan that fails or takes long (a huge page, read in slices) does not keep the tab away.
  win.setTimeout(() => shadowUi.show(), SHOWN_AT_LATEST_MS);
  // A copy left by the extension before an update, which could not remove itself (Firefox).
  if (ownHost && removeStaleCopies(doc, HOST_TAG, ownHost, (root) => root.querySelector('.tcl-panel') !== null) > 0) highlighter.dropOthers();
  const stopGuard = guardHost({
    doc,
    isConnected: () => shadowUi.shadowHost.isConnected,
    recover: () => {
      shadowUi.remove();
      shadowUi.mount();
    },
    giveUp: () => {
      shadowUi.remove();
      highlighter.clear();
    },
  });
  ctx.onInvalidated(stopGuard);
  // The extension was reloaded or updated: this copy stops and clears its highlights; its panel goes
  // once the new copy is there (or at once when no editor is open).
  watchExtension(ctx);
  ctx.onInvalidated(() =>
    whenExtensionGone({
      doc,
      hostTag: HOST_TAG,
      ownHost: () => ownHost,
      world,
      stop() {
        sightings.stop();
        lens?.stop();
        highlighter.clear();
      },
      editorOpen: () => ui?.notes.view().editor != null,
      markEditor: () => ui?.notes.extensionGone(),
      typedSinceGone: () => ui?.notes.typedSinceGone() === true,
      onEditorClosed: (cb: () => void) => ui?.notes.subscribe((v) => (v.editor ? undefined : cb())) ?? (() => undefined),
      retire: () => uiCtx.abort(),
    }),
  );

  // What brings the panel's script before the user asks: the page's notes (drawn at once), and a
  // panel the user left open on this site.
  const loadIfNotes = () =>
    void sendMessage('pageNotes', { url: pageUrl() })
      .then((r) => {
        if (r.ok && r.value.notes.length > 0) withUi();
        else if (r.ok && !ui) tab?.noNotes();
      })
      .catch(logOnce);
  loadIfNotes();
  if (startOpen) withUi();
  // Text selected in the page: the "add a note" button beside it comes with the panel's script.
  const onSelection = () => {
    const sel = doc.getSelection();
    if (ui || !sel || sel.isCollapsed || sel.rangeCount === 0) return;
    if (!isOwnNode(sel.getRangeAt(0).commonAncestorContainer)) withUi();
  };
  ctx.addEventListener(doc, 'selectionchange', onSelection);
  // Another tab may have edited this page's notes: read them again when this tab is shown.
  ctx.addEventListener(doc, 'visibilitychange', () => {
    if (doc.visibilityState !== 'visible') return;
    if (ui) ui.notes.refresh();
    else loadIfNotes();
  });
  ctx.addEventListener(win, 'wxt:locationchange', () => {
    lens?.relocate();
    if (ui) void ui.notes.load();
    else loadIfNotes();
  });
  // Context menu or keyboard shortcut: a note on the current selection (or the page).
  const stopListening = onMessage('openNoteEditor', ({ data }) =>
    withUi((u) => {
      if (!u.notes.noteOnSelection(data.kind)) u.notes.pageNote();
    }),
  );
  ctx.onInvalidated(stopListening);
  const stopToggle = onMessage('togglePanel', () => {
    toggle(false);
    withUi();
  });
  ctx.onInvalidated(stopToggle);
  const stopOpen = onMessage('openPanel', () => {
    toggle(true);
    withUi();
  });
  ctx.onInvalidated(stopOpen);
}

/**
 * The tab is drawn with the first scan's results: inserted before them, it took a frame of its own
 * (the page's layout and pre-paint, 11–12 ms on a 5,000-row directory) and another for the
 * highlights. At the latest after this long.
 */
const SHOWN_AT_LATEST_MS = 1000;

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
