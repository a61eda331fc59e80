import { useState } from 'preact/hooks';
import { t, type Lang } from '@/utils/i18n';
import type { NoteDraft } from '@/utils/page/views';
import { KIND_KEYS, STATUS_KEYS } from './labels';

interface Props {
  lang: Lang;
  mode: 'create' | 'edit';
  draft: NoteDraft;
  saving: boolean;
  error: string | null;
  onSave: (draft: NoteDraft) => void;
  onCancel: () => void;
}

/** The editor keeps its own copy of what is typed, so a failed save loses nothing. */
export function NoteEditor({ lang, mode, draft, saving, error, onSave, onCancel }: Props) {
  const [d, setD] = useState<NoteDraft>(draft);
  const set = (patch: Partial<NoteDraft>) => setD({ ...d, ...patch });
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
      {d.quote ? <blockquote class="tcl-quote">“{d.quote}”</blockquote> : <p class="tcl-empty">{t(lang, 'notePageNote')}</p>}
      <label>
        {t(lang, 'noteKind')}
        <select name="kind" value={d.kind} onChange={(e) => set({ kind: e.currentTarget.value as NoteDraft['kind'] })}>
          {Object.entries(KIND_KEYS).map(([value, key]) => (
            <option value={value} key={value}>
              {t(lang, key)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t(lang, 'noteStatus')}
        <select name="status" value={d.status} onChange={(e) => set({ status: e.currentTarget.value as NoteDraft['status'] })}>
          {Object.entries(STATUS_KEYS).map(([value, key]) => (
            <option value={value} key={value}>
              {t(lang, key)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t(lang, 'noteBody')}
        <textarea name="body" rows={4} value={d.body} onInput={(e) => set({ body: e.currentTarget.value })} />
      </label>
      <label>
        {t(lang, 'noteTags')}
        <input name="tags" value={d.tags} onInput={(e) => set({ tags: e.currentTarget.value })} />
      </label>
      {error ? (
        <p class="tcl-error" role="alert">
          {t(lang, 'actionFailed', error)}
        </p>
      ) : null}
      <div class="tcl-card-actions">
        <button type="submit" class="tcl-small tcl-primary" data-action="save" disabled={saving}>
          {t(lang, 'noteSave')}
        </button>
        <button type="button" class="tcl-small" data-action="cancel" onClick={onCancel}>
          {t(lang, 'noteCancel')}
        </button>
      </div>
    </form>
  );
}
