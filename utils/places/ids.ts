/**
 * Place ids come from the data: the places in utils/places/places.json are the places there are, so
 * a new place is a new entry in that file and no list of code. PlaceId is a string, as the schema
 * says: what makes one a place is being in that file, which every record naming a place is checked
 * against (isPlaceId, v.picklist(PLACE_IDS) in the memberships', messages' and backups' schemas,
 * and the tests that run the data). A literal id in code is not checked by the compiler.
 */
import * as v from 'valibot';
import placesFile from './places.json';

/** The form of a place's own id in places.json: lower-case words joined by hyphens (NAMING.md's table). */
export const PlaceIdFormat = v.pipe(v.string(), v.regex(/^[a-z]+(?:-[a-z]+)*$/, 'must be lower-case words joined by hyphens'));

export type PlaceId = v.InferOutput<typeof PlaceIdFormat>;

/** The ids of the places in utils/places/places.json, in its order (the file itself is checked by PlacesFileSchema). */
export const PLACE_IDS: readonly PlaceId[] = placesFile.places.map((p) => p.id as PlaceId);

export function isPlaceId(id: string): id is PlaceId {
  return (PLACE_IDS as readonly string[]).includes(id);
}
