/**
 * Taiwan's memberships in the organizations, as data with evidence for every fact
 * (memberships.json, checked against ../shared/DOMAIN.md, the seed documents and the pages cited;
 * the documents themselves in sources.json). The shapes are defined once, in ./schema.
 */
import type { OrgId } from '../orgs/registry';
import type { PlaceId } from '../places/ids';
import type { Membership, Source } from './schema';

export type { Bilingual, Evidence, Membership, MembershipNote, Role, Source, Stamp, StampKind, Status } from './schema';

/**
 * The memberships a surface shows (the shipped data with the user's corrections) and the catalog
 * of the documents they cite. The data itself is in ./data, which the content script does not
 * import: it asks the background for this (message `getMemberships`) and stays small.
 */
export interface MembershipData {
  memberships: Membership[];
  sources: Source[];
}

/** The catalog entry of a cited source; undefined for a user's own citation. */
export function sourceById(id: string, sources: readonly Source[]): Source | undefined {
  return sources.find((s) => s.id === id);
}

/** Members by their earliest dated joining (applied or since); those only listed as members last. */
function sortKey(m: Membership): string {
  const dated = m.status.find((s) => s.kind !== 'listed');
  return dated ? `0${dated.date}` : `1${m.status[0]?.date ?? ''}`;
}

let collator: Intl.Collator | null = null;

export function membersOf(org: OrgId, data: readonly Membership[]): Membership[] {
  // localeCompare's order, from one collator and one key per member: localeCompare on each
  // comparison was ~5x slower, and sorting the members was the panel's longest step on mounting.
  const compare = (collator ??= new Intl.Collator()).compare;
  return data
    .filter((m) => m.org === org)
    .map((m) => ({ m, key: sortKey(m) }))
    .sort((a, b) => compare(a.key, b.key))
    .map(({ m }) => m);
}

export function membershipsOf(place: PlaceId, data: readonly Membership[]): Membership[] {
  return data.filter((m) => m.place === place);
}

/** The user's corrections over the shipped data: same org and place replaces, others add. */
export function withOverrides(base: readonly Membership[], overrides: readonly Membership[]): Membership[] {
  const key = (m: Membership) => `${m.org}/${m.place}`;
  const over = new Map(overrides.map((m) => [key(m), m]));
  const merged = base.map((m) => over.get(key(m)) ?? m);
  const seen = new Set(base.map(key));
  return [...merged, ...overrides.filter((m) => !seen.has(key(m)))];
}
