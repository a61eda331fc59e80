import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { scanText } from '@/utils/naming/engine';
import { textIndexFromString } from '@/utils/dom/text-index';
import { PLACES, SHARED_NAMES } from '@/utils/places/data';
import { PLACE_IDS } from '@/utils/places/ids';
import { PlaceContextSchema, PlacesFileSchema } from '@/utils/places/schema';

/**
 * Each place in utils/places/places.json carries its examples (texts in which it must be
 * recognized, and texts in which it must not); utils/places/context.json carries texts that name
 * no Taiwanese place at all. One table runs them all.
 */
const idsFound = (text: string) => new Set(scanText(textIndexFromString(text)).places.flatMap((m) => m.placeIds));
const read = (name: string): unknown => JSON.parse(readFileSync(new URL(`../../../utils/places/${name}`, import.meta.url), 'utf8'));

const recognized = [
  ...PLACES.flatMap((p) => (p.examples?.recognized ?? []).map((text) => [p.id, text] as const)),
  ...SHARED_NAMES.flatMap((s) => (s.examples?.recognized ?? []).flatMap((text) => s.ids.map((id) => [id, text] as const))),
];
const notRecognized = [
  ...PLACES.flatMap((p) => (p.examples?.notRecognized ?? []).map((text) => [p.id, text] as const)),
  ...SHARED_NAMES.flatMap((s) => (s.examples?.notRecognized ?? []).flatMap((text) => s.ids.map((id) => [id, text] as const))),
];
const context = v.parse(PlaceContextSchema, read('context.json'));

describe('place examples', () => {
  it('every place has examples of being recognized', () => {
    for (const p of PLACES) expect(p.examples?.recognized.length, p.id).toBeGreaterThan(0);
  });
  it.each(recognized)('%s: recognized in %j', (id, text) => expect(idsFound(text).has(id)).toBe(true));
  it.each(notRecognized)('%s: not recognized in %j', (id, text) => expect(idsFound(text).has(id)).toBe(false));
  it.each(context.examples?.notRecognized ?? [])('no Taiwanese place in %j', (text) => expect([...idsFound(text)]).toEqual([]));
});

describe('place data files', () => {
  it('places.json holds every place id once', () => {
    expect(PLACES.map((p) => p.id).sort()).toEqual([...PLACE_IDS].sort());
  });
  it('a file that breaks the schema is refused, naming the field', () => {
    const file = read('places.json') as { places: { id: string; official: string[] }[] };
    const r = v.safeParse(PlacesFileSchema, { ...file, places: file.places.map((p, i) => (i === 2 ? { ...p, official: [] } : p)) });
    expect(r.success).toBe(false);
    expect(v.getDotPath(r.issues![0])).toBe('places.2.official');
    // the ids are the file's: a place given twice, or a shared name naming a place not in the file, is refused
    expect(v.safeParse(PlacesFileSchema, { ...file, places: [...file.places, file.places[0]] }).success).toBe(false);
    expect(v.safeParse(PlacesFileSchema, { ...file, places: file.places.filter((p) => p.id !== 'hsinchu-city') }).success).toBe(false);
    expect(v.getDotPath(v.safeParse(PlacesFileSchema, { ...file, places: file.places.map((p, i) => (i === 0 ? { ...p, id: 'Taipei City' } : p)) }).issues![0])).toBe('places.0.id');
  });
  it('a look-alike names where its namesake lies, or is decided by the words next to it only', () => {
    for (const p of PLACES.filter((p) => p.lookAlike)) expect(p.namesake?.length, p.id).toBeGreaterThan(0);
  });
  it('an empty list of words is refused: a pattern built from it would match everywhere', () => {
    const r = v.safeParse(PlaceContextSchema, { ...(read('context.json') as object), goddessBefore: [] });
    expect(r.success).toBe(false);
    expect(v.getDotPath(r.issues![0])).toBe('goddessBefore');
  });
  it('context lists are written folded (lower case, 台 for 臺), so they match folded page text', () => {
    const lists = [context.prcAreas, context.goddessBefore, context.goddessAfter, context.nameGoesOn, context.surnames, context.missionAfter, context.taiwanSignals];
    for (const w of lists.flat()) expect(w).toBe(w.toLowerCase().replace(/臺/g, '台'));
  });
});
