// Prints every phrase the extension looks for, for mark.js to look for the same (run by vite-node).
import { RULES } from '../../utils/naming/rules';
import { PLACES, SHARED_NAMES } from '../../utils/places/data';

const phrases = new Set<string>();
for (const rule of RULES) for (const p of rule.phrases) phrases.add(p);
for (const p of PLACES) for (const n of [...p.official, ...p.old, ...p.pinyin, ...p.zh]) phrases.add(n);
for (const s of SHARED_NAMES) for (const n of [...s.names, ...s.pinyin, ...s.zh]) phrases.add(n);
console.log(JSON.stringify([...phrases]));
