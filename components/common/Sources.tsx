import { t, type Lang } from '@/utils/i18n';
import type { SourceView } from '@/utils/page/views';

export function Sources({ lang, sources }: { lang: Lang; sources: SourceView[] }) {
  if (sources.length === 0) return null;
  return (
    <div class="tcl-sources">
      {t(lang, 'sources')}:{' '}
      {sources.map((s, i) => (
        <span key={s.label + i}>
          {i > 0 ? '; ' : ''}
          {s.href ? (
            <a href={s.href} target="_blank" rel="noopener noreferrer">
              {s.label}
            </a>
          ) : (
            s.label
          )}
        </span>
      ))}
    </div>
  );
}
