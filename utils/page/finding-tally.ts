/**
 * What the tab, the badge and the popup say of a page's findings: how many are open and
 * dismissed, the worst open one, and the open ones by rule and phrase. Counted as findings come,
 * so appended content adds its own without the page's being counted again.
 */
import type { Severity } from '../db/types';
import type { PageSummary } from '../messaging/protocol';
import type { FindingView } from './views';
import { SEVERITIES } from './views';

type Group = NonNullable<PageSummary['groups']>[number];
const MAX_GROUPS = 20;
// Code-unit order: localeCompare would load a collator on the page's first scan.
const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export interface FindingTally {
  add(views: readonly FindingView[]): void;
  counts(): PageSummary['findings'];
  /**
   * One entry per rule and phrase among the open findings (at most 20), for the popup: worst
   * first, then the most frequent, then by phrase, so the order does not hang on which findings
   * were counted first (content added in the middle of a page is counted after the rest).
   */
  groups(): Group[];
}

export function createFindingTally(views: readonly FindingView[] = []): FindingTally {
  const open: Record<Severity, number> = { critical: 0, high: 0, medium: 0, low: 0 };
  let dismissed = 0;
  const groups = new Map<string, Group>();
  const tally: FindingTally = {
    add(list) {
      for (const v of list) {
        if (v.dismissed) {
          dismissed++;
          continue;
        }
        open[v.severity]++;
        const id = `${v.ruleId}\u0000${v.quote.toLowerCase()}`;
        const g = groups.get(id);
        if (!g) groups.set(id, { ruleId: v.ruleId, quote: v.quote, severity: v.severity, count: 1 });
        else {
          // The same whatever order they are counted in: the worst severity, the first spelling in code-unit order.
          g.count++;
          if (v.quote < g.quote) g.quote = v.quote;
          if (SEVERITIES.indexOf(v.severity) < SEVERITIES.indexOf(g.severity)) g.severity = v.severity;
        }
      }
    },
    counts: () => ({
      open: SEVERITIES.reduce((n, s) => n + open[s], 0),
      dismissed,
      worst: SEVERITIES.find((s) => open[s] > 0) ?? null,
    }),
    groups: () =>
      [...groups.values()]
        .sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) || b.count - a.count || order(a.quote, b.quote) || order(a.ruleId, b.ruleId))
        .slice(0, MAX_GROUPS)
        .map((g) => ({ ...g })),
  };
  tally.add(views);
  return tally;
}
