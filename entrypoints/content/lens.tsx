import { render } from 'preact';
import type { ContentScriptContext } from '#imports';
import { detectOrg } from '@/utils/orgs';
import { defaultLang } from '@/utils/i18n';
import { createHighlighter } from '@/utils/dom/highlighter';
import { afterLoadAndIdle } from '@/utils/dom/idle';
import { createScanRoot } from '@/utils/page/scan-root';
import { createLensController, type LensController } from '@/utils/page/lens-controller';
import { membersView, placeCardView, placeDisplayName } from '@/utils/page/membership-views';
import { normalizeUrl } from '@/utils/url/normalize';
import { sendMessage } from '@/utils/messaging/protocol';
import { LensApp } from '@/components/panel/LensApp';

const HOST_TAG = 'taiwan-city-lens';
const isOwnNode = (node: Node): boolean => {
  const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  return Boolean(el?.closest(HOST_TAG)) || (el?.id === 'taiwan-city-lens-highlights');
};

/** Mounts the lens on a recognized organization's page, or anywhere the user asked for a scan. */
export async function startLens(ctx: ContentScriptContext, win: Window = window, scanRequested = false): Promise<void> {
  const doc = win.document;
  const org = detectOrg(win.location.href);
  if (!org && !scanRequested) return;
  await afterLoadAndIdle(win);
  if (doc.querySelector(HOST_TAG) || !doc.body) return;
  const lang = defaultLang(win.navigator);
  const pageUrl = () => normalizeUrl(win.location.href);
  const logOnce = onceLogger();
  let controller: LensController | null = null;

  const ui = await createShadowRootUi(ctx, {
    name: HOST_TAG,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    onMount(container, _shadow, host) {
      if (org) host.dataset.org = org.id;
      controller = createLensController({
        doc,
        win,
        lang,
        root: doc.body,
        orgId: org?.id ?? null,
        pageUrl,
        scanRoot: createScanRoot((el) => el.tagName === 'TAIWAN-CITY-LENS', doc),
        highlighter: createHighlighter(doc, win),
        isOwnNode,
        placeName: (id) => placeDisplayName(id, lang),
        placeCard: (ids) => placeCardView(ids, lang),
        listDismissals: (url) => sendMessage('listDismissals', { url }),
        addDismissal: (input) => sendMessage('addDismissal', input),
        removeDismissal: (id) => sendMessage('removeDismissal', { id }),
        report: (summary) => void sendMessage('reportPage', summary).catch(logOnce),
        onError: logOnce,
      });
      const c = controller;
      render(
        <LensApp
          lang={lang}
          org={org}
          host={win.location.host}
          members={org ? membersView(org.id, lang) : []}
          subscribe={c.subscribe}
          onShowFinding={c.showFinding}
          onShowPlace={c.showPlace}
          onDismiss={(f, scope) => void c.dismiss(f, scope)}
          onRestore={(f) => void c.restore(f)}
          onCardHover={c.cardHover}
        />,
        container,
      );
      return container;
    },
    onRemove(container) {
      controller?.stop();
      if (container) render(null, container);
    },
  });
  ui.mount();
  ctx.addEventListener(win, 'wxt:locationchange', () => controller?.relocate());
}

/** One feature's failure is logged once and never thrown into the page. */
function onceLogger() {
  let logged = false;
  return (error: unknown) => {
    const message = String((error as Error)?.message ?? error);
    // The extension was updated or reloaded: this copy of the script should just stop.
    if (message.includes('Extension context invalidated') || logged) return;
    logged = true;
    console.warn('[Taiwan City Lens]', message);
  };
}
