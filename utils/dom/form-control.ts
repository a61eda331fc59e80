/**
 * Where a match inside a form control is: the label of the <select> holding it ("Country"), so
 * the panel can say so where no highlight can be drawn (a closed list shows one option).
 */
const MAX_LABEL = 60;

/** The text of `el` without the text of any select inside it (a <label> wrapping its list). */
function ownText(el: Element): string {
  let out = '';
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) out += (child as Text).data;
      else if (child.nodeType === 1 && !/^(SELECT|OPTION|OPTGROUP|SCRIPT|STYLE)$/.test((child as Element).tagName)) walk(child);
    }
  };
  walk(el);
  return out;
}

const tidy = (text: string) => text.replace(/\s+/g, ' ').trim().replace(/\s*[:\uFF1A*]+$/, '').slice(0, MAX_LABEL);

/** The label of the <select> holding `node`, '' when it has none, or null when it is in no select. */
export function selectLabelOf(node: Node): string | null {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  const select = el?.closest('select') as HTMLSelectElement | null;
  if (!select) return null;
  for (const label of select.labels ?? []) {
    const text = tidy(ownText(label));
    if (text) return text;
  }
  const aria = select.getAttribute('aria-label');
  if (aria && tidy(aria)) return tidy(aria);
  const labelledBy = select.getAttribute('aria-labelledby');
  if (labelledBy) {
    const text = tidy(labelledBy.split(/\s+/).map((id) => select.ownerDocument.getElementById(id)?.textContent ?? '').join(' '));
    if (text) return text;
  }
  return tidy(select.title ?? '');
}
