import { t, type Lang } from '@/utils/i18n';
import { SEVERITIES, type FindingView } from '@/utils/page/views';
import { useProgressive } from '../common/useProgressive';

interface Props {
  lang: Lang;
  findings: FindingView[];
  onShow: (key: string) => void;
  onRestore: (finding: FindingView) => void;
}

function FindingItem({ lang, f, onShow }: { lang: Lang; f: FindingView; onShow: (key: string) => void }) {
  return (
    <li class="tcl-finding" data-rule={f.ruleId} data-kind={f.kind} data-severity={f.severity} data-quote={f.quote}>
      <button type="button" class="tcl-link" onClick={() => onShow(f.key)}>
        <span class={`tcl-sev tcl-sev-${f.severity}`}>{f.severityLabel}</span> “{f.quote}”
      </button>
      {f.control !== null ? (
        <span class="tcl-where">{f.control ? t(lang, 'findingInFormList', f.control) : t(lang, 'findingInFormListUnnamed')}</span>
      ) : null}
    </li>
  );
}

export function FindingsSection({ lang, findings, onShow, onRestore }: Props) {
  const open = findings.filter((f) => !f.dismissed);
  const dismissed = findings.filter((f) => f.dismissed);
  const shown = useProgressive(open.length);
  const rendered = new Set(open.slice(0, shown));
  return (
    <section class="tcl-section tcl-findings">
      <h3>
        {t(lang, 'panelFindings')} ({open.length})
      </h3>
      {open.length === 0 ? <p class="tcl-empty">{t(lang, 'panelNoFindings')}</p> : null}
      {SEVERITIES.map((severity) => {
        const group = open.filter((f) => f.severity === severity && rendered.has(f));
        if (group.length === 0) return null;
        return (
          <ul class="tcl-list" data-severity-group={severity} key={severity}>
            {group.map((f) => (
              <FindingItem lang={lang} f={f} onShow={onShow} key={f.key} />
            ))}
          </ul>
        );
      })}
      {dismissed.length > 0 ? (
        <details class="tcl-dismissed">
          <summary>
            {t(lang, 'panelDismissed')} ({dismissed.length})
          </summary>
          <ul class="tcl-list">
            {dismissed.map((f) => (
              <li class="tcl-dismissed-item" data-rule={f.ruleId} data-quote={f.quote} data-dismissed={f.dismissed ?? ''} key={f.key}>
                “{f.quote}” · {t(lang, f.dismissed === 'everywhere' ? 'dismissedEverywhere' : 'dismissedOnPage')}{' '}
                <button type="button" class="tcl-small" onClick={() => onRestore(f)}>
                  {t(lang, 'restore')}
                </button>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
