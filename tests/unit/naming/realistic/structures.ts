/**
 * A fifth batch, written before the engine could read them (issue 17): the structures real sites
 * use beyond tables and headings — form controls, records built from sibling elements, key–value
 * layouts, look-alikes decided further away than the next words, more word orders and UCLG's
 * Spanish and French — and pages that name China and Taiwan correctly side by side.
 */
import { HSINCHU, type Case } from './case';

const COUNTRY_SELECT = (taiwan: string) =>
  '<form><label for="c">Country</label><select id="c" name="country"><option value="">Select…</option>' +
  `<option value="SE">Sweden</option><option value="TW">${taiwan}</option><option value="TZ">Tanzania, United Republic of</option></select></form>`;

export const SELECT: Case[] = [
  {
    id: 'select-iso-province',
    html: '<h2>Register for the World Congress</h2>' + COUNTRY_SELECT('Taiwan, Province of China'),
    places: [],
    findings: ['province-of-china: Taiwan, Province of China'],
  },
  {
    id: 'select-taiwan-china',
    html: '<p>Delegate details</p>' + COUNTRY_SELECT('Taiwan, China'),
    places: [],
    findings: ['taiwan-china: Taiwan, China'],
  },
  {
    id: 'select-chinese-taipei',
    html: '<label>Country / Economy <select name="economy"><option>Canada</option><option>Chinese Taipei</option><option>Chile</option></select></label>',
    places: [],
    findings: ['chinese-taipei: Chinese Taipei'],
  },
  {
    id: 'select-zh',
    html: '<label for="n">國家／地區</label><select id="n"><option>日本</option><option>中國台灣省</option><option>韓國</option></select>',
    places: [],
    findings: ['province-of-china: 中國台灣省'],
  },
  {
    id: 'select-city-optgroup-china',
    html: '<label for="h">Host city</label><select id="h"><optgroup label="China"><option>Beijing</option><option>Kaohsiung</option></optgroup><optgroup label="Japan"><option>Yokohama</option></optgroup></select>',
    places: ['kaohsiung'],
    findings: ['under-china: Kaohsiung'],
  },
  {
    id: 'select-correct',
    html: '<label for="c2">Country</label><select id="c2"><option>China</option><option>Taiwan</option><option>Thailand</option></select><select aria-label="City"><option>Taipei</option><option>Shanghai</option></select>',
    places: ['taipei'],
    findings: [],
  },
];

export const RECORDS: Case[] = [
  {
    id: 'card-grid-china',
    html: '<div class="grid"><div class="card"><h3>Yokohama</h3><p>Japan</p></div><div class="card"><h3>Kaohsiung City</h3><p>China</p></div><div class="card"><h3>Bonn</h3><p>Germany</p></div></div>',
    places: ['kaohsiung'],
    findings: ['under-china: Kaohsiung City'],
  },
  {
    id: 'card-grid-nested',
    html: '<ul class="members"><li class="member"><div class="member__head"><a href="#">Taoyuan City</a></div><div class="member__meta"><span class="flag"></span><span class="country">China</span><span class="since">Member since 2016</span></div></li><li class="member"><div class="member__head"><a href="#">Seoul</a></div><div class="member__meta"><span class="country">Republic of Korea</span></div></li></ul>',
    places: ['taoyuan'],
    findings: ['under-china: Taoyuan City'],
  },
  {
    id: 'flex-row-china',
    html: '<div class="row"><div class="cell">Tainan</div><div class="cell">China</div><div class="cell">East Asia</div></div><div class="row"><div class="cell">Quito</div><div class="cell">Ecuador</div><div class="cell">Latin America</div></div>',
    places: ['tainan'],
    findings: ['under-china: Tainan'],
  },
  {
    id: 'flex-row-spans',
    html: '<div class="row"><span class="name">Taichung City</span><span class="country">China</span></div><div class="row"><span class="name">Makati</span><span class="country">Philippines</span></div>',
    places: ['taichung'],
    findings: ['under-china: Taichung City'],
  },
  {
    id: 'name-country-block-label',
    html: '<div class="member"><div class="name">Pingtung County</div><div class="meta"><span class="label">Country:</span> <span>China</span></div></div>',
    places: ['pingtung'],
    findings: ['under-china: Pingtung County'],
  },
  {
    id: 'name-country-block-zh',
    html: '<div class="member"><p class="name">新北市</p><p class="country">中國</p></div><div class="member"><p class="name">首爾</p><p class="country">韓國</p></div>',
    places: ['new-taipei'],
    findings: ['under-china: 新北市'],
  },
  {
    id: 'dl-name-country',
    html: '<dl class="members"><dt>Yilan County</dt><dd>China</dd><dt>Surabaya</dt><dd>Indonesia</dd></dl>',
    places: ['yilan'],
    findings: ['under-china: Yilan County'],
  },
  {
    id: 'dl-infobox',
    html: '<dl class="profile"><dt>Member</dt><dd>Hsinchu</dd><dt>Country</dt><dd>China</dd><dt>Joined</dt><dd>2012</dd></dl>',
    places: HSINCHU,
    findings: ['under-china: Hsinchu'],
  },
  {
    id: 'group-label-div',
    html: '<div class="country-group"><div class="country-name">China</div><div class="cities"><a>Wuhan</a> · <a>Keelung</a></div></div><div class="country-group"><div class="country-name">Japan</div><div class="cities"><a>Toyama</a></div></div>',
    places: ['keelung'],
    findings: ['under-china: Keelung'],
  },
  {
    id: 'group-label-zh',
    html: '<section><div class="label">中国</div><ul><li>北京</li><li>高雄市</li></ul></section>',
    places: ['kaohsiung'],
    findings: ['under-china: 高雄市'],
  },
  {
    id: 'cards-correct-side-by-side',
    html: '<div class="grid"><div class="card"><h3>Xiamen</h3><p>China</p></div><div class="card"><h3>Kaohsiung City</h3><p>Taiwan</p></div><div class="card"><h3>Taipei City</h3><p>Taiwan</p></div></div>',
    places: ['kaohsiung', 'taipei'],
    findings: [],
  },
  {
    id: 'rows-correct-side-by-side',
    html: '<div class="row"><span class="name">Tainan</span><span class="country">Taiwan</span></div><div class="row"><span class="name">Shenzhen</span><span class="country">China</span></div><div class="row"><span class="name">Yilan County</span><span class="country">Taiwan</span></div>',
    places: ['tainan', 'yilan'],
    findings: [],
  },
  {
    id: 'groups-correct-side-by-side',
    html: '<div class="country-name">China</div><div class="cities"><a>Guangzhou</a> · <a>Wuhan</a></div><div class="country-name">Taiwan</div><div class="cities"><a>Taichung</a> · <a>Keelung</a></div>',
    places: ['taichung', 'keelung'],
    findings: [],
  },
  {
    id: 'card-without-country-next-to-china-card',
    html: '<div class="grid"><div class="card"><h3>Chengdu</h3><p>China</p></div><div class="card"><h3>Taoyuan City</h3><p>Member since 2016</p></div></div>',
    places: ['taoyuan'],
    findings: [],
  },
  {
    id: 'dl-taiwan-after-china',
    html: '<dl><dt>Yilan County</dt><dd>China</dd><dt>Keelung</dt><dd>Taiwan</dd></dl>',
    places: ['yilan', 'keelung'],
    findings: ['under-china: Yilan County'],
  },
  {
    id: 'dl-correct',
    html: '<dl><dt>Kaohsiung City</dt><dd>Taiwan</dd><dt>Xiamen</dt><dd>China</dd></dl>',
    places: ['kaohsiung'],
    findings: [],
  },
];

export const FAR: Case[] = [
  {
    id: 'lookalike-province-later-sentence',
    text: 'Taoyuan County\n\nTaoyuan County is known for the Peach Blossom Spring described by Tao Yuanming. The county lies in the north-west of Hunan Province and is administered by the prefecture-level city of Changde.',
    places: [],
    findings: [],
  },
  {
    id: 'lookalike-infobox-title',
    title: 'Yilan County, Heilongjiang - Wikipedia',
    html: '<h1>Yilan County</h1><p>Yilan County is a county in the east of the province, on the lower Songhua River.</p><table class="infobox"><tr><th>Country</th><td>China</td></tr><tr><th>Province</th><td>Heilongjiang</td></tr><tr><th>Prefecture-level city</th><td>Harbin</td></tr></table>',
    places: [],
    findings: [],
  },
  {
    id: 'lookalike-heading-hunan',
    html: '<h1>Rural tourism in Hunan</h1><h2>Taoyuan</h2><p>Taoyuan draws visitors each spring to its peach groves and the Taohuayuan scenic area.</p>',
    places: [],
    findings: [],
  },
  {
    id: 'lookalike-taiwan-block-stays',
    text: 'Delegations from Taoyuan and from Hunan Province met at the forum. Taoyuan City Government presented its aerotropolis plan.',
    places: ['taoyuan'],
    findings: [],
  },
  {
    id: 'lookalike-far-province-taiwan-page',
    title: 'Taoyuan City – ICLEI East Asia',
    html: '<h1>Taoyuan</h1><p>Taoyuan hosts the EcoLogistics Community. The city signed a cooperation memorandum with Changsha, Hunan last year.</p>',
    places: ['taoyuan'],
    findings: [],
  },
];

export const VARIANTS: Case[] = [
  {
    id: 'variant-province-dash',
    text: 'Country of residence: Taiwan - Province of China',
    places: [],
    findings: ['province-of-china: Taiwan - Province of China'],
  },
  {
    id: 'variant-province-abbrev',
    text: 'Nationality: Taiwan, Prov. of China',
    places: [],
    findings: ['province-of-china: Taiwan, Prov. of China'],
  },
  {
    id: 'variant-province-prc',
    text: "Origin: Taiwan, Province of the People's Republic of China",
    places: [],
    findings: ["province-of-china: Taiwan, Province of the People's Republic of China"],
  },
  {
    id: 'variant-chinese-province-of',
    text: 'Participants came from the Chinese province of Taiwan and from Hong Kong SAR.',
    places: [],
    findings: ['province-of-china: Chinese province of Taiwan'],
  },
  {
    id: 'variant-old-romanization',
    text: "Delegates: Kao-hsiung, China; T'ai-pei, China; Yokohama, Japan",
    places: ['kaohsiung', 'taipei'],
    findings: ['under-china: Kao-hsiung, China', "under-china: T'ai-pei, China"],
  },
  {
    id: 'variant-slash-region',
    text: 'Taiwan Region (China) and Hong Kong SAR (China) sent observers.',
    places: [],
    findings: ['taiwan-china: Taiwan Region (China)'],
  },
  {
    id: 'uclg-es-taiwan-china',
    text: 'Ciudades participantes: Kaohsiung (Taiwán, China), Yokohama (Japón) y Bogotá (Colombia).',
    places: ['kaohsiung'],
    findings: ['taiwan-china: Taiwán, China'],
  },
  {
    id: 'uclg-es-place-china',
    text: 'El alcalde de Taichung, China, intervino en la sesión plenaria sobre resiliencia urbana.',
    places: ['taichung'],
    findings: ['under-china: Taichung, China'],
  },
  {
    id: 'uclg-es-provincia-china',
    text: 'Miembros en Asia: Japón, Corea, Taiwán (Provincia China) y Filipinas.',
    places: [],
    findings: ['province-of-china: Taiwán (Provincia China)'],
  },
  {
    id: 'uclg-fr-place-chine',
    text: 'La ville de Tainan, Chine, a présenté son plan climat lors du Conseil mondial de CGLU.',
    places: ['tainan'],
    findings: ['under-china: Tainan, Chine'],
  },
  {
    id: 'uclg-fr-taiwan-chine',
    text: 'Les délégations de Taïwan (Chine) et de Macao ont été accueillies par la présidence.',
    places: [],
    findings: ['taiwan-china: Taïwan (Chine)'],
  },
  {
    id: 'uclg-fr-province-chinoise',
    text: 'Kaohsiung, dans la province chinoise de Taïwan, accueille le forum régional.',
    places: ['kaohsiung'],
    findings: ['province-of-china: province chinoise de Taïwan'],
  },
  {
    id: 'uclg-fr-es-correct',
    text: 'Les villes de Taipei (Taïwan) et de Wuhan (Chine) ont signé la déclaration. Las ciudades de Taichung (Taiwán) y Shenzhen (China) también.',
    places: ['taipei', 'taichung'],
    findings: [],
  },
  {
    id: 'correct-side-by-side-en',
    text: 'The delegation visited Xiamen, China, and Kaohsiung, Taiwan. Both cities are members; China and Taiwan each sent a mayor.',
    places: ['kaohsiung'],
    findings: [],
  },
  {
    id: 'correct-side-by-side-zh',
    text: '本次論壇邀請中國廈門市與台灣高雄市代表出席，中國與台灣各派一名市長。',
    places: ['kaohsiung'],
    findings: [],
  },
];

export const STRUCTURES: Case[] = [...SELECT, ...RECORDS, ...FAR, ...VARIANTS];
