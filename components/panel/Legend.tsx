import { t, type Lang } from '@/utils/i18n';
import { SEVERITIES } from '@/utils/page/views';
import { severityLabel } from '@/utils/page/panel-model';

/** What each mark on the page means, one click away (the marks are drawn in the page, not here). */
export function Legend({ lang }: { lang: Lang }) {
  return (
    <details class="tcl-legend">
      <summary>{t(lang, 'panelLegend')}</summary>
      <ul class="tcl-list">
        <li>
          <span class="tcl-swatch tcl-swatch-place">Taipei</span> {t(lang, 'legendPlace')}
        </li>
        {SEVERITIES.map((s) => (
          <li key={s}>
            <span class={`tcl-swatch tcl-swatch-${s}`}>Taipei</span> {t(lang, 'legendSeverity', severityLabel(s, lang))}
          </li>
        ))}
        <li>
          <span class="tcl-swatch tcl-swatch-note">Taipei</span> {t(lang, 'legendNote')}
        </li>
      </ul>
    </details>
  );
}
