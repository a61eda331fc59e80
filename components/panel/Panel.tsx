import { useState } from 'preact/hooks';
import type { Org } from '@/utils/orgs';
import { t, type Lang } from '@/utils/i18n';

export interface PanelProps {
  org: Org;
  lang: Lang;
  initiallyOpen?: boolean;
}

export function Panel({ org, lang, initiallyOpen = false }: PanelProps) {
  const [open, setOpen] = useState(initiallyOpen);
  return (
    <div class={'tcl-panel' + (open ? ' tcl-open' : '')} data-open={open ? 'true' : 'false'}>
      <button
        type="button"
        class="tcl-tab"
        aria-expanded={open}
        aria-label={t(lang, 'panelOpen')}
        onClick={() => setOpen(!open)}
      >
        {t(lang, 'panelTab')}
      </button>
      <section class="tcl-body" aria-label={t(lang, 'panelTab')}>
        <header class="tcl-header">
          <h2 class="tcl-org">{org.names[lang]}</h2>
          <button type="button" class="tcl-close" aria-label={t(lang, 'panelClose')} onClick={() => setOpen(false)}>
            ×
          </button>
        </header>
      </section>
    </div>
  );
}
