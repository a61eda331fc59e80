/**
 * The naming rules as data (NAMING.md): what to flag, how bad it is, why, and what to write instead.
 * Phrases are matched after folding (case, width, 臺/台, spaces, hyphens), so each is listed once.
 */
import type { Severity } from '../db/types';

export type RuleKind = 'province-of-china' | 'taiwan-china' | 'under-china' | 'taipei-china' | 'chinese-taipei' | 'prc-romanization' | 'custom';

export interface Rule {
  id: string;
  kind: RuleKind;
  severity: Severity;
  /** literal phrases, English and Chinese (traditional and simplified) */
  phrases: string[];
  /** "A, B" phrases also read as two items of a list ("China, Taiwan and Japan"): skip them there */
  listSensitive?: boolean;
  explanation: { en: string; 'zh-TW': string };
  suggestion: { en: string; 'zh-TW': string };
  /** texts that must produce this rule, and texts that must not (run by tests/unit/naming/rules.test.ts) */
  examples?: { produce: string[]; notProduce: string[] };
}

export const RULES: readonly Rule[] = [
  {
    id: 'province-of-china',
    kind: 'province-of-china',
    severity: 'critical',
    phrases: [
      'Taiwan, Province of China', 'Taiwan Province of China', 'Taiwan (Province of China)', 'Province of China, Taiwan',
      'Taiwan, a province of China', "Taiwan Province of the People's Republic of China", 'Taiwan Province, China',
      "China's Taiwan Province", 'China, Taiwan Province of', 'China, Taiwan Province of China',
      // ISO 3166 in Spanish and French, on UCLG's trilingual pages
      'Taiwán, Provincia de China', 'Taïwan, Province de Chine', 'Taiwan (Provincia de China)', 'Taiwán (Provincia China)',
      'Taiwán, provincia china', 'provincia china de Taiwán', 'Taïwan (province de Chine)', 'province chinoise de Taïwan',
      // other wordings seen on registration forms and in reports
      'Taiwan, Prov. of China', "Taiwan, Province of the People's Republic of China", 'Chinese province of Taiwan',
      '中國台灣省', '中国台湾省', '台湾省',
    ],
    explanation: {
      en: 'Calls Taiwan a province of China (the ISO 3166 / UN wording). Taiwan is not governed by the PRC; this wording belittles the country and should be protested with a request for correction.',
      'zh-TW': '將臺灣稱為中國的一省（ISO 3166／聯合國用語）。臺灣並非中華人民共和國治理，此稱呼矮化國格，應提出抗議並要求更正。',
    },
    examples: {
      produce: ['Country: Taiwan, Province of China', 'ISO 3166: TW — Taiwan (Province of China)', '來自中國台灣省的代表', 'Taïwan, Province de Chine'],
      notProduce: ['Taiwan Provincial Government (臺灣省政府) was downsized in 1998.', 'Taiwan and the Province of Fujian'],
    },
    suggestion: { en: 'Taiwan', 'zh-TW': '臺灣（Taiwan）' },
  },
  {
    id: 'taiwan-china',
    kind: 'taiwan-china',
    severity: 'critical',
    phrases: [
      'Taiwan, China', 'Taiwan (China)', 'China (Taiwan)', 'China, Taiwan', 'China Taiwan', 'Chinese Taiwan',
      'Taiwan region of China', 'Taiwan Region', 'Taiwan, PRC', 'Taiwan (PRC)', 'Taiwan, P.R. China', "Taiwan, People's Republic of China",
      // PRC media in English: "people in China's Taiwan", "China's Taiwan region"
      "China's Taiwan", "China's Taiwan region", 'Taiwan Region (China)', 'Taiwan Region, China',
      // UCLG's Spanish and French (accents are folded: Taiwán, Taïwan)
      'Taiwan, Chine', 'Taiwan (Chine)', 'Chine (Taiwan)', 'Chine, Taiwan', 'Taiwan, Chine populaire',
      '中國台灣', '中国台湾', '台湾地区', '中國台灣地區', '中国台湾地区',
    ],
    listSensitive: true,
    explanation: {
      en: 'Presents Taiwan as part of China. Taiwan should be named as a country of its own.',
      'zh-TW': '將臺灣呈現為中國的一部分。應以臺灣為獨立國家名稱。',
    },
    examples: {
      produce: ['Kaohsiung, Taiwan, China', 'Delegates from China (Taiwan) attended.', '中国台湾地区的城市', 'Kaohsiung (Taiwán, China)'],
      notProduce: ['China, Taiwan and Japan signed the declaration.', 'Republic of China (Taiwan)', "China's Taiwan policy", 'Unlike China, Taiwan has elections.'],
    },
    suggestion: { en: 'Taiwan', 'zh-TW': '臺灣（Taiwan）' },
  },
  {
    id: 'taipei-china',
    kind: 'taipei-china',
    severity: 'high',
    phrases: ['Taipei, China', 'Taipei (China)', '中國台北', '中国台北'],
    explanation: {
      en: '"Taipei, China" is used as a name for the country (for example by the Asian Development Bank). It presents Taiwan as part of China.',
      'zh-TW': '「Taipei, China（中國台北）」被當作國名使用（例如亞洲開發銀行），將臺灣呈現為中國的一部分。',
    },
    examples: {
      produce: ['Members: Taipei,China; Hong Kong, China', 'ADB member: Taipei, China', '中國台北代表團'],
      notProduce: ['Taipei, China Airlines’ hub, welcomed the team.'],
    },
    suggestion: { en: 'Taiwan', 'zh-TW': '臺灣（Taiwan）' },
  },
  {
    id: 'chinese-taipei',
    kind: 'chinese-taipei',
    severity: 'medium',
    phrases: ['Chinese Taipei', 'Taipei chinois', 'Taipéi Chino', 'Taipei Chino', 'Chinesisch Taipeh', '中華台北', '中华台北'],
    explanation: {
      en: '"Chinese Taipei" is ICLEI\'s official label for Taiwan, although MOFA and ICLEI signed a memorandum in 2021 that says "Taiwan". MOFA asks that it be protested as belittling the country.',
      'zh-TW': '「Chinese Taipei（中華台北）」是 ICLEI 對臺灣的官方標示，但外交部與 ICLEI 於 2021 年簽署的備忘錄使用「Taiwan」。外交部認為此稱呼矮化國格，應提出抗議。',
    },
    examples: {
      produce: ['ICLEI members in Chinese Taipei', 'Chinese\nTaipei', '中華臺北', 'Taipei chinois'],
      notProduce: ['Taipei City joined in 2004.', 'Taiwan (ROC)'],
    },
    suggestion: { en: 'Taiwan', 'zh-TW': '臺灣（Taiwan）' },
  },
  {
    id: 'under-china',
    kind: 'under-china',
    severity: 'critical',
    phrases: [],
    explanation: {
      en: 'A Taiwanese place is listed as part of China (by its country, its heading, or a grouping). It should be listed under Taiwan.',
      'zh-TW': '臺灣的地方被列為中國的一部分（國家欄、標題或分組）。應列在臺灣之下。',
    },
    examples: {
      produce: ['Kaohsiung, China', 'Tainan (PRC) hosted the forum.', '中國高雄', 'China (including mainland, Hong Kong, Macau, Chinese Taipei)'],
      notProduce: ['Kaohsiung, Taiwan', 'Xiamen, China, and Kaohsiung, Taiwan', 'Kaohsiung, China Steel’s home'],
    },
    suggestion: { en: '<place>, Taiwan', 'zh-TW': '<place>（臺灣）' },
  },
  {
    id: 'prc-romanization',
    kind: 'prc-romanization',
    severity: 'low',
    phrases: [],
    explanation: {
      en: 'A Taiwanese place in PRC Hanyu-pinyin spelling: a sign the text came from a PRC source.',
      'zh-TW': '臺灣地名使用中國的漢語拼音拼法，顯示內容可能來自中國來源。',
    },
    examples: {
      produce: ['Gaoxiong port', 'flights to Taibei'],
      notProduce: ['Kaohsiung port', 'Zhang Jiayi said', 'Xinbei District, Changzhou'],
    },
    suggestion: { en: '<place>', 'zh-TW': '<place>' },
  },
];

/**
 * Names that contain a flagged phrase but are right (NAMING.md "Not issues"). The matcher reads
 * them as one phrase, so "Republic of China (Taiwan)" never yields "China (Taiwan)".
 */
export const NOT_ISSUES: readonly string[] = [
  'Republic of China (Taiwan)', 'Republic of China, Taiwan', 'Republic of China on Taiwan', 'Republic of China',
  'ROC (Taiwan)', 'Taiwan (ROC)', 'Taiwan (R.O.C.)', 'China Airlines', 'China Steel', 'China Times', 'China Post',
  'China Medical University', 'China Development Financial', 'China Motor', 'China Life', 'China Petrochemical',
  'China Shipbuilding', 'China Television', 'China Trust', 'China Youth Corps', 'China Productivity Center',
  // a business region, not the country: "Greater China (including Taiwan)" is not a grouping under China
  'Greater China',
  '中華民國（台灣）', '中華民國台灣', '中華民國',
];

/**
 * Nouns that make a phrase ending in "Taiwan" a modifier, not a name for the country: "China's
 * Taiwan policy" is China's policy on Taiwan, "China's Taiwan Affairs Office" a PRC office.
 */
export const MODIFIED_NOUNS: readonly string[] = [
  'affairs', 'policy', 'policies', 'strategy', 'question', 'issue', 'problem', 'work', 'drills', 'threat', 'invasion',
  'blockade', 'ambitions', 'claims', 'claim', 'stance', 'rhetoric', 'relations', 'ties', 'tensions', 'trade', 'office',
  'strait', 'straits', 'plans', 'pressure', 'war', 'crisis', 'reunification', 'unification',
];

/** Second words of the "China …" names above: "KAOHSIUNG, CHINA STEEL" is the company even in capitals. */
export const CHINA_NAME_WORDS: ReadonlySet<string> = new Set(
  NOT_ISSUES.filter((p) => /^China /.test(p)).map((p) => p.split(' ')[1]!.toLowerCase()),
);

const byId = new Map(RULES.map((r) => [r.id, r]));
export function ruleById(id: string): Rule {
  const rule = byId.get(id);
  if (!rule) throw new Error(`unknown naming rule ${id}`);
  return rule;
}
