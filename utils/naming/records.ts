/**
 * What a reader sees as one record, however the page builds it: a card, a flex row, a
 * "name / country" block, a definition list, an option group. A Taiwanese place in a record whose
 * country field says China is listed under China. Decided from the structure (siblings, repeated
 * shapes, text lengths), never from a site's class names.
 */
import { isCell, rowSaysChina, saysChina, saysTaiwan, structurallyUnderChina, type StructureCache } from './structure';

/** "Country: China", "Country / Economy — China", "國家：中國": a label and its value in one field. */
const COUNTRY_LABEL = new RegExp(
  '^(?:country|country ?/ ?(?:region|economy|territory)|nation|nationality|país|pais|pays|國家|国家|國家/地區|国家/地区|國別|国别)\\s*[:：\\-–—]?\\s*',
  'u',
);
/** A record is short; past this, the element is a section of a page, not one member's entry. */
const MAX_RECORD_CHARS = 300;
const MAX_FIELDS = 12;
const MAX_LEVELS = 4;

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

function fieldValue(text: string): string {
  const t = clean(text);
  const labelled = COUNTRY_LABEL.exec(t.toLowerCase());
  return labelled && labelled[0].length < t.length ? t.slice(labelled[0].length) : t;
}

/** 'china' | 'taiwan' | null: what a field's whole text (or its labelled value) names as the country. */
function countryOf(el: Element): 'china' | 'taiwan' | null {
  const text = el.textContent ?? '';
  if (text.length > 80) return null;
  const value = fieldValue(text);
  if (saysChina(value)) return 'china';
  if (saysTaiwan(value)) return 'taiwan';
  return null;
}

/** The country named by a sibling field or by one of its own fields (a meta line of flag, country, date). */
function siblingCountry(el: Element): 'china' | 'taiwan' | null {
  const own = countryOf(el);
  if (own) return own;
  let seen = 0;
  for (const child of el.children) {
    if (++seen > MAX_FIELDS) break;
    const c = countryOf(child);
    if (c) return c;
  }
  return null;
}

/** Tag, class and the tags of its children: two records of one list share it. */
function shape(el: Element): string {
  let kids = '';
  for (const c of el.children) kids += c.tagName + ',';
  return `${el.tagName}.${el.getAttribute('class') ?? ''}[${kids}]`;
}

/** The element is one of several of the same shape under its parent: a record of a list (a card among cards). */
function isRepeatedRecord(el: Element): boolean {
  if (el.children.length === 0) return false;
  const mine = shape(el);
  for (const sib of el.parentElement?.children ?? []) if (sib !== el && shape(sib) === mine) return true;
  return false;
}

/** A place in `el` sits in a record (card, row, name/country block) whose country field says China. */
export function recordSaysChina(el: Element): boolean {
  let field: Element = el;
  for (let level = 0; level < MAX_LEVELS; level++) {
    if (level > 0 && isRepeatedRecord(field)) return false;
    const parent = field.parentElement;
    // Tables, definition lists and selects have rules of their own (told by name first: a child
    // list costs more to read, and a table's cells are most of what reaches here).
    if (!parent || /^(BODY|HTML|TABLE|TBODY|THEAD|TFOOT|TR|DL|SELECT|OPTGROUP|DATALIST)$/.test(parent.tagName)) return false;
    if (parent.children.length > MAX_FIELDS) return false;
    if ((parent.textContent?.length ?? 0) > MAX_RECORD_CHARS) return false;
    for (const sib of parent.children) {
      if (sib === field) continue;
      const country = siblingCountry(sib);
      if (country === 'taiwan') return false;
      if (country === 'china') return true;
    }
    field = parent;
  }
  return false;
}

/**
 * Definition lists (`item`: the place's nearest <dt> or <dd>): a place in a <dt> whose <dd> says
 * China ("Yilan County — China"), or a one-member profile whose "Country" entry says China.
 */
function definitionSaysChina(item: Element): boolean {
  const list = item.parentElement;
  if (!list || list.tagName !== 'DL') return false;
  if (item.tagName === 'DT') {
    for (let dd = item.nextElementSibling; dd && dd.tagName === 'DD'; dd = dd.nextElementSibling) {
      const c = countryOf(dd);
      if (c) return c === 'china';
    }
  }
  // A profile: a <dt> that is a country label, and its value.
  for (const dt of list.children) {
    if (dt.tagName !== 'DT' || !COUNTRY_LABEL.test(clean(dt.textContent ?? '').toLowerCase() + ' ')) continue;
    if (clean(dt.textContent ?? '').length > 30) continue;
    const dd = dt.nextElementSibling;
    if (dd?.tagName === 'DD') return countryOf(dd) === 'china';
  }
  return false;
}

/** An option in `<optgroup label="China">`. */
export function optionGroupSaysChina(el: Element): boolean {
  const group = el.closest('optgroup');
  return Boolean(group && saysChina(group.getAttribute('label') ?? ''));
}

/** The page's title and first top heading: what a look-alike's page is about ("Yilan County, Heilongjiang"). */
export function pageContext(doc: Document): string {
  const h1 = doc.querySelector('h1')?.textContent ?? '';
  return `${doc.title}\u2029${h1.slice(0, 200)}`;
}

/**
 * Whether the place in this text node is listed under China by the page's structure: a table row,
 * a heading or label, a definition list, an option group, or a record of sibling elements.
 * `cache` is per scan (see structureCache).
 */
export function underChinaByStructure(node: Node, cache: StructureCache): boolean {
  const el = node.parentElement;
  if (!el) return false;
  // A cell whose row says China, before any look up the ancestors: a directory's places are most
  // often there (the checks below have no effect but their answer, so the order changes none).
  const cell = isCell(el);
  if (cell && rowSaysChina(el)) return true;
  // One look up the ancestors for both (an option holds only text: none is inside a dt or dd of its own).
  const item = el.closest('option, dt, dd');
  if (item?.tagName === 'OPTION') return optionGroupSaysChina(el);
  return (item !== null && definitionSaysChina(item)) || recordSaysChina(el) || structurallyUnderChina(node, cache, cell);
}
