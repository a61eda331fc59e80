import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// The colours as the page draws them: read from the highlights' own rules, not copied here.
const source = readFileSync(fileURLToPath(new URL('../../../components/highlights/highlights.css', import.meta.url)), 'utf8');
const rule = (name: string) => new RegExp(`::highlight\\(${name}\\) \\{([^}]*)\\}`).exec(source)?.[1] ?? '';
const underline = (name: string) => /underline \w+ (#[0-9a-f]{6})/i.exec(rule(name))?.[1];
const fill = (name: string) => {
  const m = /background-color: rgba\((\d+), (\d+), (\d+), ([\d.]+)\)/.exec(rule(name));
  return m ? { rgb: [Number(m[1]), Number(m[2]), Number(m[3])], alpha: Number(m[4]) } : null;
};

type RGB = number[];
const hex = (h: string): RGB => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
const over = (top: { rgb: RGB; alpha: number } | null, bottom: RGB): RGB => (top ? bottom.map((c, i) => c * (1 - top.alpha) + top.rgb[i]! * top.alpha) : bottom);
const luminance = (rgb: RGB) => {
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};
const contrast = (a: RGB, b: RGB) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

const WHITE: RGB = [255, 255, 255];
const backgrounds: [string, RGB][] = [
  ['a white page', WHITE],
  ['our place highlight', over(fill('tcl-place'), WHITE)],
  ['our note highlight', over(fill('tcl-note'), WHITE)],
];

describe('every underline is at least 3:1 against what it is drawn on', () => {
  for (const severity of ['critical', 'high', 'medium', 'low']) {
    for (const [label, bg] of backgrounds) {
      it(`${severity} on ${label}`, () => {
        const colour = underline(`tcl-${severity}`);
        expect(colour).toBeDefined();
        // A severity's own tint sits under its underline too.
        const under = over(fill(`tcl-${severity}`), bg);
        expect(contrast(hex(colour!), under)).toBeGreaterThanOrEqual(3);
      });
    }
  }
});
