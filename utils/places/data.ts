/**
 * Taiwan's places and every way pages spell them (NAMING.md's table), read from
 * utils/places/places.json and checked against its schema as it loads.
 */
import { parseDataFile } from '../data-check';
import type * as v from 'valibot';
import type { PlaceId } from './ids';
import { PlacesFileSchema, type Place, type SharedName } from './schema';
import placesFile from './places.json';

export type { Place } from './schema';

declare const __TCL_DATA_CHECKED__: boolean | undefined;
// Checked by the build for the content script (wxt.config.ts), here everywhere else.
const data = typeof __TCL_DATA_CHECKED__ !== 'undefined' ? (placesFile as unknown as v.InferOutput<typeof PlacesFileSchema>) : parseDataFile(PlacesFileSchema, placesFile, 'utils/places/places.json');

export const PLACES: readonly Place[] = data.places;

/** Names that may be the city or the county: both ids are candidates (NAMING.md). */
export const SHARED_NAMES: readonly SharedName[] = data.shared;

const byId = new Map(PLACES.map((p) => [p.id, p]));
export function placeById(id: PlaceId): Place {
  return byId.get(id)!;
}
