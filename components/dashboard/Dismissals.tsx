import { useEffect, useState } from 'preact/hooks';
import { liveQuery } from 'dexie';
import { t, type Lang } from '@/utils/i18n';
import type { TclDatabase } from '@/utils/db/database';
import type { Dismissal } from '@/utils/db/types';
import { createDismissalStore } from '@/utils/db/dismissals';
import { quoted, ruleName, shown } from '@/utils/export/labels';
import type { Rule } from '@/utils/naming/rules';

/** Findings dismissed everywhere and on single pages, each restorable. */
export function Dismissals({ lang, db, rules, onRestored }: { lang: Lang; db: TclDatabase; rules: readonly Rule[]; onRestored: (text: string) => void }) {
  const [list, setList] = useState<Dismissal[]>([]);
  useEffect(() => {
    const sub = liveQuery(() => db.dismissals.toArray()).subscribe({ next: (all) => setList(all.filter((d) => !d.deletedAt)), error: () => undefined });
    return () => sub.unsubscribe();
  }, [db]);
  const store = createDismissalStore(db);
  const restore = async (d: Dismissal) => {
    const r = await store.remove(d.id);
    if (r.ok) onRestored(t(lang, 'dismissalRestored', shown(d.quote)));
  };
  const item = (d: Dismissal) => (
    <li key={d.id} data-dismissal={d.id}>
      <span class="quote">{quoted(shown(d.quote), lang)}</span> <span class="muted-dark">· {ruleName(d.ruleId, lang, rules)}</span>
      {d.url ? <span class="url"> · {shown(d.url)}</span> : null}{' '}
      <button type="button" data-action="restore-dismissal" onClick={() => void restore(d)}>
        {t(lang, 'restore')}
      </button>
    </li>
  );
  const everywhere = list.filter((d) => d.url === undefined);
  const onPages = list.filter((d) => d.url !== undefined);
  return (
    <section class="dismissals" aria-labelledby="dismissals-heading">
      <h2 id="dismissals-heading">{t(lang, 'dismissalsHeading')}</h2>
      {list.length === 0 ? <p class="muted-dark">{t(lang, 'dismissalsNone')}</p> : null}
      {everywhere.length ? (
        <>
          <h3>{t(lang, 'dismissalsEverywhere')}</h3>
          <ul>{everywhere.map(item)}</ul>
        </>
      ) : null}
      {onPages.length ? (
        <>
          <h3>{t(lang, 'dismissalsOnPages')}</h3>
          <ul>{onPages.map(item)}</ul>
        </>
      ) : null}
    </section>
  );
}
