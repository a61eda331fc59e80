import { useEffect, useMemo, useState } from 'preact/hooks';
import { defaultLang, t, type Lang } from '@/utils/i18n';
import { openDatabase, type TclDatabase } from '@/utils/db/database';
import type { NoteStatus } from '@/utils/db/types';
import { applyFilter, correctedSince, sortNotes, type DashboardFilter, type SortKey } from '@/utils/dashboard/query';
import { useDashboardData } from './useDashboardData';
import { useDashboardActions } from './useDashboardActions';
import { Filters } from './Filters';
import { NotesTable } from './NotesTable';
import { NoteDetail } from './NoteDetail';
import { Settings } from './Settings';
import { STATUS_KEYS } from '../panel/labels';

const PAGE_SIZE = 100;

export function DashboardApp({ db = openDatabase(), initialLang = defaultLang() }: { db?: TclDatabase; initialLang?: Lang }) {
  const [lang, setLang] = useState<Lang>(initialLang);
  const data = useDashboardData(db);
  const actions = useDashboardActions(db, lang);
  const [filter, setFilter] = useState<DashboardFilter>({});
  const [sort, setSort] = useState<{ key: SortKey; direction: 'asc' | 'desc' }>({ key: 'updatedAt', direction: 'desc' });
  const [page, setPage] = useState(0);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [openId, setOpenId] = useState<string | null>(null);

  useEffect(() => {
    void db.settings.get('lang').then((s) => (s?.value === 'en' || s?.value === 'zh-TW' ? setLang(s.value) : undefined)).catch(() => undefined);
  }, [db]);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t(lang, 'dashboardTitle');
  }, [lang]);

  const corrected = useMemo(() => correctedSince(data.sightings), [data.sightings]);
  const live = useMemo(() => data.notes.filter((n) => !n.deletedAt), [data.notes]);
  const shown = useMemo(() => sortNotes(applyFilter(live, filter, corrected), sort.key, sort.direction), [live, filter, corrected, sort]);
  const tags = useMemo(() => [...new Set(live.flatMap((n) => n.tags))].sort(), [live]);
  const pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const pageNotes = shown.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);
  const chosen = shown.filter((n) => selected.has(n.id));
  const ids = [...selected];
  const openNote = data.notes.find((n) => n.id === openId) ?? null;

  const changeLang = (next: Lang) => {
    setLang(next);
    void db.settings.put({ key: 'lang', value: next, updatedAt: Date.now() }).catch(() => undefined);
  };

  return (
    <main class="dashboard" data-loaded={data.loaded ? 'true' : 'false'}>
      <header>
        <h1>{t(lang, 'dashboardTitle')}</h1>
        <p>{t(lang, 'dashboardIntro')}</p>
      </header>
      {actions.message ? (
        <p class={`message ${actions.message.kind}`} role={actions.message.kind === 'error' ? 'alert' : 'status'}>
          {actions.message.text}{' '}
          {actions.message.undo ? (
            <button type="button" data-action="undo" onClick={actions.message.undo}>
              {t(lang, 'undo')}
            </button>
          ) : null}
          <button type="button" class="close" aria-label={t(lang, 'close')} onClick={actions.dismissMessage}>
            ×
          </button>
        </p>
      ) : null}
      <Filters lang={lang} filter={filter} tags={tags} onChange={(f) => (setFilter(f), setPage(0))} />
      <div class="toolbar">
        <span class="count" data-shown={shown.length}>
          {t(lang, 'shownCount', shown.length, live.length)}
        </span>
        <span class="bulk" hidden={selected.size === 0}>
          <select name="bulk-status" value="" onChange={(e) => e.currentTarget.value && void actions.setStatus(ids, e.currentTarget.value as NoteStatus)}>
            <option value="">{t(lang, 'bulkStatus')}</option>
            {Object.entries(STATUS_KEYS).map(([v, k]) => (
              <option value={v} key={v}>
                {t(lang, k)}
              </option>
            ))}
          </select>
          <button
            type="button"
            data-action="bulk-tag"
            onClick={() => {
              const tag = prompt(t(lang, 'bulkTag'))?.trim();
              if (tag) void actions.addTag(ids, tag);
            }}
          >
            {t(lang, 'bulkTag')}
          </button>
          <button type="button" data-action="bulk-delete" onClick={() => (void actions.remove(ids), setSelected(new Set()))}>
            {t(lang, 'bulkDelete')}
          </button>
          <button type="button" data-action="bulk-export" onClick={() => void actions.exportBackup(chosen)}>
            {t(lang, 'bulkExport')}
          </button>
        </span>
      </div>
      {shown.length === 0 && data.loaded ? <p class="muted">{t(lang, 'noNotes')}</p> : null}
      <NotesTable
        lang={lang}
        notes={pageNotes}
        sort={sort}
        selected={selected}
        corrected={corrected}
        onSort={(key) => setSort((s) => ({ key, direction: s.key === key && s.direction === 'desc' ? 'asc' : 'desc' }))}
        onSelect={(list, on) =>
          setSelected((s) => {
            const next = new Set(s);
            for (const id of list) on ? next.add(id) : next.delete(id);
            return next;
          })
        }
        onOpen={setOpenId}
      />
      {pages > 1 ? (
        <nav class="pager">
          <button type="button" disabled={current === 0} onClick={() => setPage(current - 1)}>
            {t(lang, 'pagePrev')}
          </button>{' '}
          {t(lang, 'pageOf', current + 1, pages)}{' '}
          <button type="button" disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
            {t(lang, 'pageNext')}
          </button>
        </nav>
      ) : null}
      {openNote ? <NoteDetail lang={lang} db={db} note={openNote} onClose={() => setOpenId(null)} /> : null}
      <section class="files">
        <h2>{t(lang, 'exportHeading')}</h2>
        <p class="muted">{t(lang, 'exportScope')}</p>
        <button type="button" data-action="export-csv" onClick={() => actions.exportCsv(shown, corrected)}>
          {t(lang, 'exportCsv')}
        </button>{' '}
        <button type="button" data-action="export-report" onClick={() => void actions.exportReport(shown)}>
          {t(lang, 'exportReport')}
        </button>{' '}
        <button type="button" data-action="export-backup" onClick={() => void actions.exportBackup(null)}>
          {t(lang, 'exportBackup')}
        </button>{' '}
        <button type="button" data-action="export-backup-zip" onClick={() => void actions.exportBackupZip()}>
          {t(lang, 'exportBackupZip')}
        </button>
        <h2>{t(lang, 'importHeading')}</h2>
        <input
          type="file"
          name="import"
          accept=".json,.zip,application/json,application/zip"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) void actions.importFile(file);
            e.currentTarget.value = '';
          }}
        />
      </section>
      <Settings lang={lang} db={db} onLang={changeLang} />
    </main>
  );
}
