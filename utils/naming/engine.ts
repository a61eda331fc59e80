/**
 * Reads a page's text once for Taiwanese places and naming problems. One RegExp pass finds every
 * place spelling and rule phrase; the under-china rules then look only around the places found.
 */
import { nodeAtOffset, type TextIndex } from '../dom/text-index';
import type { Severity } from '../db/types';
import type { PlaceId } from '../places/ids';
import { placeById } from '../places/data';
import { fold } from '../text/fold';
import { phraseKey } from '../text/trie-regex';
import { defaultLexicon, type Lexicon, type Spelling } from './lexicon';
import { ruleById, type Rule, type RuleKind } from './rules';
import { chinaNextTo, structurallyUnderChina } from './structure';
import { namesSomethingElse } from '../places/context';

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
  explanation: { en: string; 'zh-TW': string };
  suggestion: { en: string; 'zh-TW': string };
}

export interface ScanOptions {
  lexicon?: Lexicon;
  /** severity overrides and rules turned off, from the user's settings */
  severityOf?: (rule: Rule) => Severity | null;
}

const LIST_AFTER = /^ *(?:, *\p{L}| and | or | & |\u3001)/u;
const LIST_BEFORE = /\p{L}[\p{L} ]{0,30}, *$/u;

function finding(rule: Rule, text: string, start: number, end: number, placeIds: PlaceId[], confidence: number, severity: Severity): Finding {
  const name = placeIds.length > 0 ? placeById(placeIds[0]!).names : null;
  const fill = (s: string, lang: 'en' | 'zh-TW') => (name ? s.replace('<place>', name[lang]) : s);
  return {
    ruleId: rule.id,
    kind: rule.kind,
    severity,
    quote: text.slice(start, end),
    start,
    end,
    placeIds,
    confidence,
    explanation: rule.explanation,
    suggestion: { en: fill(rule.suggestion.en, 'en'), 'zh-TW': fill(rule.suggestion['zh-TW'], 'zh-TW') },
  };
}

/**
 * A phrase that is not the name it looks like: "Taipei, China Airlines" (the word after "China"
 * goes on as a proper name) or "China–Taiwan relations" (two sides joined by a dash).
 */
function notTheName(rule: Rule, original: string, folded: string, start: number, end: number): boolean {
  if (folded.endsWith('china', end) && /^ \p{Lu}/u.test(original.slice(end, end + 2))) return true;
  return rule.kind === 'taiwan-china' && /china *- *taiwan/.test(folded.slice(start, end));
}

/** "China, Taiwan and Japan" is a list of countries, "Kaohsiung, Taiwan, China" is not. */
function readsAsList(folded: string, start: number, end: number): boolean {
  if (LIST_AFTER.test(folded.slice(end, end + 8))) return true;
  const before = folded.slice(Math.max(0, start - 32), start);
  if (!LIST_BEFORE.test(before)) return false;
  const previous = before.replace(/, *$/, '').split(/[,\u2029]/).pop()!.trim();
  // The item before is a Taiwanese place: a place hierarchy, not a list.
  return !defaultLexicon().entries.has(phraseKey(previous));
}

export function scanText(index: TextIndex, opts: ScanOptions = {}): { places: PlaceMention[]; findings: Finding[] } {
  const lexicon = opts.lexicon ?? defaultLexicon();
  const severityOf = opts.severityOf ?? ((rule: Rule) => rule.severity);
  const { text } = index;
  const folded = fold(text);
  const places: PlaceMention[] = [];
  const findings: Finding[] = [];
  const headingCache = new Map<Element, boolean>();
  const under = ruleById('under-china');
  const pinyin = ruleById('prc-romanization');
  // The compiled matcher is reused (compiling it again per call would cost more than a scan);
  // scanning is synchronous, so resetting its position is enough.
  const regex = lexicon.regex;
  regex.lastIndex = 0;

  for (let m = regex.exec(folded); m; m = regex.exec(folded)) {
    const start = m.index;
    const end = start + m[0].length;
    if (m.groups?.group !== undefined) {
      const severity = severityOf(under);
      if (severity) findings.push(finding(under, text, start, end, [], 1, severity));
      continue;
    }
    const entry = lexicon.entries.get(phraseKey(m[0]));
    if (!entry || entry.type === 'not-an-issue') continue;
    if (entry.type === 'rule') {
      const severity = severityOf(entry.rule);
      if (severity && !(entry.rule.listSensitive && readsAsList(folded, start, end)) && !notTheName(entry.rule, text, folded, start, end)) {
        findings.push(finding(entry.rule, text, start, end, [], 1, severity));
      }
      continue;
    }
    if (namesSomethingElse({ folded, start, end, spelling: entry.spelling, lookAlike: entry.ambiguous })) continue;
    const mention: PlaceMention = { start, end, quote: text.slice(start, end), placeIds: entry.ids, spelling: entry.spelling, ambiguous: entry.ambiguous };
    places.push(mention);
    const confidence = entry.ambiguous ? 0.6 : 1;
    const pinyinSeverity = entry.spelling === 'pinyin' ? severityOf(pinyin) : null;
    if (pinyinSeverity) findings.push(finding(pinyin, text, start, end, entry.ids, confidence * 0.8, pinyinSeverity));
    const underSeverity = severityOf(under);
    if (!underSeverity) continue;
    const next = chinaNextTo(folded, text, start, end);
    if (next) {
      findings.push(finding(under, text, next.start, next.end, entry.ids, confidence, underSeverity));
      // The China part is read; the pass goes on after it.
      regex.lastIndex = Math.max(regex.lastIndex, next.end);
    } else if (index.nodes.length > 0) {
      const node = nodeAtOffset(index, start);
      if (node && structurallyUnderChina(node, headingCache)) {
        findings.push(finding(under, text, start, end, entry.ids, confidence * 0.9, underSeverity));
      }
    }
  }
  findings.sort((a, b) => a.start - b.start);
  return { places, findings };
}

export function findIssues(index: TextIndex, opts: ScanOptions = {}): Finding[] {
  return scanText(index, opts).findings;
}
