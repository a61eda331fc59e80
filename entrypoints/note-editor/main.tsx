/**
 * The note editor's frame, placed by the lens inside its closed shadow root (utils/notes/editor-link).
 * It listens to nothing the page can send: it opens one runtime Port, named after the token in this
 * frame's URL fragment, which the background joins to the lens's Port of the same name, and hears only that.
 */
import { render } from 'preact';
import { loadCatalogs } from '@/utils/i18n/catalogs';
import { portName, tokenOf, type PortLike } from '@/utils/notes/editor-channel';
import { FrameEditor } from '@/components/note-editor/FrameEditor';
// The panel's styles as the shadow root has them: the tab's sheet first (it holds the severity colours).
import '@/components/panel/tab.css';
import '@/components/panel/panel.css';
import './note-editor.css';

loadCatalogs();
const token = tokenOf(location.hash);
if (token) {
  const port = browser.runtime.connect({ name: portName(token) }) as unknown as PortLike;
  render(<FrameEditor port={port} doc={document} Observer={ResizeObserver} />, document.getElementById('app')!);
}
