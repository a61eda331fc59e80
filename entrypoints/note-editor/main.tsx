/**
 * The note editor's frame, placed by the lens inside its closed shadow root (utils/notes/editor-link).
 * It listens to nothing the page can send: only the runtime Port named after the token in this
 * frame's URL fragment, opened by this extension's content script in the tab's top frame.
 */
import { render } from 'preact';
import { loadCatalogs } from '@/utils/i18n/catalogs';
import { isLensPort, portName, tokenOf, type PortLike } from '@/utils/notes/editor-channel';
import { FrameEditor } from '@/components/note-editor/FrameEditor';
import '@/components/panel/panel.css';
import './note-editor.css';

loadCatalogs();
const token = tokenOf(location.hash);
let accepted = false;
browser.runtime.onConnect.addListener((p) => {
  const port = p as unknown as PortLike;
  if (!accepted && token && isLensPort(port, token, browser.runtime.id)) {
    accepted = true;
    render(<FrameEditor port={port} doc={document} Observer={ResizeObserver} />, document.getElementById('app')!);
  } else if (token && port.name.startsWith(portName('')) && port.name !== portName(token)) {
    // Another tab's editor Port: let go of it, so that lens hears when its own frame goes.
    port.disconnect();
  }
});
