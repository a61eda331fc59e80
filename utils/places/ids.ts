/** Taiwan's 22 special municipalities, cities and counties, ids exactly as in NAMING.md's table. */
export const PLACE_IDS = [
  'taipei',
  'new-taipei',
  'taoyuan',
  'taichung',
  'tainan',
  'kaohsiung',
  'keelung',
  'hsinchu-city',
  'hsinchu-county',
  'miaoli',
  'changhua',
  'nantou',
  'yunlin',
  'chiayi-city',
  'chiayi-county',
  'pingtung',
  'yilan',
  'hualien',
  'taitung',
  'penghu',
  'kinmen',
  'lienchiang',
] as const;

export type PlaceId = (typeof PLACE_IDS)[number];

export function isPlaceId(id: string): id is PlaceId {
  return (PLACE_IDS as readonly string[]).includes(id);
}
