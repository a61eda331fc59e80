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

const key = (phrase: string) => phraseKey(fold(phrase));
const HAN = /\p{Script=Han}/u;

let reserved: Map<string, string> | null = null;
/** Place spellings and right names, as the matcher keys them. */
function reservedKeys(): Map<string, string> {
  if (reserved) return reserved;
  reserved = new Map();
  for (const name of NOT_ISSUES) reserved.set(key(name), 'a right name (utils/naming/exceptions.json)');
  for (const p of PLACES) for (const name of [...p.official, ...p.old, ...p.pinyin, ...p.zh]) reserved.set(key(name), 'the name of a place (utils/places/places.json)');
  for (const s of SHARED_NAMES) for (const name of [...s.names, ...s.pinyin, ...s.zh]) reserved.set(key(name), 'the name of a place (utils/places/places.json)');
  return reserved;
}

/** Why a phrase may not be flagged, or null. */
export function checkPackPhrase(phrase: string): string | null {
  const k = key(phrase);
  if (!/\p{L}/u.test(k)) return `“${phrase}” has no letter`;
  if (k.replace(/[^\p{L}\p{N}]/gu, '').length < (HAN.test(k) ? 2 : 3)) return `“${phrase}” is too short: it would match inside ordinary words`;
  const taken = reservedKeys().get(k);
  return taken ? `“${phrase}” is ${taken}; a rule cannot take it` : null;
}

/**
 * The pack's examples, run with the rules as they would be once it is imported: the first that
 * fails, named by its place in the file ("rules[1].examples.produce[0]: …"), or null.
 */
export function checkPackExamples(pack: { rules: readonly { id: string; examples?: Rule['examples'] }[] }, rules: readonly Rule[]): string | null {
  const lexicon = buildLexicon(rules);
  const found = (text: string) => new Set(scanText(textIndexFromString(text), { lexicon }).findings.map((f) => f.ruleId));
  for (const [i, rule] of pack.rules.entries()) {
    for (const [j, text] of (rule.examples?.produce ?? []).entries()) {
      if (!found(text).has(rule.id)) return `rules[${i}].examples.produce[${j}]: “${text}” does not produce ${rule.id}`;
    }
    for (const [j, text] of (rule.examples?.notProduce ?? []).entries()) {
      if (found(text).has(rule.id)) return `rules[${i}].examples.notProduce[${j}]: “${text}” produces ${rule.id}`;
    }
  }
  return null;
}
