import { useEffect, useRef, useState } from 'preact/hooks';
import { t, type Lang } from '@/utils/i18n';
import type { TclDatabase } from '@/utils/db/database';
import type { Note } from '@/utils/db/types';
import { evidenceFor } from '@/utils/db/evidence';
import { quoteOf } from '@/utils/export/csv';
import { textFragmentUrl } from '@/utils/dashboard/query';

/** One note with its screenshots full size and a link to the passage (a text fragment works without us). */
export function NoteDetail({ lang, db, note, onClose }: { lang: Lang; db: TclDatabase; note: Note; onClose: () => void }) {
  const [images, setImages] = useState<string[]>([]);
  const shown = useRef<string[]>([]);
  useEffect(() => {
    let live = true;
    evidenceFor(db, note.id)
      .then((list) => {
        if (!live) return;
        // The old URLs are revoked only once the new ones are on screen: never a broken image.
        const old = shown.current;
        shown.current = list.map((e) => URL.createObjectURL(e.image));
        setImages(shown.current);
        setTimeout(() => old.forEach((u) => URL.revokeObjectURL(u)), 0);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [db, note.id, note.evidenceIds.length]);
  useEffect(() => () => shown.current.forEach((u) => URL.revokeObjectURL(u)), []);
  const href = /^https?:\/\//i.test(note.url) ? textFragmentUrl(note) : null;
  return (
    <aside class="detail" aria-label={note.title} data-note-id={note.id}>
      <button type="button" class="close" onClick={onClose}>
        {t(lang, 'close')}
      </button>
      <h2>{note.title || note.url}</h2>
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer" class="open-page">
          {t(lang, 'openPage')}
        </a>
      ) : null}
      {quoteOf(note) ? <blockquote>{quoteOf(note)}</blockquote> : null}
      <p class="body">{note.body}</p>
      <h3>{t(lang, 'evidenceHeading')}</h3>
      {images.length === 0 ? <p class="muted">{t(lang, 'noteNoScreenshot')}</p> : null}
      {images.map((src) => (
        <img src={src} alt={t(lang, 'noteScreenshot')} key={src} class="evidence" />
      ))}
    </aside>
  );
}
