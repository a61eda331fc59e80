/**
 * Hides the extension while a screenshot is taken, so the evidence shows the page as its readers
 * see it: no panel, no card, no highlights of ours.
 */
import type { Highlighter } from '../dom/highlighter';

/**
 * `container` is the element inside the shadow root: a style on the host element itself loses to
 * WXT's `:host { all: initial !important }`, since important rules of the inner tree win.
 */
export function hideForCapture(container: HTMLElement, highlighter: Pick<Highlighter, 'hideWhile'>, win: Window = window) {
  const twoFrames = () => new Promise((r) => win.requestAnimationFrame(() => win.requestAnimationFrame(r)));
  return async <T,>(work: () => Promise<T>): Promise<T> => {
    container.style.setProperty('visibility', 'hidden', 'important');
    try {
      return await highlighter.hideWhile(async () => {
        // The compositor must have drawn a frame without us before the tab is captured.
        await twoFrames();
        return work();
      });
    } finally {
      container.style.removeProperty('visibility');
    }
  };
}
