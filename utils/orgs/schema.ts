/**
 * An organization as data (utils/orgs/orgs.json): what a policy officer reviews. The schema is the
 * source of the Org type; the file is checked against it as it loads, and its examples (addresses
 * that are and are not the organization's site) are run by tests/unit/orgs/data.test.ts.
 */
import * as v from 'valibot';
import { OrgIdFormat } from './ids';

const Text = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(500));
const Bilingual = v.object({ en: Text, 'zh-TW': Text });

export const OrgSchema = v.object({
  id: OrgIdFormat,
  names: Bilingual,
  /** registrable domains, each with where it was established to be the organization's; subdomains belong too */
  domains: v.pipe(
    v.array(
      v.object({
        domain: v.pipe(v.string(), v.regex(/^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,}$/, 'must be a domain such as iclei.org')),
        /** a page URL, or a seed document, that establishes it (and what it says) */
        source: Text,
      }),
    ),
    v.minLength(1),
  ),
  description: Bilingual,
  /** page addresses that are the organization's, and addresses that are not (look-alike domains) */
  examples: v.optional(v.object({ sites: v.optional(v.array(v.string()), []), notSites: v.optional(v.array(v.string()), []) })),
});

export const OrgsFileSchema = v.pipe(
  v.array(OrgSchema),
  v.check((orgs) => orgs.every((o, i) => orgs.findIndex((p) => p.id === o.id) === i), 'every organization id once'),
  v.check((orgs) => {
    const domains = orgs.flatMap((o) => o.domains.map((d) => d.domain));
    return domains.every((d, i) => domains.indexOf(d) === i);
  }, 'every domain once'),
);

export type Org = v.InferOutput<typeof OrgSchema>;
