import { useEffect, useRef, useState } from 'preact/hooks';
import { t, type Lang } from '@/utils/i18n';
import type { NoteDraft, NoteEditorView } from '@/utils/page/views';
import type { EditorLink, EditorLinkSession } from '@/utils/notes/editor-link';
import type { FromFrame } from '@/utils/notes/editor-channel';
import type { NotesActions } from './NotesSection';
import { NoteEditor } from './NoteEditor';

interface Props {
  lang: Lang;
  editor: NoteEditorView;
  actions: NotesActions;
  link: EditorLink;
}

type FrameDraft = Extract<FromFrame, { type: 'draft' }>['draft'];

/** A page that keeps navigating our frame away gets no more frames after this many. */
const MAX_FRAMES = 4;

/**
 * Where the note editor was: an extension-origin iframe (entrypoints/note-editor) that holds the
 * text fields, so that nothing typed there is an event in the page's document. The lens keeps the
 * state (utils/page/notes-controller); the frame shows it and sends back what the person does.
 */
export function EditorFrame({ lang, editor, actions, link }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const session = useRef<EditorLinkSession | null>(null);
  const latest = useRef({ lang, editor, actions });
  latest.current = { lang, editor, actions };
  const frames = useRef(0);
  const [generation, setGeneration] = useState(0);
  const gone = editor.invalidated === true;

  useEffect(() => {
    if (gone || !box.current || frames.current >= MAX_FRAMES) return;
    frames.current += 1;
    // Only what the person can change comes from the frame; the quote and the finding stay ours.
    const merged = ({ draft }: { draft: FrameDraft }): NoteDraft => {
      const { kind, status, severity, body, tags } = draft;
      const base = latest.current.editor.draft;
      return { ...base, kind, status, body, tags, ...(severity ? { severity } : {}) };
    };
    const s = link(box.current, t(lang, 'noteEditorFrame'), {
      onMessage(m) {
        const { lang: l, editor: e, actions: a } = latest.current;
        if (m.type === 'ready') s.send({ type: 'view', lang: l, editor: e });
        else if (m.type === 'shown') {
          // Focusing the iframe moves the focus inside it to its document: when the frame has it
          // already (its field took it as it drew, and a person may be typing), it stays where it is,
          // or the keys typed before the field took it back are lost.
          if ((s.frame.getRootNode() as Document | ShadowRoot).activeElement !== s.frame) s.frame.focus();
          s.send({ type: 'focus' });
        }
        else if (m.type === 'size') s.frame.style.height = `${m.height}px`;
        else if (m.type === 'draft') a.onDraftChange?.(merged(m));
        else if (m.type === 'save') a.onSave(merged(m));
        else if (m.type === 'keep-mine') a.onKeepMine?.(merged(m));
        else if (m.type === 'keep-theirs') a.onKeepTheirs?.();
        else if (m.type === 'cancel') a.onCancel();
      },
      onLost() {
        // The extension went away (the controller then says so), or the frame is no longer ours: a new one.
        void (latest.current.actions.onEditorLost?.() ?? Promise.resolve(false)).then((extensionGone) => {
          if (!extensionGone) setGeneration((g) => g + 1);
        });
      },
    });
    session.current = s;
    return () => {
      s.close();
      session.current = null;
    };
  }, [generation, gone]);

  useEffect(() => session.current?.send({ type: 'view', lang, editor }), [editor, lang]);

  return (
    <div class="tcl-editor-host" data-mode={editor.mode} data-frame={gone ? 'gone' : 'shown'}>
      {!gone ? (
        <div class="tcl-editor-slot" ref={box} />
      ) : (
        // The frame went with the extension: the panel shows the editor in its place, saying so,
        // with the kept text (read-only: nothing typed here could be kept, and it would reach the page).
        <NoteEditor
          lang={lang}
          mode={editor.mode}
          draft={editor.draft}
          saving={false}
          error={null}
          invalidated={true}
          onSave={() => undefined}
          onCancel={actions.onCancel}
        />
      )}
    </div>
  );
}
