import { useMemo, useState } from 'preact/hooks';
import { t, type Lang } from '@/utils/i18n';
import { SEVERITIES, type FindingView } from '@/utils/page/views';
import type { FindingContext } from '@/utils/page/finding-context';
import { useProgressive } from '../common/useProgressive';

interface Props {
  lang: Lang;
  findings: FindingView[];
  /** where a finding sits (row, heading, words around it), worked out when shown */
  contextOf: (key: string) => FindingContext | null;
  /** folded quotes of this page's naming-concern notes: those findings are marked "reported" */
  isReported: (f: FindingView) => boolean;
  onShow: (key: string) => void;
  onRestore: (finding: FindingView) => void;
}

interface Group {
  id: string;
  first: FindingView;
  all: FindingView[];
}

/** The same rule and phrase once, in order of severity, then of first appearance. */
function groupFindings(findings: FindingView[]): Group[] {
  const groups = new Map<string, Group>();
  for (const f of findings) {
    const id = `${f.ruleId}\u0000${f.quote.toLowerCase()}`;
    const g = groups.get(id);
    if (g) g.all.push(f);
    else groups.set(id, { id, first: f, all: [f] });
  }
  return [...groups.values()].sort((a, b) => SEVERITIES.indexOf(a.first.severity) - SEVERITIES.indexOf(b.first.severity));
}

// A RegExp string, not a literal: the build escapes strings to ASCII but leaves regex literals as written.
const SAYS_CHINA = new RegExp('china|prc|中國|中国|中华|中華', 'i');

/** "listed in a row whose country is 'China'" for a place the page's structure puts under China. */
export function describeWhere(lang: Lang, c: FindingContext | null, quote: string): string | null {
  // Only where the page's structure, not the phrase itself, says China.
  if (!c?.china || SAYS_CHINA.test(quote)) return null;
  return t(lang, c.where === 'row' ? 'findingInRow' : 'findingUnderHeading', c.china);
}

function GroupItem({ lang, g, contextOf, reported, onShow }: { lang: Lang; g: Group; contextOf: Props['contextOf']; reported: boolean; onShow: Props['onShow'] }) {
  const f = g.first;
  const formList = f.control === null ? null : f.control ? t(lang, 'findingInFormList', f.control) : t(lang, 'findingInFormListUnnamed');
  const where = describeWhere(lang, contextOf(f.key), f.quote) ?? formList;
  // Each occurrence's context is worked out once the group is opened (a page may have thousands).
  const [expanded, setExpanded] = useState(false);
  // The same list while nothing in it changed: a long list grown step by step is not drawn again each step.
  const last = g.all[g.all.length - 1]!;
  const occurrences = useMemo(
    () => (
      <ol class="tcl-occurrences">
        {g.all.map((o) => (
          <Occurrence lang={lang} f={o} contextOf={expanded ? contextOf : null} onShow={onShow} key={o.key} />
        ))}
      </ol>
    ),
    [g.all.length, last, expanded, lang, contextOf, onShow],
  );
  return (
    <li class="tcl-finding-group" data-rule={f.ruleId} data-quote={f.quote} data-severity={f.severity} data-count={g.all.length} data-reported={reported ? 'true' : 'false'}>
      <details onToggle={(e) => setExpanded((e.currentTarget as HTMLDetailsElement).open)}>
        <summary>
          <span class={`tcl-sev tcl-sev-${f.severity}`}>{f.severityLabel}</span> <q class="tcl-phrase">{f.quote}</q>
          {g.all.length > 1 ? <span class="tcl-count"> ×{g.all.length}</span> : null}
          {reported ? <span class="tcl-reported">✓ {t(lang, 'findingReported')}</span> : null}
          {where ? <span class="tcl-where">{where}</span> : null}
        </summary>
        {occurrences}
      </details>
    </li>
  );
}

function Occurrence({ lang, f, contextOf, onShow }: { lang: Lang; f: FindingView; contextOf: Props['contextOf'] | null; onShow: Props['onShow'] }) {
  const c = contextOf ? contextOf(f.key) : null;
  return (
    <li class="tcl-finding" data-rule={f.ruleId} data-kind={f.kind} data-severity={f.severity} data-quote={f.quote} data-key={f.key}>
      <button type="button" class="tcl-link" title={t(lang, 'findingShow')} onClick={() => onShow(f.key)}>
        {c ? <span class="tcl-context" data-where={c.where}>{c.text}</span> : <q>{f.quote}</q>}
      </button>
      {f.control !== null ? (
        <span class="tcl-occ-where">{f.control ? t(lang, 'findingInFormList', f.control) : t(lang, 'findingInFormListUnnamed')}</span>
      ) : null}
    </li>
  );
}

export function FindingsSection({ lang, findings, contextOf, isReported, onShow, onRestore }: Props) {
  const open = findings.filter((f) => !f.dismissed);
  const dismissed = findings.filter((f) => f.dismissed);
  const shown = useProgressive(open.length);
  const groups = groupFindings(open.slice(0, shown));
  return (
    <div class="tcl-findings">
      {open.length === 0 ? <p class="tcl-empty">{t(lang, 'panelNoFindings')}</p> : null}
      <ul class="tcl-list">
        {groups.map((g) => (
          <GroupItem lang={lang} g={g} contextOf={contextOf} reported={isReported(g.first)} onShow={onShow} key={g.id} />
        ))}
      </ul>
      {dismissed.length > 0 ? (
        <details class="tcl-dismissed">
          <summary>
            {t(lang, 'panelDismissed')} ({dismissed.length})
          </summary>
          <ul class="tcl-list">
            {dismissed.map((f) => (
              <li class="tcl-dismissed-item" data-rule={f.ruleId} data-quote={f.quote} data-dismissed={f.dismissed ?? ''} key={f.key}>
                <q>{f.quote}</q> · {t(lang, f.dismissed === 'everywhere' ? 'dismissedEverywhere' : 'dismissedOnPage')}{' '}
                <button type="button" class="tcl-small" onClick={() => onRestore(f)}>
                  {t(lang, 'restore')}
                </button>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
