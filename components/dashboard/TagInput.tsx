import { useState } from 'preact/hooks';
import { t, type Lang } from '@/utils/i18n';

interface Props {
  lang: Lang;
  id: string;
  label: string;
  tags: string[];
  /** existing tags, offered as the user types */
  suggestions: string[];
  onChange: (tags: string[]) => void;
}

/** Tags as removable chips and a text field with suggestions from the tags in use; Enter or comma adds. */
export function TagInput({ lang, id, label, tags, suggestions, onChange }: Props) {
  const [text, setText] = useState('');
  const add = () => {
    const tag = text.trim().replace(/,$/, '').trim();
    if (tag && !tags.includes(tag)) onChange([...tags, tag]);
    setText('');
  };
  return (
    <div class="tag-input">
      <label for={id}>{label}</label>
      <ul class="chips" aria-label={label}>
        {tags.map((tag) => (
          <li key={tag} class="chip">
            {tag}
            <button type="button" class="chip-remove" aria-label={t(lang, 'tagRemove', tag)} onClick={() => onChange(tags.filter((x) => x !== tag))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <div class="row">
        <input
          id={id}
          type="text"
          list={`${id}-suggestions`}
          value={text}
          placeholder={t(lang, 'tagPlaceholder')}
          onInput={(e) => {
            const value = e.currentTarget.value;
            if (value.endsWith(',') || value.endsWith('、')) {
              const tag = value.slice(0, -1).trim();
              if (tag && !tags.includes(tag)) onChange([...tags, tag]);
              setText('');
            } else setText(value);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        />
        <datalist id={`${id}-suggestions`}>
          {suggestions
            .filter((s) => !tags.includes(s))
            .map((s) => (
              <option value={s} key={s} />
            ))}
        </datalist>
        <button type="button" data-action="tag-add" disabled={text.trim() === ''} onClick={add}>
          {t(lang, 'tagAdd')}
        </button>
      </div>
    </div>
  );
}
