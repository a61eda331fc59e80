/**
 * What a page's copy of the lens does when its extension goes away (reloaded, updated, disabled,
 * removed): its scans, highlights and listeners stop at once, and its panel goes too — unless the
 * note editor is open. Then the editor stays and says so (what was typed is already kept as a
 * draft, see utils/notes/drafts), until the lens the background injects after the update shows up
 * in the document and offers the draft back, or the user closes the editor. Text typed after the
 * extension went is kept nowhere else, so it keeps the old editor on screen until the user closes it.
 *
 * The successor is known only by its tag name: it runs in another isolated world, which nothing of
 * ours can reach. A page that adds an element of that name can at most take away a panel that can
 * no longer do anything, and never what was typed after the extension went.
 */
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { PageSafeContext } from './page-safe-context';

/** How often a page's copy checks that its extension is still there (a property read). */
export const GONE_CHECK_MS = 1000;

/**
 * A context that ends only when `retire` says so: the panel's, which may outlive the lens's own
 * context by the time the user needs to read the editor's last words.
 */
export class RetirableContext extends PageSafeContext {
  override get isInvalid(): boolean {
    return this.signal.aborted;
  }
}
export const retirableContext = (from: ContentScriptContext) => new RetirableContext('content', from.options);

/** Notices the extension going within GONE_CHECK_MS (WXT's context notices only when asked). */
export function watchExtension(ctx: ContentScriptContext): void {
  ctx.setInterval(() => undefined, GONE_CHECK_MS);
}

/** The isolated world's one-lens-per-document flags (see entrypoints/content, utils/page/injection). */
export interface LensWorld {
  __taiwanCityLensStarted?: boolean;
  __taiwanCityLensMounted?: boolean;
}

export interface GoneDeps {
  doc: Document;
  hostTag: string;
  ownHost: () => Element | null;
  world: LensWorld;
  /** scans, highlights, sightings, the page guard: everything but the editor */
  stop: () => void;
  editorOpen: () => boolean;
  /** the editor shows that it can no longer save */
  markEditor: () => void;
  /** text was typed in the editor after the extension went */
  typedSinceGone: () => boolean;
  /** calls back when the editor closes; returns an unsubscribe */
  onEditorClosed: (cb: () => void) => () => void;
  /** removes the panel */
  retire: () => void;
}

/** Run once the lens's context is invalidated. */
export function whenExtensionGone(deps: GoneDeps): void {
  // A copy of the lens started in this same world after an update must not be kept out by our flags.
  delete deps.world.__taiwanCityLensStarted;
  delete deps.world.__taiwanCityLensMounted;
  deps.stop();
  if (!deps.editorOpen()) return deps.retire();
  deps.markEditor();
  const win = deps.doc.defaultView;
  let done = false;
  let unsubscribe: () => unknown = () => undefined;
  const isSuccessor = (el: Element) => el !== deps.ownHost();
  const finish = () => {
    if (done) return;
    done = true;
    observer?.disconnect();
    unsubscribe();
    deps.retire();
  };
  const maybeFinish = () => {
    if (!deps.typedSinceGone() && [...deps.doc.getElementsByTagName(deps.hostTag)].some(isSuccessor)) finish();
  };
  // The successor is appended to the body (or to a body the page put in place of ours).
  const observer = win ? new win.MutationObserver(maybeFinish) : null;
  unsubscribe = deps.onEditorClosed(finish);
  if (done) {
    unsubscribe();
    return;
  }
  observer?.observe(deps.doc.documentElement, { childList: true });
  if (deps.doc.body) observer?.observe(deps.doc.body, { childList: true });
  maybeFinish();
}

/**
 * Firefox destroys an old copy's world when its extension goes: nothing of it runs again to take
 * its panel away, so the new copy does. A stale copy is told by what only a lens has: our tag, no
 * children of the page's, and a closed shadow root holding our panel — Firefox lets content
 * scripts see closed roots (`openOrClosedShadowRoot`); a page's element is never removed for its
 * name alone. Where that is not available (Chromium), the old copy removes itself
 * (whenExtensionGone) and this finds nothing. Returns how many it removed.
 */
export function removeStaleCopies(doc: Document, hostTag: string, ownHost: Element, isPanel: (root: ShadowRoot) => boolean): number {
  let removed = 0;
  for (const el of [...doc.getElementsByTagName(hostTag)]) {
    if (el === ownHost || el.childNodes.length > 0) continue;
    const root = (el as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot;
    if (!root || root.mode !== 'closed' || !isPanel(root)) continue;
    el.remove();
    removed++;
  }
  return removed;
}
