/**
 * A page's scan results as the lens shows them: the findings' views (dismissals applied), their
 * highlights, the pointer's indexes, the places' counts and the findings' tally. Made whole after
 * a full scan, an edit or a dismissal; after content was only added (infinite scroll, a table's
 * next page), only the new results are drawn, indexed and counted, so a batch costs what it
 * brings, not what the page holds.
 */
import type { Dismissal, Severity } from '../db/types';
import type { Lang } from '../i18n';
import type { PlaceId } from '../places/ids';
import type { Highlighter } from '../dom/highlighter';
import type { Located, ScanResult, Span } from './live-scan';
import { indexByNode, type NodeIndex } from './hit-test';
import { countPlaces, findingViews, placeCountViews, type FindingLike, type PlaceMentionLike } from './panel-model';
import { createFindingTally, type FindingTally } from './finding-tally';
import { uncovered } from './uncovered';
import type { FindingView, PlaceCountView } from './views';

const SEVERITY_HIGHLIGHT: Record<Severity, DrawnName> = {
  critical: 'tcl-critical',
  high: 'tcl-high',
  medium: 'tcl-medium',
  low: 'tcl-low',
};

/** The highlights the results draw (notes and the flash are drawn elsewhere). */
const DRAWN = ['tcl-critical', 'tcl-high', 'tcl-medium', 'tcl-low', 'tcl-place'] as const;
type DrawnName = (typeof DRAWN)[number];
const noRanges = (): Record<DrawnName, Range[]> => ({ 'tcl-critical': [], 'tcl-high': [], 'tcl-medium': [], 'tcl-low': [], 'tcl-place': [] });

const sameRanges = (a: readonly Range[], b: readonly Range[]) => a.length === b.length && a.every((r, i) => r === b[i]);

export interface LensResultsDeps {
  win: Window;
  lang: Lang;
  pageUrl: () => string;
  highlighter: Pick<Highlighter, 'set' | 'add' | 'holds'>;
}

export function createLensResults<P extends PlaceMentionLike & Span, F extends FindingLike & Span>(deps: LensResultsDeps) {
  let places: Located<P>[] = [];
  let findings: Located<F>[] = [];
  let items: F[] = [];
  let views: FindingView[] = [];
  let placeIndex: NodeIndex<P> = new Map();
  let findingIndex: NodeIndex<F> = new Map();
  let counts = new Map<PlaceId, number>();
  let tally: FindingTally = createFindingTally();
  // A finding's identity is the live result itself: kept results keep their key across rescans,
  // and no two findings share one (an offset is relative to the block it was scanned in).
  const keys = new WeakMap<Located<F>, string>();
  /** each finding's view, as last made (with the dismissals of then) */
  let viewOf = new WeakMap<Located<F>, FindingView>();
  let nextKey = 0;
  const keyOf = (f: Located<F>) => {
    let key = keys.get(f);
    if (key === undefined) keys.set(f, (key = `f${++nextKey}`));
    return key;
  };

  /** what each highlight holds now (ours alone: built here, never handed out) */
  const drawnRanges = noRanges();
  const viewsOf = (list: readonly Located<F>[], dismissals: readonly Dismissal[]) => {
    const made = findingViews(list.map((f) => f.item), dismissals, deps.pageUrl(), deps.lang, (_, i) => keyOf(list[i]!));
    made.forEach((v, i) => viewOf.set(list[i]!, v));
    return made;
  };

  /** The highlights of these findings (the open ones) and of the places no drawn finding covers. */
  const draw = (list: readonly Located<F>[], listViews: readonly FindingView[], placeList: readonly Located<P>[], how: 'set' | 'add') => {
    const ranges = noRanges();
    const drawn: Located<F>[] = [];
    list.forEach((f, i) => {
      if (listViews[i]?.dismissed) return;
      drawn.push(f);
      ranges[SEVERITY_HIGHLIGHT[f.item.severity]].push(f.range);
    });
    // A place inside a finding is marked by the finding's underline: one range for that text, not two.
    ranges['tcl-place'] = uncovered(placeList, drawn, (deps.win as Window & typeof globalThis).Range).map((p) => p.range);
    for (const name of DRAWN) {
      const now = ranges[name];
      if (how === 'add') {
        // With nothing new to add, a drawn highlight is still put back if the page took it out.
        if (now.length > 0 || drawnRanges[name].length > 0) deps.highlighter.add(name, now);
        for (const range of now) drawnRanges[name].push(range);
      } else if (!sameRanges(drawnRanges[name], now) || (now.length > 0 && !deps.highlighter.holds(name))) {
        // A new highlight makes the browser work out every underline again (its pre-paint): only
        // when the ranges differ, or the page took ours out of its registry.
        deps.highlighter.set(name, now);
        drawnRanges[name] = now;
      }
    }
  };

  return {
    get places(): readonly Located<P>[] {
      return places;
    },
    get findings(): readonly Located<F>[] {
      return findings;
    },
    /** the findings' items, in page order */
    get items(): readonly F[] {
      return items;
    },
    get views(): readonly FindingView[] {
      return views;
    },
    get placeIndex(): NodeIndex<P> {
      return placeIndex;
    },
    get findingIndex(): NodeIndex<F> {
      return findingIndex;
    },
    get tally(): FindingTally {
      return tally;
    },
    placeCounts: (nameOf: (id: PlaceId) => string): PlaceCountView[] => placeCountViews(counts, nameOf),

    /** Everything drawn again from these results. */
    replace(result: ScanResult<P, F>, dismissals: readonly Dismissal[]) {
      viewOf = new WeakMap();
      places = result.places;
      findings = result.findings;
      items = findings.map((f) => f.item);
      views = viewsOf(findings, dismissals);
      draw(findings, views, places, 'set');
      placeIndex = indexByNode(places);
      findingIndex = indexByNode(findings);
      counts = countPlaces(places.map((p) => p.item));
      tally = createFindingTally(views);
    },

    /**
     * `result`: the results now, which are those before and `added`, wherever they fall in the
     * page; only the added ones are drawn, indexed and counted.
     */
    add(result: ScanResult<P, F>, added: ScanResult<P, F>, dismissals: readonly Dismissal[]) {
      const addedViews = viewsOf(added.findings, dismissals);
      draw(added.findings, addedViews, added.places, 'add');
      places = result.places;
      findings = result.findings;
      items = findings.map((f) => f.item);
      views = findings.map((f) => viewOf.get(f)!);
      indexByNode(added.places, placeIndex);
      indexByNode(added.findings, findingIndex);
      countPlaces(added.places.map((p) => p.item), counts);
      tally.add(addedViews);
    },
  };
}
export type LensResults<P extends PlaceMentionLike & Span, F extends FindingLike & Span> = ReturnType<typeof createLensResults<P, F>>;
