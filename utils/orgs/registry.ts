/** One organization the extension recognizes, with the sites it runs on. */
export interface Org {
  id: OrgId;
  names: { en: string; 'zh-TW': string };
  /** Registrable domains; every subdomain of each one belongs to the org too. */
  domains: string[];
  description: { en: string; 'zh-TW': string };
  secretariat: { en: string; 'zh-TW': string };
  /** URL path patterns of pages worth knowing on the org's sites. */
  pageKinds: { kind: PageKind; pathPattern: RegExp }[];
}

export type OrgId = 'iclei' | 'citynet' | 'uclg';
export type PageKind = 'members' | 'news' | 'events';

export const ORGS: readonly Org[] = [
  {
    id: 'iclei',
    names: { en: 'ICLEI – Local Governments for Sustainability', 'zh-TW': '地方永續發展理事會（ICLEI）' },
    domains: ['iclei.org', 'icleikcc.org'],
    description: {
      en: 'Global network of local governments for sustainability, founded 1990.',
      'zh-TW': '全球地方政府永續發展網絡，1990 年成立。',
    },
    secretariat: { en: 'Bonn, Germany', 'zh-TW': '德國波昂' },
    pageKinds: [
      { kind: 'members', pathPattern: /\/(members|our-members|member-cities)\b/i },
      { kind: 'news', pathPattern: /\/(news|press|blog)\b/i },
      { kind: 'events', pathPattern: /\/(events?|congress)\b/i },
    ],
  },
  {
    id: 'citynet',
    names: { en: 'CityNet', 'zh-TW': '亞太城市間合作網絡（CityNet）' },
    domains: ['citynet-ap.org'],
    description: {
      en: 'Regional network of local authorities in Asia-Pacific, founded 1987.',
      'zh-TW': '亞太地區地方政府區域網絡，1987 年成立。',
    },
    secretariat: { en: 'Seoul, Korea', 'zh-TW': '韓國首爾' },
    pageKinds: [
      { kind: 'members', pathPattern: /\/(members?|category\/members?)\b/i },
      { kind: 'news', pathPattern: /\/(news|category\/about\/all-news)\b/i },
      { kind: 'events', pathPattern: /\/(events?)\b/i },
    ],
  },
  {
    id: 'uclg',
    names: { en: 'United Cities and Local Governments (UCLG)', 'zh-TW': '世界城市和地方政府聯合組織（UCLG）' },
    domains: ['uclg.org', 'uclg-aspac.org'],
    description: {
      en: 'World organization of local governments, founded 2004.',
      'zh-TW': '全球地方政府組織，2004 年成立。',
    },
    secretariat: { en: 'Barcelona, Spain', 'zh-TW': '西班牙巴塞隆納' },
    pageKinds: [
      { kind: 'members', pathPattern: /\/(members?|membership)\b/i },
      { kind: 'news', pathPattern: /\/(news|press)\b/i },
      { kind: 'events', pathPattern: /\/(events?|congress)\b/i },
    ],
  },
];
