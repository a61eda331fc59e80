/**
 * A finding's explanation, filled in by the panel's script: the content script, which loads on
 * every matched page, carries the shipped rules without theirs (utils/data-files.ts). A rule of
 * the user's own, or one an imported pack changed, comes with its explanation and keeps it.
 */
import type { Lang } from '../i18n';
import type { FindingView, LensView } from './views';

export type Explain = (ruleId: string, lang: Lang) => string;

/** The view with every finding explained; each finding's view is made once (the lens keeps them across scans). */
export function explainer(explain: Explain, lang: Lang): (view: LensView) => LensView {
  const done = new WeakMap<FindingView, FindingView>();
  const one = (f: FindingView): FindingView => {
    if (f.explanation) return f;
    let filled = done.get(f);
    if (!filled) done.set(f, (filled = { ...f, explanation: explain(f.ruleId, lang) }));
    return filled;
  };
  // A view that only moved the card (scroll, hover) has the same findings: explained once.
  let lastIn: readonly FindingView[] | null = null;
  let lastOut: FindingView[] = [];
  return (view) => {
    const card = view.card?.content.type === 'finding' ? { ...view.card, content: { ...view.card.content, finding: one(view.card.content.finding) } } : view.card;
    if (view.findings !== lastIn) [lastIn, lastOut] = [view.findings, view.findings.map(one)];
    return { ...view, findings: lastOut, card };
  };
}
