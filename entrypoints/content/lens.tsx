import { render } from 'preact';
import type { ContentScriptContext } from '#imports';
import { detectOrg } from '@/utils/orgs';
import { defaultLang } from '@/utils/i18n';
import { Panel } from '@/components/panel/Panel';

/** Mounts the lens on a recognized organization's page; does nothing anywhere else. */
export async function startLens(ctx: ContentScriptContext, win: Window = window): Promise<void> {
  const org = detectOrg(win.location.href);
  if (!org) return;
  const lang = defaultLang(win.navigator);
  const ui = await createShadowRootUi(ctx, {
    name: 'taiwan-city-lens',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    onMount(container, _shadow, host) {
      host.dataset.org = org.id;
      render(<Panel org={org} lang={lang} />, container);
      return container;
    },
    onRemove(container) {
      if (container) render(null, container);
    },
  });
  ui.mount();
}
