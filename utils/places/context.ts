/**
 * When a spelling of a Taiwanese place, read in its context, names something else: "Taoyuan
 * County, Hunan", the sea goddess Mazu, 來台中國學生 ("Chinese students coming to Taiwan").
 * Only clear cases are vetoed; an ambiguous name keeps its mention with a lower confidence.
 * All text here is folded (lower case, 臺 as 台) and keeps the page's offsets.
 */
import { parseDataFile } from '../data-check';
import type { Spelling } from '../naming/lexicon';
import { fold } from '../text/fold';
import { PLACES } from './data';
import { LETTER } from '../text/letters';
import type { PlaceId } from './ids';
import { PlaceContextSchema, type PlaceContext } from './schema';
import contextFile from './context.json';

// The words are data (utils/places/context.json, checked by its schema); the patterns are built
// from them here. Chinese stays in strings (the build escapes plain strings to ASCII; Chrome
// refuses a whole extension over one script it cannot decode, see build-output.test.ts).
declare const __TCL_DATA_CHECKED__: boolean | undefined;
const words = typeof __TCL_DATA_CHECKED__ !== 'undefined' ? (contextFile as unknown as PlaceContext) : parseDataFile(PlaceContextSchema, contextFile, 'utils/places/context.json');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The words as one alternation; none is a pattern that never matches (an empty one would match everywhere). */
const alt = (list: readonly string[]) => (list.length > 0 ? list.map((w) => escape(fold(w))).join('|') : '(?!)');
const isHan = (s: string) => /[\u3400-\u9fff\uf900-\ufaff]/.test(s);

/** PRC provinces, and the prefectures that hold a look-alike, looked up in a set: an alternation of
 * every name compiles slowly, on each page. Names of more than one word are matched as they are. */
const PRC_AREAS = new Set(words.prcAreas.map(fold));
const AREA_WORD = `(${[...[...PRC_AREAS].filter((a) => a.includes(' ')).map(escape), '[a-z]+'].join('|')})`;
/** "Taoyuan, Hunan" / "Yilan County (Heilongjiang)" / "Taoyuan County in Changde". */
const AREA_AFTER = new RegExp(`^(?: county| city| district)? *(?:, *|\\( *|in |of )${AREA_WORD}(?![${LETTER}])`);
/** "Taoyuan, a county-level city". */
const COUNTY_LEVEL_AFTER = /^(?: county| city| district)? *,? (?:is )?an? county-level city/;
/** "Changzhou's Xinbei District" / "Hunan's Taoyuan County". */
const AREA_BEFORE = new RegExp(`(?:^|[^${LETTER}])${AREA_WORD}(?: province)?'s $`);

/** The PRC area named right after a name: its name, '' for "a county-level city", or null. */
function areaAfter(after: string): string | null {
  const named = AREA_AFTER.exec(after);
  if (named && PRC_AREAS.has(named[1]!)) return named[1]!;
  return COUNTY_LEVEL_AFTER.test(after) ? '' : null;
}
/** Taiwan's Kinmen is in (the ROC's) Fujian: "Jinmen County, Fujian Province" is still Kinmen. */
const HOME_AREA = new Map(PLACES.flatMap((p) => (p.homeArea ? [[p.id, fold(p.homeArea)] as const] : [])));

/** The sea goddess (媽祖), written Mazu or Matsu, and the islands named after her. */
const GODDESS_BEFORE = new RegExp(`(?:${alt(words.goddessBefore)}) $`);
const GODDESS_AFTER = new RegExp(`^(?:'s)?,? (?:the )?(?:${alt(words.goddessAfter)})`);

/** What follows a pinyin name when it names a company or a PRC old town: "Beijing Hualian Group", "Nantou Old Town". */
const NAME_GOES_ON = new RegExp(`^ (?:${alt(words.nameGoesOn)})(?![${LETTER}])`);
/**
 * Common Chinese surnames, in pinyin and Wade-Giles: "Zhang Jiayi" and "Lin Chia-yi" are people.
 * Only pinyin and hyphenated spellings are checked; they double as given names.
 */
const SURNAMES = new Set(words.surnames.map(fold));
/** The word right before a name and its space ("zhang " before "jiayi"). */
const WORD_BEFORE = new RegExp(`(?:^|[^${LETTER}])([a-z]+) $`);

/** "Taipei" standing for the country in the names of Taiwan's missions abroad. */
const MISSION_AFTER = new RegExp(
  `^ (?:${alt(words.missionAfter.filter((w) => !isHan(w)))})|^(?:${alt(words.missionAfter.filter(isHan))})`,
);

const ZH_NOT_A_PLACE = words.zhNotAPlace.map((r) => ({
  ...r,
  quotes: r.quotes.map(fold),
  before: r.before?.map(fold),
  after: r.after?.map(fold),
  afterNot: r.afterNot?.map(fold),
}));
const quoteIs = (quote: string, forms: readonly string[]) =>
  forms.some((f) => (f.endsWith('…') ? quote.startsWith(f.slice(0, -1)) : quote === f));

/** Chinese names that read as another place or thing: 舊金山金門大橋, 桃園三結義, 常州新北区. */
function zhElsewhere(quote: string, before: string, after: string): boolean {
  return ZH_NOT_A_PLACE.some(
    (r) =>
      quoteIs(quote, r.quotes) &&
      (!r.before || r.before.some((w) => before.endsWith(w))) &&
      (!r.after || r.after.some((w) => after.startsWith(w))) &&
      !(r.afterNot ?? []).some((w) => after.startsWith(w)),
  );
}

export interface MentionContext {
  /** the folded page text */
  folded: string;
  start: number;
  end: number;
  spelling: Spelling;
  /** the place's name is also a place outside Taiwan */
  lookAlike: boolean;
  ids?: readonly PlaceId[];
}

export function namesSomethingElse({ folded, start, end, spelling, lookAlike, ids = [] }: MentionContext): boolean {
  const quote = folded.slice(start, end);
  const after = folded.slice(end, end + 40);
  const before = folded.slice(Math.max(0, start - 20), start);
  if ((quote === 'taipei' || quote === '台北') && MISSION_AFTER.test(after)) return true;
  if (spelling === 'zh') return zhElsewhere(quote, before, after);
  if (lookAlike || spelling === 'pinyin') {
    const area = areaAfter(after);
    // An area outside Taiwan, unless it is the ROC's own name for where this place is (Kinmen, Fujian).
    if (area !== null && !(area && ids.some((id) => HOME_AREA.get(id) === area))) return true;
    const areaBefore = AREA_BEFORE.exec(before);
    if ((areaBefore && PRC_AREAS.has(areaBefore[1]!)) || NAME_GOES_ON.test(after)) return true;
  }
  const givenName = spelling === 'pinyin' || (spelling !== 'official' && /[- ]/.test(quote));
  if (givenName && SURNAMES.has(WORD_BEFORE.exec(before)?.[1] ?? '')) return true;
  if ((quote === 'mazu' || quote === 'matsu') && (GODDESS_BEFORE.test(before) || GODDESS_AFTER.test(after))) return true;
  return false;
}

/**
 * Where each look-alike's namesake lies in the PRC, for reading a whole block or page: "Taoyuan
 * County … lies in the north-west of Hunan Province", a page titled "Yilan County, Heilongjiang".
 */
const NAMESAKE_AREAS = new Map(
  PLACES.flatMap((p) => {
    if (!p.namesake) return [];
    const latin = p.namesake.filter((w) => !isHan(w));
    const han = p.namesake.filter(isHan);
    const parts = [...(latin.length ? [`(?:^|[^${LETTER}])(?:${alt(latin)})(?![${LETTER}])`] : []), ...(han.length ? [alt(han)] : [])];
    return [[p.id, new RegExp(parts.join('|'))] as const];
  }),
);
/** Taiwan named in the same block or title, or the place by a form its namesake does not have. */
const TAIWAN_SIGNAL = new RegExp(alt(words.taiwanSignals), 'u');
const MAX_LOOKS = 50;

/**
 * The page (its title and heading, or the blocks that mention the name) places this look-alike in
 * the PRC, and nothing there says Taiwan: every mention of it is the namesake. `folded` is the
 * folded text, `name` a folded spelling found in it, `context` the folded title and heading.
 */
export function namesakeOnPage(folded: string, context: string, id: PlaceId, name: string): boolean {
  const area = NAMESAKE_AREAS.get(id);
  if (!area) return false;
  if (TAIWAN_SIGNAL.test(context)) return false;
  let elsewhere = area.test(context);
  let from = 0;
  for (let looks = 0; looks < MAX_LOOKS; looks++) {
    const at = folded.indexOf(name, from);
    if (at < 0) break;
    const blockStart = Math.max(folded.lastIndexOf('\u2029', at) + 1, at - 1500);
    const stop = folded.indexOf('\u2029', at);
    const block = folded.slice(blockStart, stop < 0 ? Math.min(folded.length, at + 1500) : Math.min(stop, at + 1500));
    if (TAIWAN_SIGNAL.test(block)) return false;
    if (area.test(block)) elsewhere = true;
    from = at + name.length;
  }
  return elsewhere;
}
