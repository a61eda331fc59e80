/**
 * Taiwan's places as data (utils/places/places.json) and the words that tell a look-alike from
 * the place (utils/places/context.json): what a policy officer reviews. These schemas are the
 * source of the types; every file is checked against them when it is loaded, and the examples
 * each carries are run by tests/unit/places/data.test.ts.
 */
import * as v from 'valibot';
import { PlaceIdFormat } from './ids';

const Name = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(100));
const Names = v.array(Name);
const Bilingual = v.object({ en: Name, 'zh-TW': Name });
/** A list of words the patterns are built from: never empty (an empty pattern would match everywhere). */
const Words = v.pipe(Names, v.minLength(1, 'must name at least one word'));

/** Texts in which the place must be recognized, and texts in which it must not be. */
const PlaceExamples = v.optional(v.object({ recognized: v.optional(v.array(v.string()), []), notRecognized: v.optional(v.array(v.string()), []) }));

export const PlaceSchema = v.object({
  id: PlaceIdFormat,
  names: Bilingual,
  /** official English, with and without City/County; the first is the full official name */
  official: v.pipe(Names, v.minLength(1)),
  /** older or other romanizations and former names (Taipei County, Quemoy…) */
  old: v.optional(Names, []),
  /** PRC Hanyu-pinyin spellings that differ from the official ones */
  pinyin: v.optional(Names, []),
  /** Chinese, traditional and simplified, with and without 市/縣 (matching folds 臺 to 台) */
  zh: v.pipe(Names, v.minLength(1)),
  /** also the name of a place outside Taiwan (Taoyuan in Hunan, Yilan in Heilongjiang) */
  lookAlike: v.optional(v.boolean()),
  /** spellings, of a place not otherwise ambiguous, that also name a place outside Taiwan (Xinbei District in Changzhou) */
  elsewhere: v.optional(Names),
  /** where its namesake lies in the PRC: a page or block naming one of these (and not Taiwan) is about the namesake */
  namesake: v.optional(Names),
  /** the ROC's own name for the area it lies in, which is also a PRC province ("Kinmen County, Fujian") */
  homeArea: v.optional(Name),
  examples: PlaceExamples,
});

/** A name that may be the city or the county (Hsinchu, Chiayi): both ids are candidates. */
export const SharedNameSchema = v.object({
  names: Names,
  pinyin: v.optional(Names, []),
  zh: v.optional(Names, []),
  ids: v.pipe(v.array(PlaceIdFormat), v.minLength(2)),
  examples: PlaceExamples,
});

export const PlacesFileSchema = v.pipe(
  v.object({ places: v.array(PlaceSchema), shared: v.array(SharedNameSchema) }),
  v.check((file) => file.places.every((p, i) => file.places.findIndex((q) => q.id === p.id) === i), 'every place id once'),
  v.check((file) => file.shared.every((s) => s.ids.every((id) => file.places.some((p) => p.id === id))), 'every shared name names places in this file'),
);

export type Place = v.InferOutput<typeof PlaceSchema>;
export type SharedName = v.InferOutput<typeof SharedNameSchema>;

/**
 * The words around a spelling that make it name something else (utils/places/context.ts): lists
 * in folded form (lower case, 臺 as 台), each matched as a whole word or string.
 */
export const PlaceContextSchema = v.object({
  /** PRC provinces, and the prefectures that hold a look-alike: "Taoyuan County, Hunan" */
  prcAreas: Words,
  /** words before Mazu/Matsu that make it the sea goddess: "the goddess Mazu", "dedicated to Matsu" */
  goddessBefore: Words,
  /** words after Mazu/Matsu that make it the goddess: "Mazu temple", "Matsu pilgrimage" */
  goddessAfter: Words,
  /** words after a pinyin name that make it a company or a PRC old town: "Beijing Hualian Group" */
  nameGoesOn: Words,
  /** Chinese surnames in pinyin and Wade-Giles: "Zhang Jiayi", "Lin Chia-yi" are people */
  surnames: Words,
  /** what follows "Taipei" in the names of Taiwan's missions abroad (Taipei stands for the country) */
  missionAfter: Words,
  /** Taiwan named in the same block or title, or a place by a form its namesake does not have */
  taiwanSignals: Words,
  /** Chinese spellings that read as another word in their context (舊金山金門大橋, 桃園三結義, 常州新北区) */
  zhNotAPlace: v.array(
    v.object({
      /** the spellings this applies to; a spelling ending in … applies to every one that begins so */
      quotes: v.pipe(Names, v.minLength(1)),
      /** the text before ends with one of these */
      before: v.optional(Names),
      /** the text after begins with one of these */
      after: v.optional(Names),
      /** …but not with one of these */
      afterNot: v.optional(Names),
      why: Name,
    }),
  ),
  /** texts in which no Taiwanese place may be recognized */
  examples: v.optional(v.object({ notRecognized: v.array(v.string()) })),
});

export type PlaceContext = v.InferOutput<typeof PlaceContextSchema>;
