/**
 * The page side of the lens: keeps scan results, dismissals, highlights, the hovered item and
 * the background's summary in step. Everything outside the page (messaging, storage) comes in as
 * functions, so this runs in tests without a browser.
 */
import type { Dismissal } from '../db/types';
import type { Lang } from '../i18n';
import type { PlaceId } from '../places/ids';
import type { DismissInput, PageSummary } from '../messaging/protocol';
import type { Result } from '../result';
import type { Highlighter } from '../dom/highlighter';
import { startLiveScan, type LiveScan, type Located, type ScanResult, type ScanRoot, type Span } from './live-scan';
import { itemAtPoint } from './hit-test';
import { dismissalQuote, type FindingLike, type PlaceMentionLike } from './panel-model';
import type { CardContent, FindingView, LensView } from './views';
import { inViewport } from './card-position';
import { createLensResults } from './lens-results';
import type { FindingContext } from './finding-context';

export type PlaceItem = PlaceMentionLike & Span;
export type FindingItem = FindingLike & Span;

export interface LensDeps {
  doc: Document;
  win: Window;
  lang: Lang;
  root: HTMLElement;
  orgId: PageSummary['org'];
  pageUrl: () => string;
  scanRoot: ScanRoot<PlaceItem, FindingItem>;
  /** the first and every full scan, in slices (see createSlicedScanRoot) */
  scanAll?: (root: Node) => Promise<ScanResult<PlaceItem, FindingItem>>;
  highlighter: Highlighter;
  isOwnNode: (node: Node) => boolean;
  placeName: (id: PlaceId) => string;
  placeCard: (ids: readonly PlaceId[]) => CardContent;
  /** where a finding sits (row, heading, words around it): utils/page/finding-context, from the panel's script */
  findingContext: (range: Range, quote: string) => FindingContext | null;
  listDismissals: (url: string) => Promise<Result<Dismissal[]>>;
  addDismissal: (input: DismissInput) => Promise<Result<Dismissal>>;
  removeDismissal: (id: string) => Promise<Result<null>>;
  report: (summary: PageSummary) => void;
  /** after every scan, with all findings (open and dismissed), for the findings log */
  onScanned?: (findings: readonly FindingItem[]) => void;
  onError: (message: string) => void;
}

const HIDE_CARD_AFTER_MS = 300;

export function createLensController(deps: LensDeps) {
  const listeners = new Set<(view: LensView) => void>();
  let dismissals: Dismissal[] = [];
  const results = createLensResults<PlaceItem, FindingItem>(deps);
  let view: LensView = { findings: [], places: [], card: null, scans: 0, tally: { open: 0, dismissed: 0, worst: null } };
  let scans = 0;
  let dismissalsLoaded = false;
  /** the live scan's latest results */
  let current: ScanResult<PlaceItem, FindingItem> = { places: [], findings: [] };
  let hovered: Located<Span> | null = null;
  /** a card opened from the panel (keyboard or click) stays until closed, instead of following the pointer */
  let pinned = false;
  let insideCard = false;
  let hideTimer: number | undefined;
  const cycle = new Map<string, number>();

  const emit = (patch: Partial<LensView>) => {
    view = { ...view, ...patch };
    for (const l of listeners) l(view);
  };

  let contexts = new Map<string, FindingContext | null>();
  let indexByKey: Map<string, number> | null = null;
  const indexOfKey = (key: string) => {
    if (!indexByKey) {
      indexByKey = new Map();
      results.views.forEach((v, i) => indexByKey!.set(v.key, i));
    }
    return indexByKey.get(key) ?? -1;
  };
  /** whether the results now (`current`) are drawn, with the dismissals now */
  let rendered = false;
  /** `added`: a rescan's results, when they are the only change: only they are drawn. */
  const render = (added?: ScanResult<PlaceItem, FindingItem>) => {
    rendered = true;
    // Where a finding sits may change with what was added beside it (a heading, a cell): worked out again when shown.
    indexByKey = null;
    contexts = new Map();
    if (added) results.add(current, added, dismissals);
    else results.replace(current, dismissals);
    deps.onScanned?.(results.items);
    const tally = results.tally.counts();
    emit({ findings: results.views as FindingView[], places: results.placeCounts(deps.placeName), tally, scans: dismissalsLoaded ? scans : 0 });
    deps.report({
      url: deps.pageUrl(),
      title: deps.doc.title.slice(0, 2000),
      org: deps.orgId,
      places: view.places.map(({ id, count }) => ({ id, count })),
      findings: tally,
      groups: results.tally.groups(),
      scannedAt: Date.now(),
    });
  };

  const live: LiveScan<PlaceItem, FindingItem> = startLiveScan({
    root: deps.root,
    scan: deps.scanRoot,
    ...(deps.scanAll ? { scanAll: deps.scanAll } : {}),
    isOwnNode: deps.isOwnNode,
    win: deps.win,
    onChange(result, added) {
      scans++;
      current = result;
      render(added);
    },
  });

  const refreshDismissals = async () => {
    const result = await deps.listDismissals(deps.pageUrl());
    dismissalsLoaded = true;
    if (!result.ok) {
      render();
      return deps.onError(result.error.message);
    }
    // Most often what was drawn already is what they say (none, or the same ones after a page's
    // own navigation): then only the scans signal changes, and 5,000 results are not drawn again.
    const same = result.value.length === dismissals.length && result.value.every((d, i) => d.id === dismissals[i]!.id);
    dismissals = result.value;
    if (same && rendered) emit({ scans });
    else render();
  };
  void refreshDismissals();

  const scrollTo = (range: Range, behavior: ScrollBehavior = 'smooth') => {
    const el = range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', behavior });
    deps.highlighter.set('tcl-flash', [range]);
    deps.win.setTimeout(() => deps.highlighter.set('tcl-flash', []), 1500);
  };

  const cardFor = (item: Located<Span>): CardContent => {
    const i = results.findings.indexOf(item as Located<FindingItem>);
    if (i >= 0 && results.views[i]) return { type: 'finding', finding: results.views[i] };
    return deps.placeCard((item as Located<PlaceItem>).item.placeIds);
  };

  const hideCardSoon = () => {
    deps.win.clearTimeout(hideTimer);
    hideTimer = deps.win.setTimeout(() => {
      if (insideCard || pinned) return;
      hovered = null;
      emit({ card: null });
    }, HIDE_CARD_AFTER_MS);
  };

  const viewport = () => ({ width: deps.win.innerWidth, height: deps.win.innerHeight });
  const boxOf = (range: Range) => {
    const b = range.getBoundingClientRect();
    return { left: b.left, top: b.top, right: b.right, bottom: b.bottom };
  };
  const openCard = (item: Located<Span>, pin: boolean) => {
    hovered = item;
    pinned = pin;
    deps.win.clearTimeout(hideTimer);
    emit({ card: { at: boxOf(item.range), content: cardFor(item), pinned: pin } });
  };
  const closeCard = () => {
    hovered = null;
    pinned = false;
    insideCard = false;
    if (view.card) emit({ card: null });
  };
  // The card follows its text when the page scrolls, and closes when the text leaves the screen.
  let followFrame = 0;
  const follow = () => {
    if (!view.card || !hovered || followFrame) return;
    followFrame = deps.win.requestAnimationFrame(() => {
      followFrame = 0;
      if (!view.card || !hovered) return;
      const at = boxOf(hovered.range);
      if (!inViewport(at, viewport()) && !pinned) closeCard();
      else emit({ card: { ...view.card, at } });
    });
  };
  deps.win.addEventListener('scroll', follow, { capture: true, passive: true });
  deps.win.addEventListener('resize', follow, { passive: true });

  let frame = 0;
  // One lookup a frame, at where the pointer is by then: a move that comes while a frame is
  // pending (a busy page, a tab the browser draws late) is where the pointer rests, not dropped.
  let pointer = { x: 0, y: 0 };
  const onPointerMove = (event: PointerEvent) => {
    pointer = { x: event.clientX, y: event.clientY };
    if (frame) return;
    frame = deps.win.requestAnimationFrame(() => {
      frame = 0;
      const { x, y } = pointer;
      // Findings first: a finding's text may also be a place mention.
      const item = itemAtPoint(results.findingIndex, x, y, deps.doc) ?? itemAtPoint(results.placeIndex, x, y, deps.doc);
      if (item && item !== hovered) {
        const i = results.findings.indexOf(item as Located<FindingItem>);
        if (i >= 0 && results.views[i]?.dismissed) return;
        openCard(item, false);
      } else if (!item && hovered && !pinned) {
        hideCardSoon();
      }
    });
  };
  deps.doc.addEventListener('pointermove', onPointerMove, { passive: true });

  return {
    subscribe(listener: (v: LensView) => void) {
      listeners.add(listener);
      listener(view);
      return () => listeners.delete(listener);
    },
    rangeOfFinding(key: string): Range | null {
      const i = indexOfKey(key);
      return results.findings[i]?.range ?? null;
    },
    /** From the panel: the finding's text scrolled into view, flashed, with its card open beside it. */
    showFinding(key: string) {
      const i = indexOfKey(key);
      const found = results.findings[i];
      if (!found) return;
      scrollTo(found.range, 'instant');
      openCard(found, true);
    },
    closeCard,
    /** The open card's content made again (the panel's script, just loaded, fills in a place's memberships). */
    refreshCard() {
      if (view.card && hovered) emit({ card: { ...view.card, content: cardFor(hovered) } });
    },
    /** Where a finding sits (row, heading, the words around it), worked out once per scan when shown. */
    contextOf(key: string): FindingContext | null {
      if (contexts.has(key)) return contexts.get(key)!;
      const i = indexOfKey(key);
      const found = results.findings[i];
      const c = found ? deps.findingContext(found.range, found.item.quote) : null;
      contexts.set(key, c);
      return c;
    },
    /** A note's passage: scrolled to the middle of the screen and flashed. */
    showRange: (range: Range) => scrollTo(range),
    showPlace(id: string) {
      const matches = results.places.filter((p) => p.item.placeIds.includes(id as PlaceId));
      if (matches.length === 0) return;
      // Repeated clicks walk through the mentions.
      const n = cycle.get(id) ?? 0;
      cycle.set(id, n + 1);
      scrollTo(matches[n % matches.length]!.range);
    },
    async dismiss(finding: FindingView, scope: 'page' | 'everywhere') {
      const input: DismissInput = { ruleId: finding.ruleId, quote: dismissalQuote(finding.quote) };
      if (scope === 'page') input.url = deps.pageUrl();
      const result = await deps.addDismissal(input);
      if (!result.ok) return deps.onError(result.error.message);
      dismissals = [...dismissals, result.value];
      closeCard();
      render();
    },
    async restore(finding: FindingView) {
      if (!finding.dismissalId) return;
      const result = await deps.removeDismissal(finding.dismissalId);
      if (!result.ok) return deps.onError(result.error.message);
      dismissals = dismissals.filter((d) => d.id !== finding.dismissalId);
      render();
    },
    cardHover(inside: boolean) {
      insideCard = inside;
      if (inside) deps.win.clearTimeout(hideTimer);
      else hideCardSoon();
    },
    /** After an in-page navigation: a new URL may carry other dismissals, and new content. */
    relocate() {
      live.rescanAll();
      void refreshDismissals();
    },
    stop() {
      live.stop();
      deps.doc.removeEventListener('pointermove', onPointerMove);
      deps.win.removeEventListener('scroll', follow, { capture: true });
      deps.win.removeEventListener('resize', follow);
      deps.highlighter.clear();
      listeners.clear();
    },
  };
}
export type LensController = ReturnType<typeof createLensController>;
