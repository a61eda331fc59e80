import { useEffect, useRef, useState } from 'preact/hooks';
import { NoteEditor } from '../panel/NoteEditor';
import type { FromFrame, PortLike, ToFrame } from '@/utils/notes/editor-channel';
import type { NoteDraft } from '@/utils/page/views';

interface Props {
  /** the Port the background joined to the lens's (utils/notes/editor-relay) */
  port: PortLike;
  doc: Document;
  /** ResizeObserver of the frame's window */
  Observer: typeof ResizeObserver;
}

/**
 * The note editor inside its extension-origin frame: the same NoteEditor the panel showed, fed by
 * the lens over the Port; every keystroke, save and choice goes back over it, and the frame tells
 * the lens its height so the iframe fits what it shows.
 */
export function FrameEditor({ port, doc, Observer }: Props) {
  const [view, setView] = useState<Extract<ToFrame, { type: 'view' }> | null>(null);
  const box = useRef<HTMLDivElement>(null);
  const post = (m: FromFrame) => port.postMessage(m);
  useEffect(() => {
    port.onMessage.addListener((m) => {
      const msg = m as ToFrame;
      if (msg?.type === 'view') setView(msg);
      // The frame has the focus now: into the field (or the conflict's choice), as the panel did,
      // unless a control of the editor has it already (a person typing or tabbing on).
      if (msg?.type === 'focus' && !doc.activeElement?.closest('.tcl-editor')) doc.querySelector<HTMLElement>('[data-action="keep-mine"], textarea')?.focus();
    });
    post({ type: 'ready' });
    // Escape closes the editor, as it did in the panel (the key never reaches the page).
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      post({ type: 'cancel' });
    };
    doc.addEventListener('keydown', onKey);
    // The frame is as tall as its content: it never scrolls (a field focused before the lens has
    // made the frame taller would otherwise leave the top of the editor scrolled out of sight).
    const noScroll = () => doc.scrollingElement?.scrollTo(0, 0);
    doc.addEventListener('scroll', noScroll);
    return () => {
      doc.removeEventListener('keydown', onKey);
      doc.removeEventListener('scroll', noScroll);
    };
  }, []);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const ro = new Observer(() => post({ type: 'size', height: Math.ceil(el.getBoundingClientRect().height) }));
    ro.observe(el);
    return () => ro.disconnect();
  }, [view !== null]);
  const editor = view?.editor;
  const key = editor ? (editor.noteId ?? editor.draft.quote) : null;
  // After NoteEditor has drawn and focused its text field: the lens gives this frame the focus.
  useEffect(() => {
    if (key !== null) post({ type: 'shown' });
  }, [key]);
  if (!view || !editor) return <div ref={box} />;
  doc.documentElement.lang = view.lang;
  const draft = (d: NoteDraft) => ({ kind: d.kind, status: d.status, ...(d.severity ? { severity: d.severity } : {}), body: d.body, tags: d.tags, quote: d.quote });
  return (
    <div ref={box} class="tcl-root tcl-frame" lang={view.lang}>
      <NoteEditor
        key={key}
        lang={view.lang}
        mode={editor.mode}
        draft={editor.draft}
        saving={editor.saving}
        error={editor.error}
        conflict={editor.conflict ?? null}
        restoredAt={editor.restoredAt ?? null}
        invalidated={editor.invalidated ?? false}
        onSave={(d) => post({ type: 'save', draft: draft(d) })}
        onCancel={() => post({ type: 'cancel' })}
        onDraftChange={(d) => post({ type: 'draft', draft: draft(d) })}
        onKeepMine={(d) => post({ type: 'keep-mine', draft: draft(d) })}
        onKeepTheirs={() => post({ type: 'keep-theirs' })}
      />
    </div>
  );
}
