// A realistic backup file, as a colleague's dashboard would export it: naming concerns on the
// three organizations' demo pages with screenshots, a follow-up, a membership question, a phrase
// dismissed everywhere, and a membership correction in the settings. Screenshots and e2e tests
// load it through the dashboard's own import, the path a user takes.
const DAY = 86_400_000;

/** `shots`: base64 PNGs keyed 'citynet' | 'iclei' | 'uclg'; `now`: the moment of the export. */
export function seedBackup({ now, shots }) {
  const t0 = now - 20 * DAY;
  const at = (days, hours = 10) => t0 + days * DAY + hours * 3_600_000;
  const note = (id, over) => ({
    id, createdAt: over.createdAt, updatedAt: over.updatedAt ?? over.createdAt, url: over.url, title: over.title, org: over.org,
    kind: over.kind ?? 'naming-concern', status: over.status ?? 'open', ...(over.severity ? { severity: over.severity } : {}),
    places: over.places ?? [], tags: over.tags ?? [], body: over.body ?? '', ...(over.ruleId ? { ruleId: over.ruleId } : {}),
    target: over.quote ? [{ type: 'TextQuoteSelector', exact: over.quote, prefix: over.prefix ?? '', suffix: over.suffix ?? '' }] : [],
    ...(over.suggestion ? { suggestion: over.suggestion } : {}), evidenceIds: over.evidenceIds ?? [], ...(over.evidenceMissing ? { evidenceMissing: true } : {}),
  });
  const citynet = 'https://citynet-ap.org/demo/';
  const iclei = 'https://www.iclei.org/demo/';
  const uclg = 'https://uclg-aspac.org/demo/';
  const notes = [
    note('seed-taipei-province', {
      createdAt: at(1), updatedAt: at(6), url: citynet, title: 'Climate Change Cluster seminar – CityNet (demo)', org: 'citynet', status: 'reported', severity: 'critical',
      places: ['taipei'], tags: ['2026 Q4 letter', 'CityNet'], ruleId: 'province-of-china', quote: 'Taipei City, Taiwan, Province of China',
      prefix: 'Participants: Seoul Metropolitan Government, ', suffix: ', Yokohama City, Kuala Lumpur City Hall', suggestion: 'Taipei City, Taiwan',
      body: '已於 11 月 20 日去函 CityNet 秘書處，要求更正為「Taipei City, Taiwan」。', evidenceIds: ['seed-shot-1'],
    }),
    note('seed-kaohsiung-china', {
      createdAt: at(2), updatedAt: at(12), url: citynet, title: 'Climate Change Cluster seminar – CityNet (demo)', org: 'citynet', severity: 'critical',
      places: ['kaohsiung'], tags: ['2026 Q4 letter'], ruleId: 'under-china', quote: 'Kaohsiung, China', prefix: 'Speakers came from ', suffix: ' and Makati City, Philippines.',
      suggestion: 'Kaohsiung City, Taiwan', body: 'Kaohsiung listed under China in the speakers list. Raise it at the next Executive Committee meeting.', evidenceIds: ['seed-shot-2', 'seed-shot-3'],
    }),
    note('seed-chinese-taipei', {
      createdAt: at(4), updatedAt: at(4), url: iclei, title: 'Our members – ICLEI (demo)', org: 'iclei', severity: 'medium', places: ['taichung', 'taoyuan'], tags: ['MOU 2021'],
      ruleId: 'chinese-taipei', quote: 'Chinese Taipei', prefix: 'East Asia members in ', suffix: ': Taichung City, Taoyuan City',
      suggestion: 'Taiwan', body: 'The member list still says Chinese Taipei although the 2021 MOU with MOFA says Taiwan.', evidenceIds: ['seed-shot-4'],
    }),
    note('seed-new-taipei-member', {
      createdAt: at(5), updatedAt: at(9), url: uclg, title: 'Members – UCLG ASPAC (demo)', org: 'uclg', kind: 'membership', status: 'open', places: ['new-taipei'],
      tags: ['follow-up'], body: '新北市加入年份與秘書處名單不一致，請國際處確認。',
    }),
    note('seed-follow-up', {
      createdAt: at(8), updatedAt: at(8), url: uclg, title: 'Members – UCLG ASPAC (demo)', org: 'uclg', kind: 'follow-up', status: 'open', severity: 'low',
      places: ['tainan'], body: 'Ask the Tainan city government whether they renewed their membership for 2027.', evidenceMissing: true,
    }),
  ];
  const png = (key) => shots[key] ?? shots.citynet;
  const evidence = [
    { id: 'seed-shot-1', noteId: 'seed-taipei-province', url: citynet, capturedAt: at(1, 10), createdAt: at(1, 10), updatedAt: at(1, 10), mimeType: 'image/png', data: png('citynet') },
    { id: 'seed-shot-2', noteId: 'seed-kaohsiung-china', url: citynet, capturedAt: at(2, 9), createdAt: at(2, 9), updatedAt: at(2, 9), mimeType: 'image/png', data: png('citynet') },
    { id: 'seed-shot-3', noteId: 'seed-kaohsiung-china', url: citynet, capturedAt: at(12, 15), createdAt: at(12, 15), updatedAt: at(12, 15), mimeType: 'image/png', data: png('citynet') },
    { id: 'seed-shot-4', noteId: 'seed-chinese-taipei', url: iclei, capturedAt: at(4, 11), createdAt: at(4, 11), updatedAt: at(4, 11), mimeType: 'image/png', data: png('iclei') },
  ];
  const sighting = (id, url, ruleId, quote, firstSeen, lastSeen) => ({ id, url, ruleId, quote, firstSeen, lastSeen, createdAt: firstSeen, updatedAt: lastSeen });
  return {
    format: 'taiwan-city-lens-backup',
    version: 2,
    exportedAt: now,
    notes,
    evidence,
    dismissals: [{ id: 'seed-dismiss-1', ruleId: 'prc-romanization', quote: 'taibei', createdAt: at(3), updatedAt: at(3) }],
    findingsLog: [
      sighting('seed-s1', citynet, 'province-of-china', 'Taipei City, Taiwan, Province of China', at(1), at(14)),
      sighting('seed-s2', citynet, 'under-china', 'Kaohsiung, China', at(2), at(12)),
      sighting('seed-s3', citynet, '__visit__', '', at(1), at(14)),
      sighting('seed-s4', iclei, 'chinese-taipei', 'Chinese Taipei', at(4), at(15)),
      sighting('seed-s5', iclei, '__visit__', '', at(4), at(15)),
    ],
    settings: [
      {
        key: 'user-settings',
        updatedAt: at(7),
        value: {
          rules: {},
          customPhrases: [],
          extraSites: [],
          membershipOverrides: [
            {
              org: 'citynet', place: 'kaohsiung', since: '1989', sinceNote: null, type: null, formerName: null, roles: [],
              notes: { en: 'Corrected by the user', 'zh-TW': '使用者更正' }, sources: [{ ref: 'https://citynet-ap.org/members/', label: 'CityNet members list' }], lastChecked: '2026-11-01',
            },
          ],
        },
      },
    ],
  };
}
