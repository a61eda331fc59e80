/** One organization the extension recognizes, with the sites it runs on. */
export interface Org {
  id: OrgId;
  names: { en: string; 'zh-TW': string };
  /** Registrable domains, each with where it was established to be the org's; subdomains belong too. */
  domains: { domain: string; source: string }[];
  description: { en: string; 'zh-TW': string };
}

export type OrgId = 'iclei' | 'citynet' | 'uclg';

export const ORGS: readonly Org[] = [
  {
    id: 'iclei',
    names: { en: 'ICLEI – Local Governments for Sustainability', 'zh-TW': '地方永續發展理事會（ICLEI）' },
    domains: [
      { domain: 'iclei.org', source: 'https://en.wikipedia.org/wiki/ICLEI (homepage www.iclei.org)' },
      { domain: 'icleikcc.org', source: '../shared/DOMAIN.md (ICLEI KCC sites)' },
      { domain: 'iclei-europe.org', source: 'http://www.countdown2010.net/partnerid?id=29 (ICLEI European Secretariat, W www.iclei-europe.org)' },
      { domain: 'icleiusa.org', source: 'https://icleiusa.org/about-us/who-we-are' },
      { domain: 'icleicanada.org', source: 'https://icleicanada.org/about-iclei/ (ICLEI Canada, its board and North American Regional Executive Committee)' },
    ],
    description: {
      en: 'Global network of local governments for sustainability, founded 1990.',
      'zh-TW': '全球地方政府永續發展網絡，1990 年成立。',
    },
  },
  {
    id: 'citynet',
    names: { en: 'CityNet', 'zh-TW': '亞太城市間合作網絡（CityNet）' },
    domains: [{ domain: 'citynet-ap.org', source: '../shared/DOMAIN.md' }],
    description: {
      en: 'Regional network of local authorities in Asia-Pacific, founded 1987.',
      'zh-TW': '亞太地區地方政府區域網絡，1987 年成立。',
    },
  },
  {
    id: 'uclg',
    names: { en: 'United Cities and Local Governments (UCLG)', 'zh-TW': '世界城市和地方政府聯合組織（UCLG）' },
    domains: [
      { domain: 'uclg.org', source: 'https://en.wikipedia.org/wiki/United_Cities_and_Local_Governments (website www.uclg.org)' },
      { domain: 'uclg-aspac.org', source: '../shared/DOMAIN.md (UCLG ASPAC)' },
      { domain: 'cglu.org', source: 'https://www.cglu.org/en/organisation/structure/uclg-sections (UCLG under its French/Spanish name)' },
      { domain: 'uclg-mewa.org', source: 'https://uclg-mewa.org/en/organization/uclg-world-organization/ (UCLG section for Middle East and West Asia)' },
      { domain: 'metropolis.org', source: 'https://www.cglu.org/en/organisation/structure/uclg-sections (Metropolis, UCLG metropolitan section)' },
    ],
    description: {
      en: 'World organization of local governments, founded 2004.',
      'zh-TW': '全球地方政府組織，2004 年成立。',
    },
  },
];
