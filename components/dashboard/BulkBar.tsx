import { useState } from 'preact/hooks';
import { t, type Lang } from '@/utils/i18n';
import { NOTE_STATUSES, STATUS_LABELS, type NoteStatus } from '@/utils/db/vocab';

interface Props {
  lang: Lang;
  count: number;
  tags: string[];
  onStatus: (s: NoteStatus) => void;
  onTag: (tag: string) => void;
  onDelete: () => void;
  onExport: () => void;
  onClear: () => void;
}

/** What can be done to the selected notes, with how many are selected. */
export function BulkBar({ lang, count, tags, onStatus, onTag, onDelete, onExport, onClear }: Props) {
  const [tag, setTag] = useState('');
  if (count === 0) return null;
  const addTag = () => {
    if (tag.trim()) onTag(tag.trim());
    setTag('');
  };
  return (
    <div class="bulk" role="group" aria-label={t(lang, 'selectedCount', count)}>
      <strong class="selected-count" aria-live="polite">
        {t(lang, 'selectedCount', count)}
      </strong>
      <select name="bulk-status" aria-label={t(lang, 'bulkStatus')} value="" onChange={(e) => e.currentTarget.value && onStatus(e.currentTarget.value as NoteStatus)}>
        <option value="">{t(lang, 'bulkStatus')}…</option>
        {NOTE_STATUSES.map((s) => (
          <option value={s} key={s}>
            {t(lang, STATUS_LABELS[s])}
          </option>
        ))}
      </select>
      <span class="bulk-tag">
        <input
          name="bulk-tag"
          list="bulk-tag-suggestions"
          aria-label={t(lang, 'bulkTagLabel')}
          placeholder={t(lang, 'bulkTagLabel')}
          value={tag}
          onInput={(e) => setTag(e.currentTarget.value)}
          onKeyDown={(e) => e.key === 'Enter' && (e.preventDefault(), addTag())}
        />
        <datalist id="bulk-tag-suggestions">
          {tags.map((x) => (
            <option value={x} key={x} />
          ))}
        </datalist>
        <button type="button" data-action="bulk-tag" disabled={tag.trim() === ''} onClick={addTag}>
          {t(lang, 'bulkTag')}
        </button>
      </span>
      <button type="button" data-action="bulk-export" onClick={onExport}>
        {t(lang, 'bulkExport')}
      </button>
      <button type="button" class="danger" data-action="bulk-delete" onClick={onDelete}>
        {t(lang, 'bulkDelete')}
      </button>
      <button type="button" class="plain" data-action="clear-selection" onClick={onClear}>
        {t(lang, 'clearSelection')}
      </button>
    </div>
  );
}
