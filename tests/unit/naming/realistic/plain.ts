/** A third batch: tables and headings as plain text reads them, affiliations, capitals, the goddess Matsu. */
import type { Case } from './case';

export const PLAIN: Case[] = [
  {
    id: 'tsv-member-table',
    text: 'City\tCountry\tMember since\nYokohama\tJapan\t1987\nKaohsiung\tChina\t2009\nTaipei\tTaiwan\t2004',
    places: ['kaohsiung', 'taipei'],
    findings: ['under-china: Kaohsiung'],
  },
  {
    id: 'tsv-member-table-negative',
    text: 'Kaohsiung\tTaiwan\t2009\nXiamen\tChina\t2010\nTainan\tTaiwan\t2012',
    places: ['kaohsiung', 'tainan'],
    findings: [],
  },
  {
    id: 'text-heading-china',
    text: 'Members\n\nChina\n\nBeijing\nShanghai\nTainan\n\nJapan\n\nYokohama\nKitakyushu',
    places: ['tainan'],
    findings: ['under-china: Tainan'],
  },
  {
    id: 'text-heading-taiwan',
    text: 'China\n\nBeijing\nShanghai\n\nTaiwan\n\nTainan\nTaichung',
    places: ['tainan', 'taichung'],
    findings: [],
  },
  {
    id: 'affiliation-academia-sinica',
    text: 'Biodiversity Research Center, Academia Sinica, Taiwan, China',
    places: [],
    findings: ['taiwan-china: Taiwan, China'],
  },
  {
    id: 'list-no-and',
    text: 'Most exchange students come from Japan, China, Taiwan.',
    places: [],
    findings: [],
  },
  {
    id: 'chinese-taipei-paren-taiwan',
    text: 'Delegation: Chinese Taipei (Taiwan), 12 members',
    places: [],
    findings: ['chinese-taipei: Chinese Taipei'],
  },
  {
    id: 'taipei-taiwan-province',
    text: 'Shipping address: Taipei, Taiwan, Province of China',
    places: ['taipei'],
    findings: ['province-of-china: Taiwan, Province of China'],
  },
  {
    id: 'kaohsiung-taiwan-province-china',
    text: 'Kaohsiung, Taiwan Province, China',
    places: ['kaohsiung'],
    findings: ['province-of-china: Taiwan Province, China'],
  },
  {
    id: 'title-case-airline',
    text: 'Kaohsiung, China Airlines Sign Cooperation MoU',
    places: ['kaohsiung'],
    findings: [],
  },
  {
    id: 'zh-prc-province-city',
    text: '中国台湾省高雄市代表出席了论坛。',
    places: ['kaohsiung'],
    findings: ['province-of-china: 中国台湾省'],
  },
  {
    id: 'zh-taipei-new-taipei',
    text: '台北市與新北市將合辦2025年世界壯年運動會。',
    places: ['taipei', 'new-taipei'],
    findings: [],
  },
  {
    id: 'matsu-dedicated',
    text: "Lukang's Tianhou Temple in Changhua is dedicated to Matsu, goddess of the sea.",
    places: ['changhua'],
    findings: [],
  },
  {
    id: 'caps-taiwan-region',
    text: 'SALES OFFICE – TAIWAN REGION\nNo. 100, Section 1, Taichung Port Road',
    places: ['taichung'],
    findings: ['taiwan-china: TAIWAN REGION'],
  },
  {
    id: 'xinhua-taipei-dateline',
    text: 'TAIPEI, March 3 (Xinhua) -- The China Times reported that Kinmen-Xiamen ferry services and the Taipei-Keelung commuter line resumed.',
    places: ['taipei', 'kinmen', 'keelung'],
    findings: [],
  },
  {
    id: 'gaoxiong-city',
    text: 'Gaoxiong City hosted the cross-strait trade fair.',
    places: ['kaohsiung'],
    findings: ['prc-romanization: Gaoxiong'],
  },
];
