/** Pure builders from scan results to what the panel and cards show. */
import type { Lang } from '../i18n';
import { t } from '../i18n';
import type { Dismissal, Severity } from '../db/types';
import type { PlaceId } from '../places/ids';
import { fold } from '../text/fold';
import type { FindingView, PlaceCountView } from './views';

/** The fields of the naming engine's findings that the page needs. */
export interface FindingLike {
  ruleId: string;
  kind: string;
  severity: Severity;
  quote: string;
  start: number;
  placeIds: readonly PlaceId[];
  confidence: number;
  /** absent in the content script: the panel's script fills it in (utils/page/explanations.ts) */
  explanation?: Record<Lang, string>;
  suggestion: Record<Lang, string>;
  /** inside a form's list (a <select>): its label, '' when it has none; the page cannot show a highlight there */
  control?: string;
}

export interface PlaceMentionLike {
  placeIds: readonly PlaceId[];
}

const SEVERITY_KEY = {
  critical: 'severityCritical',
  high: 'severityHigh',
  medium: 'severityMedium',
  low: 'severityLow',
} as const;

export function severityLabel(severity: Severity, lang: Lang): string {
  return t(lang, SEVERITY_KEY[severity]);
}

/**
 * Mentions per place, added into `counts`. An ambiguous name ("Hsinchu") counts for each
 * candidate: the user wants to find every place the page may mean.
 */
export function countPlaces(mentions: readonly PlaceMentionLike[], counts = new Map<PlaceId, number>()): Map<PlaceId, number> {
  for (const m of mentions) for (const id of m.placeIds) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}

/** The places by their mentions, most first. */
export function placeCountViews(counts: ReadonlyMap<PlaceId, number>, nameOf: (id: PlaceId) => string): PlaceCountView[] {
  return [...counts]
    .map(([id, count]) => ({ id, name: nameOf(id), count }))
    // Ties by name in code-unit order: localeCompare would load a collator on the page's first scan.
    .sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** The dismissal that covers a finding: one for this page wins over one for everywhere. */
export function dismissalFor(
  finding: { ruleId: string; quote: string },
  dismissals: readonly Dismissal[],
  pageUrl: string,
): Dismissal | null {
  let quote: string | null = null;
  let everywhere: Dismissal | null = null;
  for (const d of dismissals) {
    if (d.deletedAt || d.ruleId !== finding.ruleId) continue;
    // Folded only when a dismissal of the same rule is there: most pages have none.
    quote ??= dismissalQuote(finding.quote);
    if (d.quote !== quote) continue;
    if (d.url === pageUrl) return d;
    if (d.url === undefined) everywhere = d;
  }
  return everywhere;
}

/** The key a dismissal stores for a quote: folded, so case, width and 臺/台 do not matter. */
export function dismissalQuote(quote: string): string {
  return fold(quote).replace(/\s+/g, ' ');
}

/**
 * `keyOf` gives each finding its identity: the controller keys the live finding itself, since a
 * start offset is relative to the block that was scanned and two blocks may share one.
 */
export function findingViews(
  findings: readonly FindingLike[],
  dismissals: readonly Dismissal[],
  pageUrl: string,
  lang: Lang,
  keyOf: (finding: FindingLike, i: number) => string,
): FindingView[] {
  return findings.map((f, i) => {
    const d = dismissalFor(f, dismissals, pageUrl);
    return {
      key: keyOf(f, i),
      control: f.control ?? null,
      ruleId: f.ruleId,
      kind: f.kind,
      severity: f.severity,
      severityLabel: severityLabel(f.severity, lang),
      quote: f.quote,
      explanation: f.explanation?.[lang] ?? '',
      suggestion: f.suggestion[lang],
      confidence: f.confidence,
      placeIds: [...f.placeIds],
      dismissed: d ? (d.url === undefined ? 'everywhere' : 'page') : null,
      dismissalId: d?.id ?? null,
    };
  });
}
