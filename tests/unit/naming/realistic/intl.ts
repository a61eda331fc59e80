/** A fourth batch, written before running it: appositives, groupings, PRC addresses, UCLG's French and Spanish. */
import type { Case } from './case';

export const INTL: Case[] = [
  {
    id: 'appositive-chinas-partner',
    text: "Exports to Taiwan, China's main rival for semiconductor talent, rose 9 percent.",
    places: [],
    findings: [],
  },
  {
    id: 'zh-grouping-gangaotai',
    text: '入境旅客统计：中国（含港澳台）3200万人次，日本780万人次。',
    places: [],
    findings: ['under-china: 中国（含港澳台）'],
  },
  {
    id: 'grouping-incl-abbrev',
    text: 'Sales by region: China (incl. HK, Macau & Taiwan) 41%; Japan 18%; Europe 22%.',
    places: [],
    findings: ['under-china: China (incl. HK, Macau & Taiwan)'],
  },
  {
    id: 'prc-address-kinmen',
    text: 'Address: Jincheng Town, Kinmen, Fujian, China',
    places: ['kinmen'],
    findings: ['under-china: Kinmen, Fujian, China'],
  },
  {
    id: 'taipei-prc-abbrev',
    text: 'Conference venue: Taipei, P.R.C.',
    places: ['taipei'],
    findings: ['under-china: Taipei, P.R.C.'],
  },
  {
    id: 'kaohsiung-china-taiwan',
    text: 'Organizer: Kaohsiung, China Taiwan',
    places: ['kaohsiung'],
    findings: ['taiwan-china: China Taiwan'],
  },
  {
    id: 'un-sorted-inverted',
    text: 'China, Hong Kong SAR; China, Macao SAR; China, Taiwan Province of China; Colombia',
    places: [],
    findings: ['province-of-china: China, Taiwan Province of China'],
  },
  {
    id: 'uclg-fr',
    text: 'Le Bureau exécutif de CGLU Asie-Pacifique s’est réuni à Kaohsiung, Taipei chinois, en présence des maires de Taoyuan et de Tainan.',
    places: ['kaohsiung', 'taoyuan', 'tainan'],
    findings: ['chinese-taipei: Taipei chinois'],
  },
  {
    id: 'uclg-es',
    text: 'La ciudad de Taipéi acogió el congreso de CGLU ASPAC; la delegación de Taipéi Chino incluyó representantes de Taichung.',
    places: ['taipei', 'taichung'],
    findings: ['chinese-taipei: Taipéi Chino'],
  },
  {
    id: 'iso-es-fr',
    text: 'Taiwán, Provincia de China (TW)\nTaïwan, Province de Chine (TW)',
    places: [],
    findings: ['province-of-china: Taiwán, Provincia de China', 'province-of-china: Taïwan, Province de Chine'],
  },
  {
    id: 'iclei-europe-de',
    text: 'Die Delegation aus Taipeh und Kaohsiung besuchte Freiburg. Chinesisch Taipeh ist seit 2007 Mitglied.',
    places: ['taipei', 'kaohsiung'],
    findings: ['chinese-taipei: Chinesisch Taipeh'],
  },
  {
    id: 'zh-taiwan-kaohsiung',
    text: '台灣高雄與日本橫濱締結友好城市，中國台灣網則稱高雄為「台湾地区城市」。',
    places: ['kaohsiung'],
    findings: ['taiwan-china: 中國台灣', 'taiwan-china: 台湾地区'],
  },
  {
    id: 'roc-addresses',
    text: 'Taipei, ROC; Tainan City Government, Taiwan (R.O.C.); Taiwan, ROC',
    places: ['taipei', 'tainan'],
    findings: [],
  },
  {
    id: 'mainland-tao',
    text: "Mainland China's Taiwan Affairs Office criticized the visit of Kaohsiung's mayor to Prague.",
    places: ['kaohsiung'],
    findings: [],
  },
  {
    id: 'china-slash-taiwan',
    text: 'The China/Taiwan desk of the foreign ministry tracks Sino-Taiwanese trade.',
    places: [],
    findings: [],
  },
  {
    id: 'taiwan-region-plural',
    text: 'Visitors from the Hong Kong, Macao and Taiwan regions may apply online.',
    places: [],
    findings: [],
    optional: ['Taiwan region'],
  },
];
