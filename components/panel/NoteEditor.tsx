import { useEffect, useRef, useState } from 'preact/hooks';
import { t, type Lang, type MessageKey } from '@/utils/i18n';
import type { NoteDraft } from '@/utils/page/views';
import { KIND_KEYS, STATUS_KEYS } from './labels';

interface Props {
  lang: Lang;
  mode: 'create' | 'edit';
  draft: NoteDraft;
  saving: boolean;
  error: string | null;
  /** the note as saved elsewhere since this edit began: keep mine or theirs */
  conflict?: NoteDraft | null;
  /** the text came back from a kept draft, typed at this time */
  restoredAt?: number | null;
  /** the extension was reloaded or updated: saving cannot work here any more */
  invalidated?: boolean;
  onSave: (draft: NoteDraft) => void;
  onCancel: () => void;
  /** every change, so the text is kept as a draft while it is typed */
  onDraftChange?: (draft: NoteDraft) => void;
  onKeepMine?: (draft: NoteDraft) => void;
  onKeepTheirs?: () => void;
}

interface ChoiceProps {
  lang: Lang;
  label: MessageKey;
  name: string;
  value: string;
  options: Record<string, MessageKey>;
  disabled?: boolean | undefined;
  onChange: (value: string) => void;
}

function Choice({ lang, label, name, value, options, disabled, onChange }: ChoiceProps) {
  return (
    <label>
      {t(lang, label)}
      <select name={name} value={value} disabled={disabled} onChange={(e) => onChange(e.currentTarget.value)}>
        {Object.entries(options).map(([v, key]) => (
          <option value={v} key={v}>
            {t(lang, key)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The editor keeps its own copy of what is typed, so a failed save loses nothing. */
export function NoteEditor({ lang, mode, draft, saving, error, conflict, restoredAt, invalidated, onSave, onCancel, onDraftChange, onKeepMine, onKeepTheirs }: Props) {
  const [d, setD] = useState<NoteDraft>(draft);
  const set = (patch: Partial<NoteDraft>) => {
    const next = { ...d, ...patch };
    setD(next);
    onDraftChange?.(next);
  };
  const text = useRef<HTMLTextAreaElement>(null);
  // The editor takes focus: a person can type at once.
  useEffect(() => text.current?.focus({ preventScroll: false }), []);
  // A conflict needs a decision: the whole notice (what happened, the other text, the choice) is
  // brought into view from its top, and the choice takes focus.
  const keepMine = useRef<HTMLButtonElement>(null);
  const notice = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!conflict) return;
    notice.current?.scrollIntoView?.({ block: 'start' });
    keepMine.current?.focus({ preventScroll: true });
  }, [conflict]);
  return (
    <form
      class="tcl-editor"
      data-mode={mode}
      onSubmit={(e) => {
        e.preventDefault();
        onSave(d);
      }}
    >
      <h3>{t(lang, mode === 'edit' ? 'noteEdit' : 'noteNew')}</h3>
      {d.quote ? (
        <blockquote class="tcl-quote">
          <q>{d.quote}</q>
        </blockquote>
      ) : (
        <p class="tcl-empty">{t(lang, 'notePageNote')}</p>
      )}
      {d.finding ? (
        <div class="tcl-editor-finding" data-from-finding="true">
          <span class={`tcl-sev tcl-sev-${d.severity ?? 'medium'}`}>{d.finding.severityLabel}</span>
          <p>{d.finding.explanation}</p>
          <p>
            {t(lang, 'cardSuggestion')}
            {lang === 'en' ? ': ' : '：'}
            <strong>{d.finding.suggestion}</strong>
          </p>
        </div>
      ) : null}
      {/* What the user must decide or know comes first, above the fields. */}
      {restoredAt && !invalidated ? (
        <p class="tcl-notice" role="status" data-restored="true">
          {t(lang, 'noteDraftRestored', new Date(restoredAt).toLocaleString(lang === 'en' ? 'en-GB' : 'zh-TW'))}
        </p>
      ) : null}
      {invalidated ? (
        <p class="tcl-error" role="alert" data-invalidated="true">
          {t(lang, 'noteExtensionReloaded')}
        </p>
      ) : null}
      {conflict ? (
        <div class="tcl-conflict" role="alert" ref={notice}>
          <p>{t(lang, 'noteConflict')}</p>
          <p class="tcl-conflict-label">{t(lang, 'noteConflictTheirs')}</p>
          <blockquote class="tcl-quote tcl-theirs">{conflict.body || '—'}</blockquote>
          <div class="tcl-card-actions">
            <button ref={keepMine} type="button" class="tcl-small tcl-primary" data-action="keep-mine" onClick={() => onKeepMine?.(d)}>
              {t(lang, 'noteKeepMine')}
            </button>
            <button type="button" class="tcl-small" data-action="keep-theirs" onClick={() => onKeepTheirs?.()}>
              {t(lang, 'noteKeepTheirs')}
            </button>
          </div>
        </div>
      ) : null}
      <Choice lang={lang} label="noteKind" name="kind" value={d.kind} options={KIND_KEYS} disabled={invalidated} onChange={(kind) => set({ kind: kind as NoteDraft['kind'] })} />
      <Choice lang={lang} label="noteStatus" name="status" value={d.status} options={STATUS_KEYS} disabled={invalidated} onChange={(status) => set({ status: status as NoteDraft['status'] })} />
      <label>
        {t(lang, 'noteBody')}
        <textarea ref={text} name="body" rows={4} value={d.body} readOnly={invalidated} onInput={(e) => set({ body: e.currentTarget.value })} />
      </label>
      <label>
        {t(lang, 'noteTags')}
        <input name="tags" value={d.tags} readOnly={invalidated} onInput={(e) => set({ tags: e.currentTarget.value })} />
      </label>
      {error ? (
        <p class="tcl-error" role="alert">
          {t(lang, 'actionFailed', error)}
        </p>
      ) : null}
      <div class="tcl-card-actions">
        <button type="submit" class="tcl-small tcl-primary" data-action="save" disabled={saving || invalidated || Boolean(conflict)}>
          {t(lang, 'noteSave')}
        </button>
        <button type="button" class="tcl-small" data-action="cancel" onClick={onCancel}>
          {t(lang, 'noteCancel')}
        </button>
      </div>
    </form>
  );
}
