import type { PlaceId } from '@/utils/places/ids';

/**
 * One labelled excerpt, modelled on how real pages phrase things. Labels follow NAMING.md, not
 * the engine's output: `findings` are "kind: exact quote" (each distinct problem once), `places`
 * the place ids mentioned ("Hsinchu"/"Chiayi" alone: both ids), `optional` quotes that may be
 * flagged or not.
 */
export interface Case {
  id: string;
  /** plain text; a blank line is a block boundary (as in tests/unit/naming/fixtures.test.ts) */
  text?: string;
  /** a fragment of a page, for table rows and headings */
  html?: string;
  /** the page's title, for look-alikes the page as a whole disambiguates */
  title?: string;
  places: PlaceId[];
  findings: string[];
  optional?: string[];
}

export const HSINCHU: PlaceId[] = ['hsinchu-city', 'hsinchu-county'];
export const CHIAYI: PlaceId[] = ['chiayi-city', 'chiayi-county'];
