/**
 * How a fact's evidence is shown wherever memberships appear: the fact in words, then a small
 * "Source" disclosure (a native <details>, so a keyboard user opens it with Enter or Space) that
 * shows the quoted sentence in the source's language and the source as a person can follow it:
 * title, publisher, date, and a link when the document is online.
 */
import { useState } from 'preact/hooks';
import { t, type Lang } from '@/utils/i18n';
import type { EvidenceView, FactView, SourceView } from '@/utils/page/views';

export function Citation({ lang, source }: { lang: Lang; source: SourceView }) {
  const title = source.href ? (
    <a href={source.href} target="_blank" rel="noopener noreferrer" title={t(lang, 'evidenceOpenLink')}>
      {source.title}
    </a>
  ) : (
    source.title
  );
  const rest = [source.publisher, source.date].filter(Boolean).join(lang === 'en' ? ', ' : '，');
  return (
    <cite class="tcl-cite">
      {title}
      {source.gloss ? <span class="tcl-cite-gloss">{lang === 'en' ? ` (${source.gloss})` : `（${source.gloss}）`}</span> : null}
      {rest ? <span class="tcl-cite-meta">{lang === 'en' ? ` — ${rest}` : `—${rest}`}</span> : null}
      {source.checked ? <span class="tcl-cite-meta">{lang === 'en' ? `; ${t(lang, 'evidenceChecked', source.checked)}` : `；${t(lang, 'evidenceChecked', source.checked)}`}</span> : null}
    </cite>
  );
}

function Quote({ lang, e }: { lang: Lang; e: EvidenceView }) {
  return (
    <div class="tcl-evidence-item">
      {e.quote ? (
        <blockquote class="tcl-ev-quote" lang={e.quoteLang ?? undefined}>
          {e.quote}
        </blockquote>
      ) : (
        <p class="tcl-ev-quote tcl-ev-quote-missing">{t(lang, 'evidenceNoQuote')}</p>
      )}
      <Citation lang={lang} source={e.source} />
    </div>
  );
}

/** The evidence of one fact, closed until asked for (and only then rendered: the panel stays light on heavy pages). */
export function Evidence({ lang, evidence }: { lang: Lang; evidence: EvidenceView[] }) {
  const [open, setOpen] = useState(false);
  if (evidence.length === 0) return null;
  return (
    <details class="tcl-evidence" data-evidence="" open={open} onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>{t(lang, 'evidenceShow')}</summary>
      {open ? (
        <div class="tcl-evidence-body">
          {evidence.map((e, i) => (
            <Quote lang={lang} e={e} key={i} />
          ))}
        </div>
      ) : null}
    </details>
  );
}

/** A fact in words with its evidence on demand. */
export function Fact({ lang, fact, as = 'li' }: { lang: Lang; fact: FactView; as?: 'li' | 'div' }) {
  const Tag = as;
  return (
    <Tag class="tcl-fact">
      <span class="tcl-fact-text">{fact.text}</span> <Evidence lang={lang} evidence={fact.evidence} />
    </Tag>
  );
}

/** Everything said about one membership below its heading line: type, former name, roles, notes. */
export function MembershipFacts({ lang, facts }: { lang: Lang; facts: FactView[] }) {
  if (facts.length === 0) return null;
  return (
    <ul class="tcl-facts">
      {facts.map((f, i) => (
        <Fact lang={lang} fact={f} key={i} />
      ))}
    </ul>
  );
}
