import { t, type Lang } from '@/utils/i18n';
import type { TextBox } from '@/utils/page/card-position';

const SIZE = { width: 96, height: 30 };

/** A small "Add note" button just after the selected text (as Hypothesis's adder), inside the viewport. */
export function SelectionAdder({ lang, at, viewport, onAdd }: { lang: Lang; at: TextBox; viewport: () => { width: number; height: number }; onAdd: () => void }) {
  const v = viewport();
  const below = at.bottom + 6 + SIZE.height <= v.height - 4;
  const left = Math.max(4, Math.min(at.right - SIZE.width / 2, v.width - SIZE.width - 4));
  const top = below ? at.bottom + 6 : Math.max(4, at.top - 6 - SIZE.height);
  return (
    <button
      type="button"
      class="tcl-adder"
      data-action="adder"
      style={{ left: `${left}px`, top: `${top}px` }}
      // Keeps the page's selection: a press on a button would otherwise clear it before the click.
      onMouseDown={(e) => e.preventDefault()}
      onClick={onAdd}
    >
      ✎ {t(lang, 'noteAdder')}
    </button>
  );
}
