// Generated benchmark pages, from a fixed seed so every run measures the same text.

function mulberry32(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CITIES = ['Seoul', 'Yokohama', 'Jakarta', 'Surabaya', 'Colombo', 'Makati', 'Nanjing', 'Guangzhou', 'Bonn', 'Malmö', 'Durban', 'Quito', 'Hanoi', 'Penang', 'Ulaanbaatar', 'Kitakyushu', 'Bogor', 'Cebu', 'Dhaka', 'Kathmandu'];
const COUNTRIES = ['Korea', 'Japan', 'Indonesia', 'Sri Lanka', 'Philippines', 'China', 'Germany', 'Sweden', 'South Africa', 'Ecuador', 'Viet Nam', 'Malaysia', 'Mongolia', 'Bangladesh', 'Nepal'];
const REGIONS = ['East Asia', 'South Asia', 'Southeast Asia', 'Europe', 'Africa', 'Latin America'];
const TAIWAN = ['Kaohsiung City', 'Taipei City', '臺北市', 'New Taipei City', 'Taoyuan', 'Taichung City', 'Tainan', '高雄市', 'Hsinchu County', 'Pingtung County', 'Yilan County', 'Chiayi County', 'Yunlin County', 'Gaoxiong', 'Taibei'];
const TAIWAN_COUNTRY = ['Chinese Taipei', 'Taiwan', 'China', 'Taiwan, Province of China', 'Taiwan'];
const PHRASES = ['Chinese Taipei', 'Taiwan, Province of China', 'Taiwan, China', 'Taipei, China', '中華台北'];

const page = (title, body, script = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>` +
  `<style>body{font:14px/1.4 sans-serif;margin:20px}td,th{padding:2px 8px;border-bottom:1px solid #ddd}</style></head>` +
  `<body><h1>${title}</h1>${body}${script ? `<script>${script}</script>` : ''}</body></html>`;

export function directoryRows(n, seed = 42, offset = 0) {
  const rnd = mulberry32(seed + offset);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const rows = [];
  for (let i = 0; i < n; i++) {
    const taiwanese = rnd() < 0.05;
    const name = taiwanese ? pick(TAIWAN) : `${pick(CITIES)} ${offset + i}`;
    const country = taiwanese ? pick(TAIWAN_COUNTRY) : pick(COUNTRIES);
    const note = rnd() < 0.01 ? `Listed as ${pick(PHRASES)} in the 2015 release` : 'Full member';
    rows.push(`<tr><td>${name}</td><td>${country}</td><td>${pick(REGIONS)}</td><td>${note}</td></tr>`);
  }
  return rows.join('');
}

export function directoryPage(n, seed = 42) {
  return page(
    `Members directory (${n})`,
    `<table id="dir"><thead><tr><th>Member</th><th>Country</th><th>Region</th><th>Notes</th></tr></thead><tbody>${directoryRows(n, seed)}</tbody></table>`,
  );
}

/** The 1,000-row directory that appends 100 rows every 200 ms for 5 s, like an infinite scroll. */
export function mutatingPage(seed = 42) {
  const batches = [];
  for (let b = 0; b < 25; b++) batches.push(directoryRows(100, seed, 1000 + b * 100));
  const script =
    `const batches = ${JSON.stringify(batches)}; let i = 0; const tbody = document.querySelector('#dir tbody');` +
    `const timer = setInterval(() => { if (i >= batches.length) { clearInterval(timer); document.title = 'done'; return; }` +
    ` const t = document.createElement('tbody'); t.innerHTML = batches[i++]; tbody.after(t); }, 200);`;
  return page(
    'Members directory (mutating)',
    `<table id="dir"><thead><tr><th>Member</th><th>Country</th><th>Region</th><th>Notes</th></tr></thead><tbody>${directoryRows(1000, seed)}</tbody></table>`,
    script,
  );
}

/** About 30 KB of news text with a few places and findings. */
export function articlePage(seed = 7) {
  const rnd = mulberry32(seed);
  const words = 'the city council network climate resilience members delegation mayor congress regional secretariat sustainable energy transport waste water heat flood plan report partners workshop'.split(' ');
  const paragraphs = [];
  let size = 0;
  while (size < 30_000) {
    const sentence = [];
    for (let i = 0; i < 40; i++) sentence.push(words[Math.floor(rnd() * words.length)]);
    if (rnd() < 0.15) sentence.splice(10, 0, TAIWAN[Math.floor(rnd() * TAIWAN.length)]);
    if (rnd() < 0.05) sentence.splice(20, 0, PHRASES[Math.floor(rnd() * PHRASES.length)]);
    const p = `<p>${sentence.join(' ')}.</p>`;
    size += p.length;
    paragraphs.push(p);
  }
  return page('Regional news', `<article>${paragraphs.join('')}</article>`);
}

/**
 * A 5,000-row directory for the lens's whole main-thread cost: `findings` 'none' names no Taiwanese
 * place at all; 'half' puts a Taiwanese city under China in every other row.
 */
export function taskPage(n, findings, seed = 11) {
  const rnd = mulberry32(seed);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const rows = [];
  for (let i = 0; i < n; i++) {
    const bad = findings === 'half' && i % 2 === 0;
    const name = bad ? pick(TAIWAN) : `${pick(CITIES)} ${i}`;
    const country = bad ? 'China' : pick(COUNTRIES.filter((c) => c !== 'China'));
    rows.push(`<tr><td>${name}</td><td>${country}</td><td>${pick(REGIONS)}</td><td>Full member</td></tr>`);
  }
  return page(
    `Members directory (${n}, ${findings})`,
    `<table id="dir"><thead><tr><th>Member</th><th>Country</th><th>Region</th><th>Notes</th></tr></thead><tbody>${rows.join('')}</tbody></table>`,
  );
}
