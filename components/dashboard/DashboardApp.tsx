import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { defaultLang, t, type Lang } from '@/utils/i18n';
import { openDatabase, type TclDatabase } from '@/utils/db/database';
import { applyFilter, correctedSince, sortNotes, type DashboardFilter, type SortKey } from '@/utils/dashboard/query';
import { rulesFor } from '@/utils/settings/user-settings';
import { useDashboardData } from './useDashboardData';
import { useDashboardActions } from './useDashboardActions';
import { useUserSettings } from './useUserSettings';
import { useImport } from './useImport';
import { Filters } from './Filters';
import { NotesTable } from './NotesTable';
import { NoteDetail } from './NoteDetail';
import { BulkBar } from './BulkBar';
import { ImportSection } from './ImportSection';
import { Dismissals } from './Dismissals';
import { Settings } from './Settings';

const PAGE_SIZE = 100;

export function DashboardApp({ db: given, initialLang = defaultLang() }: { db?: TclDatabase; initialLang?: Lang }) {
  // One database for the page's life: a default parameter would open a new one on every render,
  // and every subscription would restart with it.
  const [db] = useState(() => given ?? openDatabase());
  const [lang, setLang] = useState<Lang>(initialLang);
  const data = useDashboardData(db);
  const userSettings = useUserSettings(db);
  const actions = useDashboardActions(db, lang, userSettings.settings);
  const importer = useImport(db, lang);
  const [filter, setFilter] = useState<DashboardFilter>({});
  const [sort, setSort] = useState<{ key: SortKey; direction: 'asc' | 'desc' }>({ key: 'updatedAt', direction: 'desc' });
  const [page, setPage] = useState(0);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [openId, setOpenId] = useState<string | null>(null);
  const opener = useRef<HTMLElement | null>(null);

  useEffect(() => {
    void db.settings.get('lang').then((s) => (s?.value === 'en' || s?.value === 'zh-TW' ? setLang(s.value) : undefined)).catch(() => undefined);
  }, [db]);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t(lang, 'dashboardTitle');
  }, [lang]);

  const rules = useMemo(() => rulesFor(userSettings.settings), [userSettings.settings]);
  const corrected = useMemo(() => correctedSince(data.sightings), [data.sightings]);
  const live = useMemo(() => data.notes.filter((n) => !n.deletedAt), [data.notes]);
  const shown = useMemo(() => sortNotes(applyFilter(live, filter, corrected), sort.key, sort.direction), [live, filter, corrected, sort]);
  const tags = useMemo(() => [...new Set(live.flatMap((n) => n.tags))].sort(), [live]);
  const pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const pageNotes = shown.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);
  const chosen = shown.filter((n) => selected.has(n.id));
  const ids = chosen.map((n) => n.id);
  const openNote = live.find((n) => n.id === openId) ?? null;

  const changeLang = (next: Lang) => {
    setLang(next);
    void db.settings.put({ key: 'lang', value: next, updatedAt: Date.now() }).catch(() => undefined);
  };
  const closeDetail = () => {
    setOpenId(null);
    // Back to the row the user came from (found again by id: the table may have re-rendered).
    const back = openId ? document.querySelector<HTMLElement>(`tr[data-note-id="${CSS.escape(openId)}"] [data-action="open-note"]`) : null;
    (back ?? opener.current)?.focus();
  };

  return (
    <main class="dashboard" data-loaded={data.loaded ? 'true' : 'false'}>
      <header>
        <h1>{t(lang, 'dashboardTitle')}</h1>
        <p>{t(lang, 'dashboardIntro')}</p>
      </header>
      <Filters lang={lang} filter={filter} tags={tags} onChange={(f) => (setFilter(f), setPage(0))} />
      <div class="toolbar">
        <span class="count" data-shown={shown.length} role="status">
          {t(lang, 'shownCount', shown.length, live.length)}
        </span>
        <BulkBar
          lang={lang}
          count={chosen.length}
          tags={tags}
          onStatus={(s) => void actions.setStatus(ids, s)}
          onTag={(tag) => void actions.addTag(ids, tag)}
          onDelete={() => (void actions.remove(ids), setSelected(new Set()))}
          onExport={() => void actions.exportBackup(chosen)}
          onClear={() => setSelected(new Set())}
        />
      </div>
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
      {shown.length === 0 && data.loaded ? <p class="muted-dark">{t(lang, 'noNotes')}</p> : null}
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
        onOpen={(id, el) => ((opener.current = el), setOpenId(id))}
      />
      {pages > 1 ? (
        <nav class="pager" aria-label={t(lang, 'pageOf', current + 1, pages)}>
          <button type="button" disabled={current === 0} onClick={() => setPage(current - 1)}>
            {t(lang, 'pagePrev')}
          </button>{' '}
          {t(lang, 'pageOf', current + 1, pages)}{' '}
          <button type="button" disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
            {t(lang, 'pageNext')}
          </button>
        </nav>
      ) : null}
      {openNote ? (
        <NoteDetail lang={lang} db={db} note={openNote} rules={rules} tags={tags} sightings={data.sightings} corrected={corrected(openNote)} onClose={closeDetail} />
      ) : null}
      <section class="files" aria-labelledby="export-heading">
        <h2 id="export-heading">{t(lang, 'exportHeading')}</h2>
        <p class="muted-dark">{t(lang, 'exportScope')}</p>
        <div class="buttons">
          <button type="button" data-action="export-csv" onClick={() => void actions.exportCsv(shown, corrected)}>
            {t(lang, 'exportCsv')}
          </button>
          <button type="button" data-action="export-report" onClick={() => void actions.exportReport(shown)}>
            {t(lang, 'exportReport')}
          </button>
          <button type="button" data-action="export-docx" onClick={() => void actions.exportDocx(shown)}>
            {t(lang, 'exportDocx')}
          </button>
          <button type="button" data-action="export-backup" onClick={() => void actions.exportBackup(null)}>
            {t(lang, 'exportBackup')}
          </button>
          <button type="button" data-action="export-backup-zip" onClick={() => void actions.exportBackupZip()}>
            {t(lang, 'exportBackupZip')}
          </button>
        </div>
        <h2 id="import-heading">{t(lang, 'importHeading')}</h2>
        <ImportSection lang={lang} importer={importer} />
      </section>
      <Dismissals lang={lang} db={db} rules={rules} onRestored={(text) => actions.setMessage({ kind: 'info', text })} />
      <Settings lang={lang} db={db} onLang={changeLang} userSettings={userSettings} />
    </main>
  );
}
