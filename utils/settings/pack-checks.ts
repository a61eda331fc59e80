/**
 * What an imported rule pack may not do, beyond its schema, so that no pack can break the lens: a
 * phrase too short or without a letter would flag ordinary words; one that is a place's name or a
 * right name would stop that place being recognized; a pack's own examples must hold once it is in.
 */
import { scanText } from '../naming/engine';
import { buildLexicon } from '../naming/lexicon';
import { NOT_ISSUES, type Rule } from '../naming/rules';
import { PLACES, SHARED_NAMES } from '../places/data';
import { textIndexFromString } from '../dom/text-index';
import { fold } from '../text/fold';
import { phraseKey } from '../text/trie-regex';
import { t, type Lang, type MessageKey } from '../i18n';

/**
 * Why a pack is refused: the field (as the file has it, "rules[3].phrases[4]", the same in every
 * language) and what is wrong with it, a message in the interface's language.
 */
export interface PackRefusal {
  at: string;
  key: MessageKey;
  subs: string[];
}
export type PackProblem = Omit<PackRefusal, 'at'>;

/** The refusal as a person reads it: "rules[3].phrases[4]: “Kaohsiung” is the name of a place…". */
export function refusalText(lang: Lang, refusal: PackRefusal): string {
  const text = t(lang, refusal.key, ...refusal.subs);
  return refusal.at ? `${refusal.at}: ${text}` : text;
}

const key = (phrase: string) => phraseKey(fold(phrase));
const HAN = /\p{Script=Han}/u;

let reserved: Map<string, MessageKey> | null = null;
/** Place spellings and right names, as the matcher keys them. */
function reservedKeys(): Map<string, MessageKey> {
  if (reserved) return reserved;
  reserved = new Map();
  for (const name of NOT_ISSUES) reserved.set(key(name), 'packRefusalRightName');
  for (const p of PLACES) for (const name of [...p.official, ...p.old, ...p.pinyin, ...p.zh]) reserved.set(key(name), 'packRefusalPlaceName');
  for (const s of SHARED_NAMES) for (const name of [...s.names, ...s.pinyin, ...s.zh]) reserved.set(key(name), 'packRefusalPlaceName');
  return reserved;
}

/** Why a phrase may not be flagged, or null. */
export function checkPackPhrase(phrase: string): PackProblem | null {
  const k = key(phrase);
  if (!/\p{L}/u.test(k)) return { key: 'packRefusalNoLetter', subs: [phrase] };
  if (k.replace(/[^\p{L}\p{N}]/gu, '').length < (HAN.test(k) ? 2 : 3)) return { key: 'packRefusalTooShort', subs: [phrase] };
  const taken = reservedKeys().get(k);
  return taken ? { key: taken, subs: [phrase] } : null;
}

/**
 * The pack's examples, run with the rules as they would be once it is imported: the first that
 * fails, named by its place in the file ("rules[1].examples.produce[0]: …"), or null.
 */
export function checkPackExamples(pack: { rules: readonly { id: string; examples?: Rule['examples'] }[] }, rules: readonly Rule[]): PackRefusal | null {
  const lexicon = buildLexicon(rules);
  const found = (text: string) => new Set(scanText(textIndexFromString(text), { lexicon }).findings.map((f) => f.ruleId));
  for (const [i, rule] of pack.rules.entries()) {
    for (const [j, text] of (rule.examples?.produce ?? []).entries()) {
      if (!found(text).has(rule.id)) return { at: `rules[${i}].examples.produce[${j}]`, key: 'packRefusalNotProduced', subs: [text, rule.id] };
    }
    for (const [j, text] of (rule.examples?.notProduce ?? []).entries()) {
      if (found(text).has(rule.id)) return { at: `rules[${i}].examples.notProduce[${j}]`, key: 'packRefusalProduced', subs: [text, rule.id] };
    }
  }
  return null;
}
