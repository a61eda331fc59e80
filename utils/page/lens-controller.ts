/**
 * The page side of the lens: keeps scan results, dismissals, highlights, the hovered item and
 * the background's summary in step. Everything outside the page (messaging, storage) comes in as
 * functions, so this runs in tests without a browser.
 */
import type { Dismissal, Severity } from '../db/types';
import type { Lang } from '../i18n';
import type { PlaceId } from '../places/ids';
import type { DismissInput, PageSummary } from '../messaging/protocol';
import type { Result } from '../result';
import type { Highlighter, HighlightName } from '../dom/highlighter';
import { startLiveScan, type LiveScan, type Located, type ScanResult, type ScanRoot, type Span } from './live-scan';
import { indexByNode, itemAtPoint, type NodeIndex } from './hit-test';
import { dismissalQuote, findingViews, placeCounts, worstSeverity, type FindingLike, type PlaceMentionLike } from './panel-model';
import type { CardContent, FindingView, LensView } from './views';

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
  listDismissals: (url: string) => Promise<Result<Dismissal[]>>;
  addDismissal: (input: DismissInput) => Promise<Result<Dismissal>>;
  removeDismissal: (id: string) => Promise<Result<null>>;
  report: (summary: PageSummary) => void;
  /** after every scan, with all findings (open and dismissed), for the findings log */
  onScanned?: (findings: readonly FindingItem[]) => void;
  onError: (message: string) => void;
}

const SEVERITY_HIGHLIGHT: Record<Severity, HighlightName> = {
  critical: 'tcl-critical',
  high: 'tcl-high',
  medium: 'tcl-medium',
  low: 'tcl-low',
};
const HIDE_CARD_AFTER_MS = 300;

export function createLensController(deps: LensDeps) {
  const listeners = new Set<(view: LensView) => void>();
  let dismissals: Dismissal[] = [];
  let places: Located<PlaceItem>[] = [];
  let findings: Located<FindingItem>[] = [];
  let views: FindingView[] = [];
  let view: LensView = { findings: [], places: [], card: null, scans: 0 };
  let scans = 0;
  let dismissalsLoaded = false;
  let placeIndex: NodeIndex<PlaceItem> = new Map();
  let findingIndex: NodeIndex<FindingItem> = new Map();
  let hovered: Located<Span> | null = null;
  let insideCard = false;
  let hideTimer: number | undefined;
  const cycle = new Map<string, number>();
  // A finding's identity is the live result itself: kept results keep their key across rescans,
  // and no two findings share one (an offset is relative to the block it was scanned in).
  const keys = new WeakMap<Located<FindingItem>, string>();
  let nextKey = 0;
  const keyOf = (f: Located<FindingItem>) => {
    let key = keys.get(f);
    if (key === undefined) keys.set(f, (key = `f${++nextKey}`));
    return key;
  };

  const emit = (patch: Partial<LensView>) => {
    view = { ...view, ...patch };
    for (const l of listeners) l(view);
  };

  const render = () => {
    views = findingViews(findings.map((f) => f.item), dismissals, deps.pageUrl(), deps.lang, (_, i) => keyOf(findings[i]!));
    const ranges: Partial<Record<HighlightName, Range[]>> = {
      'tcl-place': places.map((p) => p.range),
      'tcl-critical': [], 'tcl-high': [], 'tcl-medium': [], 'tcl-low': [],
    };
    findings.forEach((f, i) => {
      if (!views[i]?.dismissed) ranges[SEVERITY_HIGHLIGHT[f.item.severity]]!.push(f.range);
    });
    for (const [name, list] of Object.entries(ranges)) deps.highlighter.set(name as HighlightName, list);
    deps.onScanned?.(findings.map((f) => f.item));
    placeIndex = indexByNode(places);
    findingIndex = indexByNode(findings);
    emit({ findings: views, places: placeCounts(places.map((p) => p.item), deps.placeName), scans: dismissalsLoaded ? scans : 0 });
    deps.report({
      url: deps.pageUrl(),
      title: deps.doc.title.slice(0, 2000),
      org: deps.orgId,
      places: view.places.map(({ id, count }) => ({ id, count })),
      findings: {
        open: views.filter((v) => !v.dismissed).length,
        dismissed: views.filter((v) => v.dismissed).length,
        worst: worstSeverity(views),
      },
      scannedAt: Date.now(),
    });
  };

  const live: LiveScan<PlaceItem, FindingItem> = startLiveScan({
    root: deps.root,
    scan: deps.scanRoot,
    ...(deps.scanAll ? { scanAll: deps.scanAll } : {}),
    isOwnNode: deps.isOwnNode,
    win: deps.win,
    onChange(result) {
      scans++;
      places = result.places;
      findings = result.findings;
      render();
    },
  });

  const refreshDismissals = async () => {
    const result = await deps.listDismissals(deps.pageUrl());
    dismissalsLoaded = true;
    if (!result.ok) {
      render();
      return deps.onError(result.error.message);
    }
    dismissals = result.value;
    render();
  };
  void refreshDismissals();

  const scrollTo = (range: Range) => {
    const el = range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    deps.highlighter.set('tcl-flash', [range]);
    deps.win.setTimeout(() => deps.highlighter.set('tcl-flash', []), 1500);
  };

  const cardFor = (item: Located<Span>): CardContent => {
    const i = findings.indexOf(item as Located<FindingItem>);
    if (i >= 0 && views[i]) return { type: 'finding', finding: views[i] };
    return deps.placeCard((item as Located<PlaceItem>).item.placeIds);
  };

  const hideCardSoon = () => {
    deps.win.clearTimeout(hideTimer);
    hideTimer = deps.win.setTimeout(() => {
      if (insideCard) return;
      hovered = null;
      emit({ card: null });
    }, HIDE_CARD_AFTER_MS);
  };

  let frame = 0;
  const onPointerMove = (event: PointerEvent) => {
    if (frame) return;
    const { clientX: x, clientY: y } = event;
    frame = deps.win.requestAnimationFrame(() => {
      frame = 0;
      // Findings first: a finding's text may also be a place mention.
      const item = itemAtPoint(findingIndex, x, y, deps.doc) ?? itemAtPoint(placeIndex, x, y, deps.doc);
      if (item && item !== hovered) {
        const i = findings.indexOf(item as Located<FindingItem>);
        if (i >= 0 && views[i]?.dismissed) return;
        hovered = item;
        deps.win.clearTimeout(hideTimer);
        const box = item.range.getBoundingClientRect();
        emit({ card: { at: { left: box.left, top: box.top, bottom: box.bottom }, content: cardFor(item) } });
      } else if (!item && hovered) {
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
      const i = views.findIndex((v) => v.key === key);
      return findings[i]?.range ?? null;
    },
    showFinding(key: string) {
      const i = views.findIndex((v) => v.key === key);
      const found = findings[i];
      if (found) scrollTo(found.range);
    },
    showPlace(id: string) {
      const matches = places.filter((p) => p.item.placeIds.includes(id as PlaceId));
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
      hovered = null;
      emit({ card: null });
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
      deps.highlighter.clear();
      listeners.clear();
    },
  };
}
export type LensController = ReturnType<typeof createLensController>;
