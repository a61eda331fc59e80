/**
 * Rule packs: rules as a file a colleague or the ministry can review, send and import. A pack has
 * an id, a version, a publisher and a date. Its rules are phrases of the user's own (ids
 * custom-…, an explanation in both languages) or whole shipped rules (the ids of
 * utils/naming/rules/<id>.json): a ministry-reviewed pack re-grading a rule, adding phrases or
 * examples. The shipped rules are a pack too (shippedPack). Importing validates the whole file
 * first (nothing changes on any error) and merges by rule id; each rule remembers the pack it came
 * from (id, version, date: what a team server would sync on), and removing a pack brings the
 * shipped rules back.
 */
import * as v from 'valibot';
import type { Result } from '../result';
import { RULES, type Rule } from '../naming/rules';
import { RuleSchema } from '../naming/rule-schema';
import shippedMeta from '../naming/pack.json';
import { PackMetaSchema, StoredPhraseSchema, type CustomPhrase, type RuleOverride } from './schema';
import { checkPackExamples, checkPackPhrase, type PackRefusal } from './pack-checks';

export { refusalText, type PackRefusal } from './pack-checks';

export const PACK_FORMAT = 'taiwan-city-lens-rule-pack';

export const PackPhraseSchema = v.omit(StoredPhraseSchema, ['pack']);
const PackRulesSchema = v.pipe(v.array(v.unknown()), v.minLength(1, 'has no rules'), v.maxLength(500));
const PackEnvelopeSchema = v.object({ format: v.literal(PACK_FORMAT), ...PackMetaSchema.entries, rules: PackRulesSchema });

/** A pack's rule: a phrase of the user's own, or a whole shipped rule as the pack has it. */
export type PackRule = v.InferOutput<typeof PackPhraseSchema> | Rule;
export type PackMeta = v.InferOutput<typeof PackMetaSchema>;
export type RulePack = PackMeta & { format: typeof PACK_FORMAT; rules: PackRule[] };

export const isPhraseRule = (rule: PackRule): rule is v.InferOutput<typeof PackPhraseSchema> => 'phrase' in rule;

/** The shipped rules as a pack: built from the same files (utils/naming/rules/, utils/naming/pack.json). */
export const SHIPPED_PACK_META: PackMeta = v.parse(PackMetaSchema, shippedMeta);
export function shippedPack(rules: readonly Rule[] = RULES): RulePack {
  return { format: PACK_FORMAT, ...SHIPPED_PACK_META, rules: rules.map((rule) => ({ ...rule })) };
}

/** The user's phrases as a pack (`meta` names it). */
export function exportPack(phrases: readonly CustomPhrase[], meta: PackMeta): RulePack {
  return { format: PACK_FORMAT, ...meta, rules: phrases.map(({ id, phrase, severity, explanation }) => ({ id, phrase, severity, explanation })) };
}

/** Where a value failed the schema, as a person reads it: "rules[2].severity: Invalid type…" (the schema's own words, in English). */
function issuePath(issue: v.BaseIssue<unknown>, prefix = ''): PackRefusal {
  const path = prefix + (issue.path ?? []).map((p) => (typeof p.key === 'number' ? `[${p.key}]` : `.${String(p.key)}`)).join('');
  return { at: path.replace(/^\./, '') || 'pack', key: 'packRefusalSchema', subs: [issue.message] };
}

/** One rule of a pack, checked: its shape, and that it cannot break the lens (pack-checks.ts). */
function readRule(value: unknown, i: number): Result<PackRule, PackRefusal> {
  const at = `rules[${i}]`;
  const id = value && typeof value === 'object' ? (value as { id?: unknown }).id : undefined;
  const custom = typeof id === 'string' && id.startsWith('custom-');
  if (!custom) {
    const shipped = RULES.find((r) => r.id === id);
    if (!shipped) return { ok: false, error: { at: `${at}.id`, key: 'packRefusalNotShipped', subs: [JSON.stringify(id) ?? 'undefined'] } };
    const r = v.safeParse(RuleSchema, value);
    if (!r.success) return { ok: false, error: issuePath(r.issues[0], at) };
    if (r.output.kind !== shipped.kind) return { ok: false, error: { at: `${at}.kind`, key: 'packRefusalKind', subs: [shipped.kind] } };
    for (const [j, phrase] of r.output.phrases.entries()) {
      const wrong = checkPackPhrase(phrase);
      if (wrong) return { ok: false, error: { at: `${at}.phrases[${j}]`, ...wrong } };
    }
    return { ok: true, value: r.output };
  }
  const r = v.safeParse(PackPhraseSchema, value);
  if (!r.success) return { ok: false, error: issuePath(r.issues[0], at) };
  const wrong = checkPackPhrase(r.output.phrase);
  return wrong ? { ok: false, error: { at: `${at}.phrase`, ...wrong } } : { ok: true, value: r.output };
}

/** Reads a pack file: the pack, or a clear error naming the first wrong field. */
export function readPack(text: string): Result<RulePack, PackRefusal> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: { at: '', key: 'packRefusalNotJson', subs: [] } };
  }
  const r = v.safeParse(PackEnvelopeSchema, json);
  if (!r.success) return { ok: false, error: issuePath(r.issues[0]) };
  const rules: PackRule[] = [];
  for (const [i, value] of r.output.rules.entries()) {
    const rule = readRule(value, i);
    if (!rule.ok) return rule;
    rules.push(rule.value);
  }
  const ids = rules.map((rule) => rule.id);
  const dup = ids.find((id, i) => ids.indexOf(id) !== i);
  if (dup) return { ok: false, error: { at: 'rules', key: 'packRefusalUsedTwice', subs: [dup] } };
  return { ok: true, value: { ...r.output, rules } };
}

/** The rule packs' part of the settings. */
export interface PackedRules {
  customPhrases: CustomPhrase[];
  ruleOverrides: RuleOverride[];
}

const same = (a: Rule, b: Rule) => JSON.stringify(v.parse(RuleSchema, a)) === JSON.stringify(v.parse(RuleSchema, b));

/**
 * The settings with the pack merged in by rule id, and counts of what changed: a phrase already
 * there is replaced by the pack's, others are added; a shipped rule the pack changes is
 * overridden (replacing an earlier pack's), and one the pack has exactly as shipped is left as shipped.
 */
export function mergePack(current: PackedRules, pack: RulePack): PackedRules & { added: number; replaced: number; overridden: number } {
  const { format: _format, rules, ...meta } = pack;
  const incoming = new Map(rules.filter(isPhraseRule).map((rule) => [rule.id, { ...rule, pack: meta }]));
  let replaced = 0;
  const merged = current.customPhrases.map((p) => {
    const next = incoming.get(p.id);
    if (!next) return p;
    incoming.delete(p.id);
    replaced++;
    return next;
  });
  const whole = rules.filter((r): r is Rule => !isPhraseRule(r));
  const changed = whole.filter((r) => !same(r, RULES.find((s) => s.id === r.id)!));
  const touched = new Set(whole.map((r) => r.id));
  const ruleOverrides = [...current.ruleOverrides.filter((o) => !touched.has(o.id)), ...changed.map((r) => ({ ...r, pack: meta }))];
  return { customPhrases: [...merged, ...incoming.values()], ruleOverrides, added: incoming.size, replaced, overridden: changed.length };
}

/** The settings without what a pack brought: its phrases go, the shipped rules it changed come back. */
export function removePack(current: PackedRules, pack: PackMeta): PackedRules {
  const from = (p?: PackMeta) => p?.id === pack.id && p.version === pack.version;
  return { customPhrases: current.customPhrases.filter((p) => !from(p.pack)), ruleOverrides: current.ruleOverrides.filter((r) => !from(r.pack)) };
}

/** The packs the settings hold rules of, each once, with what it brought, for the settings to list. */
export function installedPacks(current: PackedRules): { pack: PackMeta; phrases: string[]; rules: string[] }[] {
  const seen = new Map<string, { pack: PackMeta; phrases: string[]; rules: string[] }>();
  const entry = (pack: PackMeta) => {
    const key = `${pack.id}@${pack.version}`;
    if (!seen.has(key)) seen.set(key, { pack, phrases: [], rules: [] });
    return seen.get(key)!;
  };
  for (const p of current.customPhrases) if (p.pack) entry(p.pack).phrases.push(p.id);
  for (const r of current.ruleOverrides) entry(r.pack).rules.push(r.id);
  return [...seen.values()];
}

/** The packs the user's phrases came from, each once. */
export function packsIn(phrases: readonly CustomPhrase[]): PackMeta[] {
  return installedPacks({ customPhrases: [...phrases], ruleOverrides: [] }).map((p) => p.pack);
}

/** Compares two pack versions ("1.2" and "1.10.0") part by part, missing parts as 0: below 0 when a is older. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** The installed pack with this id that is newer than the version given, if any: importing the older one would undo its changes. */
export function newerInstalled(current: PackedRules, pack: PackMeta): PackMeta | undefined {
  return installedPacks(current)
    .map((p) => p.pack)
    .find((p) => p.id === pack.id && compareVersions(pack.version, p.version) < 0);
}

/**
 * A pack file imported into the settings: read and checked, merged, and its examples run with the
 * rules it leaves — or refused, naming the field, with nothing changed. An older version of a pack
 * already installed is refused: the newer one must be removed first to go back.
 */
export function importPack<S extends PackedRules>(
  settings: S,
  text: string,
  rulesOf: (settings: S) => Rule[],
): Result<{ settings: S; pack: RulePack; added: number; replaced: number; overridden: number }, PackRefusal> {
  const read = readPack(text);
  if (!read.ok) return read;
  const newer = newerInstalled(settings, read.value);
  if (newer) return { ok: false, error: { at: 'version', key: 'packRefusalOlder', subs: [read.value.version, newer.version, newer.id] } };
  const { added, replaced, overridden, ...packed } = mergePack(settings, read.value);
  const next = { ...settings, ...packed };
  const wrong = checkPackExamples(read.value, rulesOf(next));
  if (wrong) return { ok: false, error: wrong };
  return { ok: true, value: { settings: next, pack: read.value, added, replaced, overridden } };
}
