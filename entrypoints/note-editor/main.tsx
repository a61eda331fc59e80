/**
 * The note editor's frame, placed by the lens inside its closed shadow root (utils/notes/editor-link).
 * It listens to nothing the page can send: only the runtime Port named after the token in this
 * frame's URL fragment, opened by this extension's content script in the tab's top frame.
 */
import { render } from 'preact';
import { loadCatalogs } from '@/utils/i18n/catalogs';
import { isLensPort, tokenOf, type PortLike } from '@/utils/notes/editor-channel';
import { FrameEditor } from '@/components/note-editor/FrameEditor';
import '@/components/panel/panel.css';
import './note-editor.css';

loadCatalogs();
const token = tokenOf(location.hash);
let accepted = false;
// A content script's Port reaches every frame of the extension: another tab's editor Port is left
// alone (disconnecting it would tell that tab's lens its own frame had gone).
browser.runtime.onConnect.addListener((p) => {
  const port = p as unknown as PortLike;
  if (accepted || !token || !isLensPort(port, token, browser.runtime.id)) return;
  accepted = true;
  render(<FrameEditor port={port} doc={document} Observer={ResizeObserver} />, document.getElementById('app')!);
});
