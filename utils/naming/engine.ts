/**
 * Reads a page's text once for Taiwanese places and naming problems. One RegExp pass finds every
 * place spelling and rule phrase; the under-china rules then look only around the places found.
 */
import { nodeAtOffset, type TextIndex } from '../dom/text-index';
import type { Severity } from '../db/types';
import type { PlaceId } from '../places/ids';
import { placeById } from '../places/data';
import { fold, foldButCase } from '../text/fold';
import { phraseKey } from '../text/trie-regex';
import { matchStream } from './stream';
import { WORDISH } from './latin-words';
import { defaultLexicon, type Lexicon, type Spelling } from './lexicon';
import { CHINA_NAME_WORDS, MODIFIED_NOUNS, ruleById, type Rule, type RuleKind } from './rules';
import { chinaNextTo, continuesAsName, labelledChina, structureCache, tabRowSaysChina, textHeadingSaysChina } from './structure';
import { underChinaByStructure } from './records';
import { namesakeOnPage, namesSomethingElse } from '../places/context';
import { HAN, LETTER, LOWER, UPPER } from '../text/letters';

export interface PlaceMention {
  start: number;
  end: number;
  quote: string;
  placeIds: PlaceId[];
  spelling: Spelling;
  ambiguous: boolean;
}

export interface Finding {
  ruleId: string;
  kind: RuleKind;
  severity: Severity;
  quote: string;
  start: number;
  end: number;
  placeIds: PlaceId[];
  /** 0..1: lower for names that are also places outside Taiwan */
  confidence: number;
  /** absent in the content script, whose rules carry none (utils/data-files.ts): the panel's script explains */
  explanation?: { en: string; 'zh-TW': string };
  suggestion: { en: string; 'zh-TW': string };
}

export interface ScanOptions {
  lexicon?: Lexicon;
  /** severity overrides and rules turned off, from the user's settings */
  severityOf?: (rule: Rule) => Severity | null;
  /** the page's title and first heading (see pageContext): decides look-alikes a page is about */
  pageContext?: string;
}

// Letter classes as ranges, not \p{L}: compiled on every page (see utils/text/letters.ts).
const LIST_AFTER = new RegExp(`^ *(?:, *[${LETTER}]| and | or | & |\\u3001)`);
const LIST_BEFORE = new RegExp(`[${LETTER}][${LETTER} ]{0,30}, *$`);
/** "Unlike China, Taiwan has…" / "with China, Taiwan's council said": a clause ends after the first country. */
const CLAUSE_BEFORE = new RegExp(
  `(?:^|[^${LETTER}'])(?:unlike|like|with|for|in|from|to|against|than|towards?|by|beyond|besides|outside|across)(?: mainland| the)? $`,
);
const CLAUSE_AFTER = new RegExp(`^(?:'s(?![${LETTER}])|\\s+[${LOWER}])`);
const WORD_AFTER = new RegExp(`^ ([${LETTER}]+)`);
const HAN_CHAR = new RegExp(`[${HAN}]`);
/** One country a line: "China\\nTaiwan" in a plain-text list. */
const ONE_A_LINE = new RegExp(`^[${LETTER} ]+\\r?\\n[${LETTER}\\s]+$`);
/** "a new Taipei office": the adjective (New Taipei is always capitalized). */
const NEW_ADJECTIVE = new RegExp(`^new\\s+[${UPPER}]`);
/** 在中國台灣人 ("Taiwanese in China"): 在中國 then 台灣人, not 中國台灣. */
const TAIWAN_AT_END = new RegExp('[台臺][灣湾]$', 'u');
const IN_CHINA_BEFORE = new RegExp('[在赴到去往於于]$', 'u');
const TAIWANESE_AFTER = new RegExp('^(?:人|同胞|學生|学生|青年|企業|企业|商|籍)', 'u');
const MODIFIED = new Set(MODIFIED_NOUNS);
/** "…University, Taiwan, China": an affiliation line, whose item before the country is an institution. */
const ORG_BEFORE =
  /(?:university|institute|academy|academia sinica|college|hospital|center|centre|department|school|company|corporation|corp\.|ltd\.?|inc\.|office|bureau|government|council|association|foundation), *$/u;

/** Each rule's suggestion for each place, filled in once: a directory repeats one finding thousands of times. */
const suggestions = new WeakMap<Rule, Map<PlaceId | '', Finding['suggestion']>>();

function suggestionFor(rule: Rule, placeId: PlaceId | undefined): Finding['suggestion'] {
  let byPlace = suggestions.get(rule);
  if (!byPlace) suggestions.set(rule, (byPlace = new Map()));
  let made = byPlace.get(placeId ?? '');
  if (!made) {
    const name = placeId ? placeById(placeId).names : null;
    const fill = (s: string, lang: 'en' | 'zh-TW') => (name ? s.replace('<place>', name[lang]) : s);
    // Shared by the findings that carry it: frozen, so none can change another's.
    made = Object.freeze({ en: fill(rule.suggestion.en, 'en'), 'zh-TW': fill(rule.suggestion['zh-TW'], 'zh-TW') });
    byPlace.set(placeId ?? '', made);
  }
  return made;
}

function finding(rule: Rule, text: string, start: number, end: number, placeIds: PlaceId[], confidence: number, severity: Severity): Finding {
  return {
    ruleId: rule.id,
    kind: rule.kind,
    severity,
    quote: text.slice(start, end),
    start,
    end,
    placeIds,
    confidence,
    ...(rule.explanation ? { explanation: rule.explanation } : {}),
    suggestion: suggestionFor(rule, placeIds[0]),
  };
}

/**
 * A phrase that is not the name it looks like: "Taipei, China Airlines" (the word after "China"
 * goes on as a proper name), "China–Taiwan relations" (two sides joined by a dash), "China's
 * Taiwan policy" (Taiwan modifies the noun after it), 在中國台灣人 (Taiwanese in China).
 */
function notTheName(rule: Rule, original: string, folded: string, start: number, end: number): boolean {
  if (folded.endsWith('china', end) && continuesAsName(original, folded, end, CHINA_NAME_WORDS)) return true;
  if (!rule.checks.includes('not-the-name')) return false;
  if (/china *- *taiwan/.test(folded.slice(start, end))) return true;
  if (folded.endsWith('taiwan', end) && MODIFIED.has(WORD_AFTER.exec(folded.slice(end, end + 20))?.[1] ?? '')) return true;
  return TAIWAN_AT_END.test(folded.slice(start, end)) && IN_CHINA_BEFORE.test(folded.slice(start - 1, start)) && TAIWANESE_AFTER.test(folded.slice(end, end + 2));
}

/**
 * "China, Taiwan and Japan" is a list of countries, "Kaohsiung, Taiwan, China" is not, nor is
 * "Unlike China, Taiwan has…". `placeEnd` is where the last place mention ended.
 */
function readsAsList(original: string, folded: string, start: number, end: number, placeEnd: number): boolean {
  // 中國台灣 has no separator inside: it is one name wherever it stands ("城市，中國台灣網").
  if (HAN_CHAR.test(folded.slice(start, end))) return false;
  // Only "A, B" and "A\nB" read as two items: "Taiwan Region (China) and Hong Kong" is one name.
  if (!/[,\n\r]/.test(original.slice(start, end))) return false;
  if (ONE_A_LINE.test(original.slice(start, end))) return true;
  const comma = folded.slice(start, end).includes(',');
  if (comma && CLAUSE_BEFORE.test(folded.slice(Math.max(0, start - 24), start)) && CLAUSE_AFTER.test(original.slice(end, end + 3))) return true;
  if (LIST_AFTER.test(folded.slice(end, end + 8))) return true;
  // The item before is a Taiwanese place or an institution: an address, not a list.
  if (placeEnd >= 0 && /^ *, *$/.test(folded.slice(placeEnd, start))) return false;
  const before = folded.slice(Math.max(0, start - 32), start);
  return LIST_BEFORE.test(before) && !ORG_BEFORE.test(before);
}

/** A letter or digit a Latin phrase may not follow (as the Latin pattern's boundary has it). */
const WORDISH_CHAR = new RegExp(`[${WORDISH}]`, 'i');

/**
 * Where a Latin phrase found without boundaries may start a word: after no letter or digit, or,
 * after one, with no lower-case letter of its own. `textContent` runs two elements' texts together
 * ("Sri Lanka" holds "i lan", an old spelling of Yilan; "<td>China</td><td>Kaohsiung</td>" reads
 * "ChinaKaohsiung"): the first is no word, the second is, told apart by its capital.
 */
function mayStartWord(original: string, at: number): boolean {
  if (at === 0 || !WORDISH_CHAR.test(original[at - 1]!)) return true;
  const first = original[at]!;
  return first.toLowerCase() !== first || first.toUpperCase() === first;
}

/** Where a phrase may start in a text as the browser gives it; see phraseStarts. */
export interface PhraseStarts {
  /** starts that may begin a word there */
  sure: number[];
  /** Latin starts right after a letter or digit, in lower case: a word only where an element begins */
  glued: number[];
}

/**
 * Where a text may hold anything scanText finds: the lexicon's phrases over the text as the
 * browser gives it (`textContent`: blocks not yet apart, left-out elements still in), Chinese as
 * the scan's pattern finds them, Latin without the end boundary and with a start boundary that
 * holds where two elements meet (see mayStartWord). Where none is sure, the walk can be left out;
 * a start found only tells where the walk is needed. What it cannot tell alone: a lower-case
 * Latin name run on from a word of the element before it ("<b>visit</b><b>taipei</b>"), which is
 * `glued` (looked at only when something else is sure, where the text index tells elements apart).
 */
export function phraseStarts(text: string, opts: ScanOptions = {}): PhraseStarts {
  const { patterns, anyPhrase } = opts.lexicon ?? defaultLexicon();
  // Not lower-cased: the Latin pattern ignores case, the Chinese ones have none.
  const folded = foldButCase(text);
  const sure: number[] = [];
  const glued: number[] = [];
  // Each from the character after the last start: a phrase may start inside the one found (and
  // `textContent` may run one across two blocks: "<td>中</td><td>國台灣</td>").
  const each = (re: RegExp, found: (at: number) => void) => {
    re.lastIndex = 0;
    for (let m = re.exec(folded); m; m = re.exec(folded)) {
      found(m.index);
      re.lastIndex = m.index + 1;
    }
    re.lastIndex = 0;
  };
  each(patterns.han, (at) => sure.push(at));
  each(anyPhrase.groupingHan, (at) => sure.push(at));
  const latin = (at: number) => (mayStartWord(text, at) ? sure : glued).push(at);
  each(patterns.latin, latin);
  each(anyPhrase.groupingLatin, latin);
  sure.sort((a, b) => a - b);
  return { sure, glued };
}

/** Whether the walk is needed at all (see phraseStarts). */
export function mayMatch(text: string, opts: ScanOptions = {}): boolean {
  return phraseStarts(text, opts).sure.length > 0;
}

export function scanText(index: TextIndex, opts: ScanOptions = {}): { places: PlaceMention[]; findings: Finding[] } {
  const lexicon = opts.lexicon ?? defaultLexicon();
  const severityOf = opts.severityOf ?? ((rule: Rule) => rule.severity);
  const { text } = index;
  const folded = fold(text);
  const places: PlaceMention[] = [];
  const findings: Finding[] = [];
  const structure = structureCache();
  const textHeadings = new Map<number, 'list' | 'line' | null>();
  // The rules the lexicon was built for: a rule pack may have changed these two.
  const under = lexicon.rules.get('under-china') ?? ruleById('under-china');
  const pinyin = lexicon.rules.get('prc-romanization') ?? ruleById('prc-romanization');
  const stream = matchStream(lexicon, folded);
  let placeEnd = -1;
  const context = fold(opts.pageContext ?? '');
  const namesakes = new Map<string, boolean>();
  const isNamesake = (ids: readonly PlaceId[], name: string) => {
    let hit = namesakes.get(name);
    if (hit === undefined) {
      hit = ids.length === 1 && namesakeOnPage(folded, context, ids[0]!, name);
      namesakes.set(name, hit);
    }
    return hit;
  };

  for (let m = stream.next(); m; m = stream.next()) {
    const { start, end } = m;
    if (m.group) {
      const severity = severityOf(under);
      if (severity) findings.push(finding(under, text, start, end, [], 1, severity));
      continue;
    }
    // Matched text is most often a key already (keys are fixed points of phraseKey).
    const entry = lexicon.entries.get(m.text) ?? lexicon.entries.get(phraseKey(m.text));
    if (!entry || entry.type === 'not-an-issue') continue;
    if (entry.type === 'rule') {
      const severity = severityOf(entry.rule);
      const list = entry.rule.checks.includes('reads-as-list') && readsAsList(text, folded, start, end, placeEnd);
      if (severity && !list && !notTheName(entry.rule, text, folded, start, end)) {
        findings.push(finding(entry.rule, text, start, end, [], 1, severity));
      }
      continue;
    }
    // "a new Taipei office": the adjective, then Taipei City (New Taipei is always capitalized).
    if (NEW_ADJECTIVE.test(text.slice(start, start + 6)) && entry.ids[0] === 'new-taipei') {
      stream.seek(start + 4);
      continue;
    }
    if (namesSomethingElse({ folded, start, end, spelling: entry.spelling, lookAlike: entry.ambiguous, ids: entry.ids })) continue;
    if (entry.ambiguous && isNamesake(entry.ids, folded.slice(start, end))) continue;
    placeEnd = end;
    const mention: PlaceMention = { start, end, quote: text.slice(start, end), placeIds: entry.ids, spelling: entry.spelling, ambiguous: entry.ambiguous };
    places.push(mention);
    const confidence = entry.ambiguous ? 0.6 : 1;
    const pinyinSeverity = entry.spelling === 'pinyin' ? severityOf(pinyin) : null;
    if (pinyinSeverity) findings.push(finding(pinyin, text, start, end, entry.ids, confidence * 0.8, pinyinSeverity));
    const underSeverity = severityOf(under);
    if (!underSeverity) continue;
    const next = chinaNextTo(folded, text, start, end, CHINA_NAME_WORDS);
    if (next) {
      findings.push(finding(under, text, next.start, next.end, entry.ids, confidence, underSeverity));
      // The China part is read; the pass goes on after it.
      stream.seek(next.end);
    } else if (
      labelledChina(text, folded, start) ||
      tabRowSaysChina(text, start, end) ||
      (index.nodes.length === 0 && textHeadingSaysChina(text, start, end, textHeadings))
    ) {
      findings.push(finding(under, text, start, end, entry.ids, confidence * 0.9, underSeverity));
    } else if (index.nodes.length > 0) {
      const node = nodeAtOffset(index, start);
      if (node && underChinaByStructure(node, structure)) {
        findings.push(finding(under, text, start, end, entry.ids, confidence * 0.9, underSeverity));
      }
    }
  }
  findings.sort((a, b) => a.start - b.start);
  return { places, findings };
}
