import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t, type Lang } from '@/utils/i18n';
import type { CardContent, FindingView } from '@/utils/page/views';
import { placeCard, type TextBox } from '@/utils/page/card-position';
import { Evidence, MembershipFacts } from '../common/Sources';

export interface HoverCardProps {
  lang: Lang;
  /** the text's box, in viewport coordinates */
  at: TextBox;
  content: CardContent;
  /** opened from the panel: takes focus, stays until closed */
  pinned: boolean;
  /** a structural finding: what puts the place under China ("listed in a row whose country is 'China'") */
  where?: string | null;
  viewport: () => { width: number; height: number };
  onDismiss: (finding: FindingView, scope: 'page' | 'everywhere') => void;
  onReport: (finding: FindingView) => void;
  onClose: () => void;
  onPointerEnter: () => void;
  onPointerLeave: () => void;
}

/** A label's colon: full width in Chinese. */
const colon = (lang: Lang) => (lang === 'en' ? ': ' : '：');

function PlaceCard({ lang, c }: { lang: Lang; c: Extract<CardContent, { type: 'place' }> }) {
  return (
    <>
      <div class="tcl-card-kicker">{t(lang, 'cardPlace')}</div>
      <h3 class="tcl-card-title" id="tcl-card-title">{c.name}</h3>
      {c.otherNames.length > 0 ? <div class="tcl-card-names">{c.otherNames.join(' · ')}</div> : null}
      <h4>{t(lang, 'cardMemberships')}</h4>
      {c.memberships.length === 0 ? <p class="tcl-empty">{t(lang, 'cardNoMemberships')}</p> : null}
      <ul class="tcl-list">
        {c.memberships.map((m) => (
          <li class="tcl-card-membership" data-org={m.orgId} data-member-place={m.placeId} key={m.orgId + m.placeId}>
            <div class="tcl-fact tcl-member-head">
              <strong>{m.orgName}</strong> · <span class="tcl-fact-text">{m.status.text}</span>
              {m.byUser ? <span class="tcl-by-user"> · {t(lang, 'memberByUser')}</span> : null}{' '}
              <Evidence lang={lang} evidence={m.status.evidence} />
            </div>
            <MembershipFacts lang={lang} facts={[...m.details, ...m.roles, ...m.notes]} />
          </li>
        ))}
      </ul>
    </>
  );
}

function FindingCard({ lang, f, where, onDismiss, onReport }: { lang: Lang; f: FindingView; where: string | null; onDismiss: HoverCardProps['onDismiss']; onReport: HoverCardProps['onReport'] }) {
  return (
    <>
      <div class={`tcl-card-kicker tcl-sev tcl-sev-${f.severity}`}>{f.severityLabel}</div>
      <h3 class="tcl-card-title" id="tcl-card-title">
        <q>{f.quote}</q>
      </h3>
      {where ? <p class="tcl-card-where">{where}</p> : null}
      <p class="tcl-card-explanation">{f.explanation}</p>
      <p class="tcl-card-suggestion">
        {t(lang, 'cardSuggestion')}
        {colon(lang)}
        <strong>{f.suggestion}</strong>
      </p>
      {f.confidence < 1 ? (
        <p class="tcl-card-confidence">
          {t(lang, 'cardConfidence')}
          {colon(lang)}
          {Math.round(f.confidence * 100)}%
        </p>
      ) : null}
      <div class="tcl-card-actions">
        <button type="button" class="tcl-small tcl-primary" data-action="report" onClick={() => onReport(f)}>
          {t(lang, 'cardReport')}
        </button>
        <button type="button" class="tcl-small" data-action="dismiss-page" onClick={() => onDismiss(f, 'page')}>
          {t(lang, 'cardDismissPage')}
        </button>
        <button type="button" class="tcl-small" data-action="dismiss-everywhere" onClick={() => onDismiss(f, 'everywhere')}>
          {t(lang, 'cardDismissEverywhere')}
        </button>
      </div>
    </>
  );
}

/** Beside its text (below, or above without room), inside the viewport: measured, then placed before paint. */
export function HoverCard({ lang, at, content, pinned, where = null, viewport, onDismiss, onReport, onClose, onPointerEnter, onPointerLeave }: HoverCardProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [height, setHeight] = useState(200);
  const place = placeCard(at, height, viewport());
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    // The card's full height, even while it is capped and scrolls.
    const full = el.scrollHeight + (el.offsetHeight - el.clientHeight);
    if (Math.abs(full - height) > 1) setHeight(full);
  });
  const opened = pinned ? content : null;
  useLayoutEffect(() => {
    if (opened) ref.current?.focus({ preventScroll: true });
  }, [opened]);
  // Preact 11 appends no unit to numbers: every length is written with its px.
  const style = {
    left: `${place.left}px`,
    top: `${place.top}px`,
    width: `${place.width}px`,
    maxHeight: `${place.maxHeight}px`,
  };
  const titleId = 'tcl-card-title';
  return (
    <div
      ref={ref}
      class="tcl-card"
      role="dialog"
      aria-labelledby={titleId}
      tabIndex={-1}
      data-card={content.type}
      data-side={place.side}
      data-pinned={pinned ? 'true' : 'false'}
      style={style}
      onPointerEnter={onPointerEnter}
      onPointerLeave={onPointerLeave}
    >
      <button type="button" class="tcl-card-close" data-action="close-card" aria-label={t(lang, 'cardClose')} title={t(lang, 'cardClose')} onClick={onClose}>
        ×
      </button>
      {content.type === 'place' ? (
        <PlaceCard lang={lang} c={content} />
      ) : (
        <FindingCard lang={lang} f={content.finding} where={where} onDismiss={onDismiss} onReport={onReport} />
      )}
    </div>
  );
}
