/**
 * Every data file a policy officer reviews, with the schema that checks it. The build checks each
 * (wxt.config.ts: a wrong file stops the build, naming the field), and the content script gets
 * them already checked and without what is there for review, so no page pays for either.
 */
import * as v from 'valibot';
import { dataIssue } from './data-check';
import { NamingExceptionsSchema, RuleSchema } from './naming/rule-schema';
import { OrgsFileSchema } from './orgs/schema';
import { PackMetaSchema } from './settings/schema';
import { PlaceContextSchema, PlacesFileSchema } from './places/schema';

export const DATA_FILES: readonly { path: RegExp; schema: v.GenericSchema }[] = [
  { path: /utils\/naming\/rules\/[a-z0-9-]+\.json$/, schema: RuleSchema },
  { path: /utils\/naming\/exceptions\.json$/, schema: NamingExceptionsSchema },
  { path: /utils\/naming\/pack\.json$/, schema: PackMetaSchema },
  { path: /utils\/places\/places\.json$/, schema: PlacesFileSchema },
  { path: /utils\/places\/context\.json$/, schema: PlaceContextSchema },
  { path: /utils\/orgs\/orgs\.json$/, schema: OrgsFileSchema },
];

/** What the schema makes of a data file (defaults filled in), or an error naming the first wrong field. */
export function checkDataFile(path: string, json: unknown): { ok: true; value: unknown } | { ok: false; error: string } | null {
  const file = DATA_FILES.find((f) => f.path.test(path.replace(/\\/g, '/')));
  if (!file) return null;
  const r = v.safeParse(file.schema, json);
  return r.success ? { ok: true, value: r.output } : { ok: false, error: dataIssue(r.issues) };
}

/**
 * What only the reviewer and the tests read: examples, the reason for an exception (`why`), the
 * source that establishes a domain. The content script never reads them.
 */
const FOR_REVIEW = new Set(['examples', 'why', 'source']);

/** The same value without what is there for review, for the content script. */
export function withoutExamples(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutExamples);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => !FOR_REVIEW.has(key)).map(([key, item]) => [key, withoutExamples(item)]));
}

type PlacesFile = v.InferOutput<typeof PlacesFileSchema>;
type OrgsFile = v.InferOutput<typeof OrgsFileSchema>;
type ExceptionsFile = v.InferOutput<typeof NamingExceptionsSchema>;
type RuleFile = v.InferOutput<typeof RuleSchema>;

/**
 * What the content script's scan reads of each data file, which it carries to every matched page.
 * Every spelling of a place and every rule phrase is in the matcher compiled at build time (and
 * the background compiles the matcher for the user's own rules), so the scan keeps of a place only
 * its display names and where a look-alike's namesake lies, and of a rule its grading, checks and
 * suggestion (not its explanation, which the panel's script shows); of an organization, what tells its site (id and domains: the panel's script names it); of
 * the names that are right, the "China …" ones (the scan reads their second words: CHINA_NAME_WORDS;
 * the rest are phrases of the matcher). The panel's script gets the files in full (without their
 * examples).
 */
const FOR_SCAN: readonly { path: RegExp; keep: (value: never) => unknown }[] = [
  {
    path: /utils\/places\/places\.json$/,
    keep: (file: PlacesFile) => ({
      places: file.places.map(({ id, names, namesake, homeArea }) => ({ id, names, ...(namesake ? { namesake } : {}), ...(homeArea ? { homeArea } : {}) })),
      shared: [],
    }),
  },
  // The explanation is read where a finding is shown, by the panel's script (utils/page/explanations.ts).
  { path: /utils\/naming\/rules\/[a-z0-9-]+\.json$/, keep: ({ explanation: _, ...rule }: RuleFile) => ({ ...rule, phrases: [] }) },
  { path: /utils\/orgs\/orgs\.json$/, keep: (orgs: OrgsFile) => orgs.map(({ id, domains }) => ({ id, domains: domains.map(({ domain }) => ({ domain })) })) },
  {
    path: /utils\/naming\/exceptions\.json$/,
    keep: (file: ExceptionsFile) => ({ ...file, notIssues: file.notIssues.filter((name) => /^China /.test(name)) }),
  },
];

/** A checked data file as the content script gets it: what its scan reads, nothing for review. */
export function forScan(path: string, value: unknown): unknown {
  const file = FOR_SCAN.find((f) => f.path.test(path.replace(/\\/g, '/')));
  return withoutExamples(file ? file.keep(value as never) : value);
}
