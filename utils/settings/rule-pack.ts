/**
 * Rule packs: the user's phrases as a file a colleague or the ministry can review, send and
 * import. A pack has an id, a version, a publisher and a date; its rules are phrases with stable
 * ids and explanations in both languages. Importing validates the whole file first (nothing
 * changes on any error) and merges by rule id: a rule already there is replaced by the pack's,
 * others are added, and each remembers the pack it came from.
 */
import * as v from 'valibot';
import type { Result } from '../result';
import { PackMetaSchema, StoredPhraseSchema, type CustomPhrase } from './schema';

export const PACK_FORMAT = 'taiwan-city-lens-rule-pack';

export const RulePackSchema = v.object({
  format: v.literal(PACK_FORMAT),
  ...PackMetaSchema.entries,
  rules: v.pipe(v.array(v.omit(StoredPhraseSchema, ['pack'])), v.minLength(1, 'has no rules'), v.maxLength(500)),
});
export type RulePack = v.InferOutput<typeof RulePackSchema>;
export type PackMeta = v.InferOutput<typeof PackMetaSchema>;

/** The user's phrases as a pack (`meta` names it). */
export function exportPack(phrases: readonly CustomPhrase[], meta: PackMeta): RulePack {
  return { format: PACK_FORMAT, ...meta, rules: phrases.map(({ id, phrase, severity, explanation }) => ({ id, phrase, severity, explanation })) };
}

/** Where a value failed the schema, as a person reads it: "rules[2].severity: Invalid type…". */
function issuePath(issue: v.BaseIssue<unknown>): string {
  const path = (issue.path ?? []).map((p) => (typeof p.key === 'number' ? `[${p.key}]` : `.${String(p.key)}`)).join('');
  return `${path.replace(/^\./, '') || 'pack'}: ${issue.message}`;
}

/** Reads a pack file: the pack, or a clear error naming the first wrong field. */
export function readPack(text: string): Result<RulePack, string> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: 'not a JSON file' };
  }
  const r = v.safeParse(RulePackSchema, json);
  if (!r.success) return { ok: false, error: issuePath(r.issues[0]) };
  const ids = r.output.rules.map((rule) => rule.id);
  const dup = ids.find((id, i) => ids.indexOf(id) !== i);
  if (dup) return { ok: false, error: `rules: the id ${dup} is used twice` };
  return { ok: true, value: r.output };
}

/** The user's phrases with the pack merged in by rule id; counts of what changed. */
export function mergePack(phrases: readonly CustomPhrase[], pack: RulePack): { phrases: CustomPhrase[]; added: number; replaced: number } {
  const { format: _format, rules, ...meta } = pack;
  const incoming = new Map(rules.map((rule) => [rule.id, { ...rule, pack: meta }]));
  let replaced = 0;
  const merged = phrases.map((p) => {
    const next = incoming.get(p.id);
    if (!next) return p;
    incoming.delete(p.id);
    replaced++;
    return next;
  });
  return { phrases: [...merged, ...incoming.values()], added: incoming.size, replaced };
}

/** The packs the user's phrases came from, each once, for the settings to show with its version. */
export function packsIn(phrases: readonly CustomPhrase[]): PackMeta[] {
  const seen = new Map<string, PackMeta>();
  for (const p of phrases) if (p.pack) seen.set(`${p.pack.id}@${p.pack.version}`, p.pack);
  return [...seen.values()];
}
