/**
 * WXT's content script context, minus what the page can use against it. WXT announces every new
 * copy of a content script to the page (a `window.postMessage` that carries the extension id, and
 * a CustomEvent on `document` named after it) and retires the running copy when it hears such an
 * announcement. A page can forge one, and the lens would remove its panel and highlights. This
 * context announces nothing and is never retired by an event; it ends only when the extension
 * itself has gone (reloaded, updated, removed), which the page cannot fake.
 */
import { ContentScriptContext } from 'wxt/utils/content-script-context';

export class PageSafeContext extends ContentScriptContext {
  override stopOldScripts(): void {}
  override listenForNewerScripts(): void {}
}

/** A context for the lens built from WXT's, which keeps only its options. */
export function pageSafeContext(from: ContentScriptContext): PageSafeContext {
  return new PageSafeContext('content', from.options);
}
