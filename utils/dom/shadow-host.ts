/**
 * The lens's element in the page: a custom element at the end of <body> with a CLOSED shadow root
 * (a page script gets null from host.shadowRoot), holding <html><head><style/></head><body/></html>
 * as WXT's createShadowRootUi builds it, without the loaders and positioning options we do not use
 * (the content script loads on every matched page and stays small).
 */
export interface ShadowHostOptions {
  name: string;
  /** the styles inside the shadow root, after a reset of everything the page's CSS could pass on */
  css: string;
  /** events stopped at the edge of the shadow tree, so the page's listeners never hear them */
  isolateEvents: readonly string[];
  onMount(container: HTMLElement, shadow: ShadowRoot, host: HTMLElement): void;
  onRemove(): void;
  /**
   * Mounted without a box until `show()`: what it draws first comes in the frame that shows it,
   * with what is drawn in the page at the same time (a frame of its own costs a document's pre-paint).
   */
  hiddenUntilShown?: boolean;
}

export interface ShadowHost {
  readonly shadowHost: HTMLElement;
  mount(): void;
  /** draws it, if it was hidden until shown (once; again after a remount, it stays drawn) */
  show(): void;
  remove(): void;
}

export function createShadowHost(doc: Document, options: ShadowHostOptions): ShadowHost {
  const host = doc.createElement(options.name);
  const shadow = host.attachShadow({ mode: 'closed' });
  const html = doc.createElement('html');
  const head = doc.createElement('head');
  const container = doc.createElement('body');
  const style = doc.createElement('style');
  // The page's own CSS reaches the host element through inheritance and its own rules: reset it.
  style.textContent = `:host{all:initial !important;}\n${options.css}`;
  head.append(style);
  // Inside the closed root, where the page cannot take it out or put it back.
  const hidden = options.hiddenUntilShown ? doc.createElement('style') : null;
  if (hidden) {
    hidden.textContent = ':host{display:none !important;}';
    head.append(hidden);
  }
  html.append(head, container);
  shadow.append(html);
  for (const type of options.isolateEvents) container.addEventListener(type, (e) => e.stopPropagation());
  let mounted = false;
  return {
    shadowHost: host,
    mount() {
      doc.body.append(host);
      mounted = true;
      options.onMount(container, shadow, host);
    },
    show() {
      hidden?.remove();
    },
    remove() {
      if (mounted) options.onRemove();
      mounted = false;
      host.remove();
      container.replaceChildren();
    },
  };
}
