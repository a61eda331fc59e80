import type { TextIndex } from '../dom/text-index';
import { scanText, type PlaceMention } from '../naming/engine';

/** Every mention of a Taiwanese place; the same single pass that finds naming problems. */
export function findPlaces(index: TextIndex): PlaceMention[] {
  return scanText(index).places;
}
