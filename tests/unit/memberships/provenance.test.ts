/**
 * Every quote the shipped data cites from a seed document is in that document (whitespace
 * normalized). Quotes from web pages are checked by hand (see README, "Membership evidence").
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MEMBERSHIPS } from '@/utils/memberships/data';

const SHARED = fileURLToPath(new URL('../../../../shared/', import.meta.url));
const present = existsSync(join(SHARED, 'seeds'));
/** Whitespace collapsed; NFC, so the seeds' CJK compatibility ideographs (e.g. U+FA08 for 行) match the ordinary ones. */
const normalize = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

const seedQuotes = MEMBERSHIPS.flatMap((m) =>
  [
    ...m.status.map((s) => [`status ${s.kind} ${s.date}`, s.evidence] as const),
    ...(m.type ? [['type', m.type.evidence] as const] : []),
    ...(m.formerName ? [['former name', m.formerName.evidence] as const] : []),
    ...m.roles.map((r) => [`role “${r.title.en}”`, r.evidence] as const),
    ...m.notes.map((n) => [`note “${n.text.en}”`, n.evidence] as const),
  ].flatMap(([fact, list]) => list.filter((e) => e.source.startsWith('seeds/')).map((e) => [`${m.org}/${m.place} ${fact} (${e.source})`, e.source, e.quote] as const)),
);

if (!present) console.warn(`provenance: ${join(SHARED, 'seeds')} is absent; the ${seedQuotes.length} seed quotes are not checked.`);

describe.skipIf(!present)('every seed-sourced quote is in its seed', () => {
  const texts = new Map<string, string>();
  const seed = (ref: string) => {
    if (!texts.has(ref)) texts.set(ref, normalize(readFileSync(join(SHARED, ref), 'utf8')));
    return texts.get(ref)!;
  };
  it('there are quotes to check', () => expect(seedQuotes.length).toBeGreaterThan(30));
  it.each(seedQuotes)('%s', (_name, ref, quote) => {
    expect(existsSync(join(SHARED, ref)), `${ref} exists`).toBe(true);
    expect(seed(ref).includes(normalize(quote)), `“${quote}” is not in ${ref}`).toBe(true);
  });
});
