import { t, type Lang } from '@/utils/i18n';
import type { CardContent, FindingView } from '@/utils/page/views';
import { Evidence, MembershipFacts } from '../common/Sources';

export interface HoverCardProps {
  lang: Lang;
  /** the hovered text's box, in viewport coordinates */
  at: { left: number; top: number; bottom: number };
  content: CardContent;
  onDismiss: (finding: FindingView, scope: 'page' | 'everywhere') => void;
  onReport: (finding: FindingView) => void;
  onPointerEnter: () => void;
  onPointerLeave: () => void;
}

const CARD_WIDTH = 320;

function PlaceCard({ lang, c }: { lang: Lang; c: Extract<CardContent, { type: 'place' }> }) {
  return (
    <>
      <div class="tcl-card-kicker">{t(lang, 'cardPlace')}</div>
      <h3 class="tcl-card-title">{c.name}</h3>
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

function FindingCard({ lang, f, onDismiss, onReport }: { lang: Lang; f: FindingView; onDismiss: HoverCardProps['onDismiss']; onReport: HoverCardProps['onReport'] }) {
  return (
    <>
      <div class={`tcl-card-kicker tcl-sev tcl-sev-${f.severity}`}>{f.severityLabel}</div>
      <h3 class="tcl-card-title">“{f.quote}”</h3>
      <p class="tcl-card-explanation">{f.explanation}</p>
      <p class="tcl-card-suggestion">
        {t(lang, 'cardSuggestion')}: <strong>{f.suggestion}</strong>
      </p>
      {f.confidence < 1 ? (
        <p class="tcl-card-confidence">
          {t(lang, 'cardConfidence')}: {Math.round(f.confidence * 100)}%
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

export function HoverCard({ lang, at, content, onDismiss, onReport, onPointerEnter, onPointerLeave }: HoverCardProps) {
  const left = Math.max(8, Math.min(at.left, window.innerWidth - CARD_WIDTH - 8));
  const below = at.bottom + 6;
  // Preact 11 appends no unit to numbers: every length is written with its px.
  const style = below + 220 < window.innerHeight ? { left: `${left}px`, top: `${below}px` } : { left: `${left}px`, bottom: `${window.innerHeight - at.top + 6}px` };
  return (
    <div
      class="tcl-card"
      role="dialog"
      aria-label={content.type === 'place' ? content.name : content.finding.quote}
      data-card={content.type}
      style={{ ...style, width: `${CARD_WIDTH}px` }}
      onPointerEnter={onPointerEnter}
      onPointerLeave={onPointerLeave}
    >
      {content.type === 'place' ? (
        <PlaceCard lang={lang} c={content} />
      ) : (
        <FindingCard lang={lang} f={content.finding} onDismiss={onDismiss} onReport={onReport} />
      )}
    </div>
  );
}
