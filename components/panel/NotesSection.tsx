import { t, type Lang } from '@/utils/i18n';
import type { NoteItemView, NotesView } from '@/utils/page/views';
import { KIND_KEYS, STATUS_KEYS } from './labels';
import { NoteEditor } from './NoteEditor';
import { EditorFrame } from './EditorFrame';
import type { EditorLink } from '@/utils/notes/editor-link';

export interface NotesActions {
  onNoteOnSelection: () => void;
  onPageNote: () => void;
  onSave: NonNullable<Parameters<typeof NoteEditor>[0]['onSave']>;
  onCancel: () => void;
  onEdit: (id: string) => void;
  onDelete: (id: string) => void;
  onUndoDelete: () => void;
  onAddScreenshot: (id: string) => void;
  onAllowScreenshots: () => void;
  /** scrolls to the note's passage and flashes it */
  onShow: (id: string) => void;
  onDraftChange?: NonNullable<Parameters<typeof NoteEditor>[0]['onDraftChange']>;
  onKeepMine?: NonNullable<Parameters<typeof NoteEditor>[0]['onKeepMine']>;
  onKeepTheirs?: () => void;
  /** the editor's frame went away (the extension was reloaded, or the page took the frame): true when the extension is gone */
  onEditorLost?: () => Promise<boolean>;
}

const dateOf = (ms: number, lang: Lang) => new Date(ms).toLocaleDateString(lang === 'en' ? 'en-GB' : 'zh-TW');

function NoteItem({ lang, n, blocked, actions }: { lang: Lang; n: NoteItemView; blocked: boolean; actions: NotesActions }) {
  return (
    <li
      class="tcl-note"
      data-note-id={n.id}
      data-kind={n.kind}
      data-orphaned={n.orphaned ? 'true' : 'false'}
      data-possibly-corrected={n.possiblyCorrectedSince !== null ? 'true' : 'false'}
    >
      <div class="tcl-note-meta">
        {t(lang, KIND_KEYS[n.kind] ?? 'kindGeneral')} · {t(lang, STATUS_KEYS[n.status] ?? 'statusOpen')}
        {n.tags.length > 0 ? ` · ${n.tags.join(lang === 'en' ? ', ' : '、')}` : ''}
      </div>
      {n.quote && !n.orphaned ? (
        <button type="button" class="tcl-link tcl-quote" data-action="show-note" title={t(lang, 'noteShowPassage')} onClick={() => actions.onShow(n.id)}>
          <q>{n.quote}</q>
        </button>
      ) : n.quote ? (
        <blockquote class="tcl-quote">
          <q>{n.quote}</q>
        </blockquote>
      ) : null}
      {n.possiblyCorrectedSince !== null ? (
        <p class="tcl-corrected">{t(lang, 'notePossiblyCorrected', dateOf(n.possiblyCorrectedSince, lang))}</p>
      ) : n.orphaned ? (
        <p class="tcl-orphaned">{t(lang, 'noteOrphaned')}</p>
      ) : null}
      {n.body ? <p class="tcl-note-body">{n.body}</p> : null}
      {n.thumbnail ? (
        <img class="tcl-thumb" src={n.thumbnail} alt={t(lang, 'noteScreenshot')} />
      ) : n.evidenceMissing ? (
        <p class="tcl-empty" data-no-screenshot="true">
          {t(lang, 'noteNoScreenshot')}
        </p>
      ) : null}
      {blocked ? (
        <div class="tcl-grant" role="alert" data-screenshot-blocked="true">
          <p>{t(lang, 'noteScreenshotBlocked')}</p>
          <button type="button" class="tcl-small" data-action="allow-screenshots" onClick={actions.onAllowScreenshots}>
            {t(lang, 'noteAllowScreenshots')}
          </button>
        </div>
      ) : null}
      <div class="tcl-card-actions">
        <button type="button" class="tcl-small" data-action="edit" onClick={() => actions.onEdit(n.id)}>
          {t(lang, 'noteEditButton')}
        </button>
        <button type="button" class="tcl-small" data-action="delete" onClick={() => actions.onDelete(n.id)}>
          {t(lang, 'noteDelete')}
        </button>
        {!n.thumbnail ? (
          <button type="button" class="tcl-small" data-action="screenshot" onClick={() => actions.onAddScreenshot(n.id)}>
            {t(lang, 'noteAddScreenshot')}
          </button>
        ) : null}
      </div>
    </li>
  );
}

/** Under the panel's header: the note editor while one is open, else the buttons that start a note. */
/**
 * `editorLink`: the editor's text entry goes in an extension frame (utils/notes/editor-link), on
 * every page the lens runs on; null (unit tests only): the editor is in the panel.
 */
export function NotesBar({ lang, view, actions, editorLink }: { lang: Lang; view: NotesView; actions: NotesActions; editorLink: EditorLink | null }) {
  return (
    <div class="tcl-notes-bar">
      {view.editor ? (
        editorLink ? (
          <EditorFrame key={view.editor.noteId ?? view.editor.draft.quote} lang={lang} editor={view.editor} actions={actions} link={editorLink} />
        ) : (
          <NoteEditor
            key={view.editor.noteId ?? view.editor.draft.quote}
            lang={lang}
            mode={view.editor.mode}
            draft={view.editor.draft}
            saving={view.editor.saving}
            error={view.editor.error}
            conflict={view.editor.conflict ?? null}
            restoredAt={view.editor.restoredAt ?? null}
            invalidated={view.editor.invalidated ?? false}
            onSave={actions.onSave}
            onCancel={actions.onCancel}
            onDraftChange={actions.onDraftChange}
            onKeepMine={actions.onKeepMine}
            onKeepTheirs={actions.onKeepTheirs}
          />
        )
      ) : (
        <div class="tcl-card-actions">
          <button type="button" class="tcl-small" data-action="note-on-selection" disabled={!view.hasSelection} onClick={actions.onNoteOnSelection}>
            {t(lang, 'noteOnSelection')}
          </button>
          <button type="button" class="tcl-small" data-action="page-note" onClick={actions.onPageNote}>
            {t(lang, 'notePageNoteButton')}
          </button>
        </div>
      )}
      {view.deleted ? (
        <p class="tcl-undo" role="status">
          {t(lang, 'noteDeleted')}{' '}
          <button type="button" class="tcl-small" data-action="undo-delete" onClick={actions.onUndoDelete}>
            {t(lang, 'noteUndo')}
          </button>
        </p>
      ) : null}
    </div>
  );
}

export function NotesSection({ lang, view, actions }: { lang: Lang; view: NotesView; actions: NotesActions }) {
  return (
    <div class="tcl-notes" data-loads={view.loads}>
      {view.notes.length === 0 ? <p class="tcl-empty">{t(lang, 'panelNoNotes')}</p> : null}
      <ul class="tcl-list">
        {view.notes.map((n) => (
          <NoteItem lang={lang} n={n} blocked={view.screenshotBlocked === n.id} actions={actions} key={n.id} />
        ))}
      </ul>
    </div>
  );
}
