import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { detectOrg, ORGS } from '@/utils/orgs';
import { ORG_IDS } from '@/utils/orgs/ids';
import { OrgsFileSchema } from '@/utils/orgs/schema';

/** utils/orgs/orgs.json: each organization's examples (its sites, and look-alikes that are not) run as one table. */
const sites = ORGS.flatMap((o) => (o.examples?.sites ?? []).map((url) => [o.id, url] as const));
const notSites = ORGS.flatMap((o) => (o.examples?.notSites ?? []).map((url) => [o.id, url] as const));
const file = (): unknown[] => JSON.parse(readFileSync(new URL('../../../utils/orgs/orgs.json', import.meta.url), 'utf8'));

describe('organization examples', () => {
  it.each(sites)('%s: %s is its site', (id, url) => expect(detectOrg(url)?.id).toBe(id));
  it.each(notSites)('%s: %s is not its site', (id, url) => expect(detectOrg(url)?.id).not.toBe(id));
  it('every organization has examples both ways', () => {
    for (const o of ORGS) {
      expect(o.examples?.sites.length, o.id).toBeGreaterThan(0);
      expect(o.examples?.notSites.length, o.id).toBeGreaterThan(0);
    }
  });
});

describe('organization data file', () => {
  it('holds every organization id once', () => expect(ORGS.map((o) => o.id)).toEqual([...ORG_IDS]));
  it('a domain that is not a domain, or one given twice, is refused', () => {
    const orgs = file() as { domains: { domain: string; source: string }[] }[];
    const bad = orgs.map((o, i) => (i === 1 ? { ...o, domains: [{ domain: 'https://citynet-ap.org/', source: 'x' }] } : o));
    const r = v.safeParse(OrgsFileSchema, bad);
    expect(r.success).toBe(false);
    expect(v.getDotPath(r.issues![0])).toBe('1.domains.0.domain');
    const twice = orgs.map((o, i) => (i === 1 ? { ...o, domains: [...o.domains, orgs[0]!.domains[0]!] } : o));
    expect(v.safeParse(OrgsFileSchema, twice).success).toBe(false);
  });
});
