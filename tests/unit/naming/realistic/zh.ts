/** Chinese-language text: PRC media (simplified), Taiwanese news and government (traditional). */
import { HSINCHU, type Case } from './case';

export const ZH: Case[] = [
  {
    id: 'xinhua-zh-region',
    text: '国务院台湾事务办公室发言人表示，欢迎台湾地区青年来大陆发展。中国台湾地区的高雄、台南等城市的青年代表参加了海峡论坛。',
    places: ['kaohsiung', 'tainan'],
    findings: ['taiwan-china: 台湾地区', 'taiwan-china: 中国台湾地区'],
  },
  {
    id: 'straits-forum-zh',
    text: '第十五届海峡论坛在厦门举行，来自台北、高雄、台中、新竹等地的台湾同胞约五千人参会。',
    places: ['taipei', 'kaohsiung', 'taichung', ...HSINCHU],
    findings: [],
  },
  {
    id: 'asian-games-zh',
    text: '在杭州亚运会上，中国台北队获得金牌。中华台北代表团共派出500余名运动员。',
    places: [],
    findings: ['taipei-china: 中国台北', 'chinese-taipei: 中华台北'],
  },
  {
    id: 'province-simplified',
    text: '会议代表来自台湾省高雄市、福建省厦门市等地。',
    places: ['kaohsiung'],
    findings: ['province-of-china: 台湾省'],
  },
  {
    id: 'province-traditional-prc',
    text: '中國臺灣省臺中市的代表團抵達北京。',
    places: ['taichung'],
    findings: ['province-of-china: 中國臺灣省'],
  },
  {
    id: 'ltn-protest-zh',
    text: '外交部表示，該組織網站將台灣標示為「中國台灣」，已要求立即更正。高雄市政府也對相關標示表達抗議。',
    places: ['kaohsiung'],
    findings: ['taiwan-china: 中國台灣'],
  },
  {
    id: 'stage-not-taichung',
    text: '高雄市近年積極在國際舞台中爭取能見度，並與台南市、屏東縣合作推動城市外交。',
    places: ['kaohsiung', 'tainan', 'pingtung'],
    findings: [],
  },
  {
    id: 'taichung-opera-house',
    text: '市長今日在臺中國家歌劇院出席國際城市論壇，並歡迎來自彰化、南投的貴賓。',
    places: ['taichung', 'changhua', 'nantou'],
    findings: [],
  },
  {
    id: 'cmu-hospital',
    text: '台中中國醫藥大學附設醫院與高雄醫學大學簽署合作備忘錄。',
    places: ['taichung', 'kaohsiung'],
    findings: [],
  },
  {
    id: 'roc-act',
    text: '依據臺灣地區與大陸地區人民關係條例，中華民國（臺灣）人民赴中國大陸應注意相關規定。',
    places: [],
    findings: [],
  },
  {
    id: 'taiwanese-in-china',
    text: '陸委會提醒在中國台灣人注意人身安全，近期已有多名台商遭到拘留。',
    places: [],
    findings: [],
  },
  {
    id: 'golden-gate',
    text: '舊金山金門大橋於1937年通車，是台北市民赴美旅遊的熱門景點。',
    places: ['taipei'],
    findings: [],
  },
  {
    id: 'peach-garden-oath',
    text: '劉備、關羽、張飛桃園三結義的故事家喻戶曉。',
    places: [],
    findings: [],
  },
  {
    id: 'xinbei-district-changzhou',
    text: '江苏省常州市新北区举办了智慧城市论坛。',
    places: [],
    findings: [],
  },
  {
    id: 'under-china-prefix-zh',
    text: '与会城市包括中国北京、中国上海、中国高雄和日本横滨。',
    places: ['kaohsiung'],
    findings: ['under-china: 中国高雄'],
  },
  {
    id: 'under-china-paren-zh',
    text: '出席者名單：陳其邁　市長　高雄市（中國）',
    places: ['kaohsiung'],
    findings: ['under-china: 高雄市（中國）'],
  },
  {
    id: 'fullwidth-latin',
    text: '參賽城市：Ｋａｏｈｓｉｕｎｇ，Ｃｈｉｎｅｓｅ　Ｔａｉｐｅｉ',
    places: ['kaohsiung'],
    findings: ['chinese-taipei: Ｃｈｉｎｅｓｅ　Ｔａｉｐｅｉ'],
  },
  {
    id: 'company-zh-region',
    text: '本公司台湾地区总代理设于台北，服务范围涵盖桃园与新竹。',
    places: ['taipei', 'taoyuan', ...HSINCHU],
    findings: ['taiwan-china: 台湾地区'],
  },
  {
    id: 'pressure-zh-negative',
    text: '中國對台灣的打壓持續，高雄與台南的市長聯名向主辦單位抗議。',
    places: ['kaohsiung', 'tainan'],
    findings: [],
  },
  {
    id: 'apec-chinese-taipei-zh',
    text: '我國以「中華台北」名義參加APEC會議，新竹縣長亦隨團出席。',
    places: ['hsinchu-county'],
    findings: ['chinese-taipei: 中華台北'],
  },
  {
    id: 'radio-stage-zh',
    text: '電台中午播出的節目邀請宜蘭縣長談觀光，花蓮與台東的業者也在平台中分享經驗。',
    places: ['yilan', 'hualien', 'taitung'],
    findings: [],
  },
];
