import { useEffect, useRef, useState } from 'preact/hooks';
import { t, type Lang } from '@/utils/i18n';
import type { TclDatabase } from '@/utils/db/database';
import type { Evidence, FindingSighting, Note } from '@/utils/db/types';
import { NOTE_KINDS, NOTE_STATUSES, SEVERITIES, KIND_LABELS, SEVERITY_LABELS, STATUS_LABELS, type Severity } from '@/utils/db/vocab';
import { evidenceFor } from '@/utils/db/evidence';
import { revOf, updateNote } from '@/utils/db/notes';
import { VISIT_RULE } from '@/utils/db/findings-log';
import type { Rule } from '@/utils/naming/rules';
import { PLACES } from '@/utils/places/data';
import { localTime, placeName, quoteOf, ruleName, shown, utcTime } from '@/utils/export/labels';
import { textFragmentUrl } from '@/utils/dashboard/query';
import { TagInput } from './TagInput';

interface Props {
  lang: Lang;
  db: TclDatabase;
  note: Note;
  rules: readonly Rule[];
  tags: string[];
  sightings: readonly FindingSighting[];
  corrected: number | null;
  onClose: () => void;
}

type Draft = Pick<Note, 'body' | 'status' | 'severity' | 'kind' | 'tags' | 'places'>;
const draftOf = (n: Note): Draft => ({ body: n.body, status: n.status, severity: n.severity, kind: n.kind, tags: n.tags, places: n.places });

function Screenshots({ lang, db, note }: { lang: Lang; db: TclDatabase; note: Note }) {
  const [shots, setShots] = useState<{ e: Evidence; src: string }[]>([]);
  const current = useRef<string[]>([]);
  useEffect(() => {
    let live = true;
    evidenceFor(db, note.id)
      .then((list) => {
        if (!live) return;
        // The old URLs are revoked only once the new ones are on screen: never a broken image.
        const old = current.current;
        const next = [...list].sort((a, b) => b.capturedAt - a.capturedAt).map((e) => ({ e, src: URL.createObjectURL(e.image) }));
        current.current = next.map((s) => s.src);
        setShots(next);
        setTimeout(() => old.forEach((u) => URL.revokeObjectURL(u)), 0);
      })
      .catch(() => setShots([]));
    return () => {
      live = false;
    };
  }, [db, note.id, note.evidenceIds.length]);
  useEffect(() => () => current.current.forEach((u) => URL.revokeObjectURL(u)), []);
  if (shots.length === 0) return <p class="muted">{t(lang, 'noteNoScreenshot')}</p>;
  return (
    <>
      {shots.map(({ e, src }) => {
        const caption = t(lang, 'evidenceCaption', localTime(e.capturedAt, lang), utcTime(e.capturedAt), shown(e.url));
        return (
          <figure key={e.id} class="evidence">
            <img src={src} alt={caption} class="evidence" />
            <figcaption>{caption}</figcaption>
          </figure>
        );
      })}
    </>
  );
}

/** One note, editable where it is read: text, kind, status, severity, tags and places; its evidence and history. */
export function NoteDetail({ lang, db, note, rules, tags, sightings, corrected, onClose }: Props) {
  const [draft, setDraft] = useState<Draft>(draftOf(note));
  // The revision the edit began from: a save over a note written elsewhere since is a conflict.
  const [base, setBase] = useState(revOf(note));
  const [status, setStatus] = useState<{ kind: 'saved' | 'error'; text: string } | { kind: 'conflict'; current: Note } | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // What the draft was when it last matched the database: a change made elsewhere shows at once
  // while nothing is typed here; with typing, saving tells of the conflict.
  const lastSaved = useRef<Draft>(draftOf(note));
  useEffect(() => {
    setDraft(draftOf(note));
    setBase(revOf(note));
    lastSaved.current = draftOf(note);
    setStatus(null);
    heading.current?.focus();
  }, [note.id]);
  useEffect(() => {
    if (revOf(note) === base) return;
    if (JSON.stringify(draft) === JSON.stringify(lastSaved.current)) {
      setDraft(draftOf(note));
      setBase(revOf(note));
      lastSaved.current = draftOf(note);
    }
  }, [note]);
  // Escape closes from anywhere on the page, also when focus fell to the body (a disabled button).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) {
        e.preventDefault();
        onClose();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);
  const set = (patch: Partial<Draft>) => (setDraft({ ...draft, ...patch }), setStatus(null));
  const dirty = JSON.stringify(draft) !== JSON.stringify(draftOf(note));
  const save = async (from: number = base) => {
    const { severity, ...rest } = draft;
    const result = await updateNote(db, note.id, severity ? { ...rest, severity } : { ...rest, severity: undefined }, {}, from);
    if (result.ok) {
      setBase(revOf(result.value));
      lastSaved.current = draft;
      setStatus({ kind: 'saved', text: t(lang, 'detailSaved') });
    } else if (result.error.kind === 'conflict' && result.error.current) setStatus({ kind: 'conflict', current: result.error.current });
    else setStatus({ kind: 'error', text: t(lang, 'actionFailed', result.error.message) });
  };
  const href = /^https?:\/\//i.test(note.url) ? textFragmentUrl(note) : null;
  const rule = rules.find((r) => r.id === note.ruleId);
  const quote = quoteOf(note);
  const seen = sightings.find((s) => s.url === note.url && s.ruleId === note.ruleId && s.quote === quote);
  const visited = sightings.find((s) => s.url === note.url && s.ruleId === VISIT_RULE);
  const id = (name: string) => `detail-${name}`;
  return (
    <div
      class="detail"
      role="dialog"
      aria-labelledby={id('heading')}
      data-note-id={note.id}
    >
      <div class="detail-head">
        <h2 id={id('heading')} tabIndex={-1} ref={heading}>
          {shown(note.title || note.url)}
        </h2>
        <button type="button" class="close" data-action="close-detail" onClick={onClose}>
          {t(lang, 'closeDetail')}
        </button>
      </div>
      <p class="url">{shown(note.url)}</p>
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer" class="open-page">
          {t(lang, 'openPage')}
        </a>
      ) : null}
      {quote ? <blockquote>{shown(quote)}</blockquote> : null}
      {note.ruleId ? (
        <dl class="rule">
          <dt>{t(lang, 'detailRule')}</dt>
          <dd>{ruleName(note.ruleId, lang, rules)}</dd>
          {rule ? (
            <>
              <dt>{t(lang, 'detailExplanation')}</dt>
              <dd>{rule.explanation[lang]}</dd>
            </>
          ) : null}
          <dt>{t(lang, 'cardSuggestion')}</dt>
          <dd>
            <strong>{note.suggestion ?? rule?.suggestion[lang] ?? ''}</strong>
          </dd>
        </dl>
      ) : null}

      <form
        class="editor"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <label for={id('body')}>{t(lang, 'noteBody')}</label>
        <textarea id={id('body')} name="body" rows={5} value={draft.body} onInput={(e) => set({ body: e.currentTarget.value })} />
        <div class="fields">
          <label>
            {t(lang, 'noteKind')}
            <select name="kind" value={draft.kind} onChange={(e) => set({ kind: e.currentTarget.value as Note['kind'] })}>
              {NOTE_KINDS.map((k) => (
                <option value={k} key={k}>
                  {t(lang, KIND_LABELS[k])}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t(lang, 'noteStatus')}
            <select name="status" value={draft.status} onChange={(e) => set({ status: e.currentTarget.value as Note['status'] })}>
              {NOTE_STATUSES.map((s) => (
                <option value={s} key={s}>
                  {t(lang, STATUS_LABELS[s])}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t(lang, 'colSeverity')}
            <select name="severity" value={draft.severity ?? ''} onChange={(e) => set({ severity: (e.currentTarget.value || undefined) as Severity | undefined })}>
              <option value="">—</option>
              {SEVERITIES.map((s) => (
                <option value={s} key={s}>
                  {t(lang, SEVERITY_LABELS[s])}
                </option>
              ))}
            </select>
          </label>
        </div>
        <TagInput lang={lang} id={id('tags')} label={t(lang, 'colTags')} tags={draft.tags} suggestions={tags} onChange={(next) => set({ tags: next })} />
        <div class="places">
          <span id={id('places')}>{t(lang, 'colPlaces')}</span>
          <ul class="chips" aria-labelledby={id('places')}>
            {draft.places.map((p) => (
              <li key={p} class="chip">
                {placeName(p, lang)}
                <button type="button" class="chip-remove" aria-label={t(lang, 'placeRemove', placeName(p, lang))} onClick={() => set({ places: draft.places.filter((x) => x !== p) })}>
                  ×
                </button>
              </li>
            ))}
          </ul>
          <select
            name="add-place"
            aria-label={t(lang, 'placeAdd')}
            value=""
            onChange={(e) => {
              const value = e.currentTarget.value;
              if (value && !draft.places.includes(value)) set({ places: [...draft.places, value] });
              e.currentTarget.value = '';
            }}
          >
            <option value="">{t(lang, 'placeAdd')}…</option>
            {PLACES.filter((p) => !draft.places.includes(p.id)).map((p) => (
              <option value={p.id} key={p.id}>
                {p.names[lang]}
              </option>
            ))}
          </select>
        </div>
        <div class="actions">
          <button type="submit" class="primary" data-action="detail-save" disabled={!dirty}>
            {t(lang, 'noteSave')}
          </button>
          {status && status.kind !== 'conflict' ? (
            <span class={`save-status ${status.kind}`} role={status.kind === 'error' ? 'alert' : 'status'}>
              {status.text}
            </span>
          ) : null}
        </div>
        {status?.kind === 'conflict' ? (
          <div class="conflict" role="alert">
            <p>{t(lang, 'noteConflict')}</p>
            <p>
              <strong>{t(lang, 'noteConflictTheirs')}</strong>
            </p>
            <blockquote>{status.current.body}</blockquote>
            <button type="button" class="primary" data-action="keep-mine" onClick={() => void save(revOf(status.current))}>
              {t(lang, 'noteKeepMine')}
            </button>{' '}
            <button
              type="button"
              data-action="keep-theirs"
              onClick={() => {
                setDraft(draftOf(status.current));
                setBase(revOf(status.current));
                lastSaved.current = draftOf(status.current);
                setStatus(null);
              }}
            >
              {t(lang, 'noteKeepTheirs')}
            </button>
          </div>
        ) : null}
      </form>
      <p class="muted small">{t(lang, 'detailCreated', localTime(note.createdAt, lang), localTime(note.updatedAt, lang))}</p>

      <h3>{t(lang, 'evidenceHeading')}</h3>
      <Screenshots lang={lang} db={db} note={note} />

      {note.kind === 'naming-concern' && note.ruleId ? (
        <>
          <h3>{t(lang, 'detailHistory')}</h3>
          {corrected !== null ? <p class="corrected">{t(lang, 'notePossiblyCorrected', localTime(corrected, lang))}</p> : null}
          {seen || visited ? (
            <ul class="history">
              {seen ? <li>{t(lang, 'historyFirstSeen', localTime(seen.firstSeen, lang))}</li> : null}
              {seen ? <li>{t(lang, 'historyLastSeen', localTime(seen.lastSeen, lang))}</li> : null}
              {visited ? <li>{t(lang, 'historyVisited', localTime(visited.lastSeen, lang))}</li> : null}
            </ul>
          ) : (
            <p class="muted">{t(lang, 'historyNone')}</p>
          )}
        </>
      ) : null}
    </div>
  );
}
