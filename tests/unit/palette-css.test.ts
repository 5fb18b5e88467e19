import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PALETTES, type Palette } from '../../src/lib/chart-svg/palette';
import { repoRoot } from './dataset-fixture';

/**
 * The colours are written twice: as the app's CSS variables (what the page draws) and in the palette
 * of the self-contained SVGs (pictures, prerendered charts, exports). This holds them equal, in both
 * themes, and holds the dark theme chosen by the reader equal to the dark theme of the system.
 */
const CSS_FILES = ['src/app/styles.css', 'src/app/components.css'];

/** The block after `at` in `css`, its braces matched. */
function blockAfter(css: string, at: number): string {
  const open = css.indexOf('{', at);
  let depth = 0;
  for (let i = open; i < css.length; i++) {
    if (css[i] === '{') depth++;
    else if (css[i] === '}' && --depth === 0) return css.slice(open + 1, i);
  }
  throw new Error('unbalanced braces');
}

/** The custom properties set by every rule whose selector is exactly `selector` at the top of `css`. */
function variables(css: string, selector: string): Map<string, string> {
  const found = new Map<string, string>();
  let depth = 0;
  for (let i = 0; i < css.length; i++) {
    if (css[i] === '{') depth++;
    else if (css[i] === '}') depth--;
    else if (depth === 0 && css.startsWith(selector, i) && /^\s*\{/.test(css.slice(i + selector.length))) {
      for (const m of blockAfter(css, i).matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) found.set(m[1]!, m[2]!.trim());
    }
  }
  return found;
}

const css = CSS_FILES.map((f) => readFileSync(join(repoRoot, f), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '')).join('\n');

/** Each theme's custom properties: light, the dark a reader picks, and the dark of the system. */
function themes(text: string) {
  const media = '@media (prefers-color-scheme: dark)';
  const system = new Map<string, string>();
  for (let at = text.indexOf(media); at !== -1; at = text.indexOf(media, at + 1))
    for (const [k, v] of variables(blockAfter(text, at), ":root:not([data-theme='light'])")) system.set(k, v);
  return { light: variables(text, ':root'), dark: variables(text, ":root[data-theme='dark']"), system };
}

const NAMES: [keyof Palette, string][] = [
  ['background', '--bg'],
  ['text', '--fg'],
  ['muted', '--muted'],
  ['grid', '--border'],
  ['link', '--link'],
  ['actual', '--actual'],
  ['context', '--context'],
  ['goal', '--goal'],
  ['projection', '--projection'],
  ['fan', '--fan'],
];

/** Where the palette and the CSS disagree: "dark --goal: #f0a35e in CSS, #… in the palette". */
function mismatches(text: string): string[] {
  const t = themes(text);
  const out: string[] = [];
  for (const theme of ['light', 'dark'] as const) {
    const palette = PALETTES[theme];
    const pairs: [string, string][] = [
      ...NAMES.map(([key, name]) => [name, palette[key] as string] as [string, string]),
      ...palette.scenarios.map((colour, i) => [`--scenario-${i + 1}`, colour] as [string, string]),
    ];
    for (const [name, colour] of pairs)
      if (t[theme].get(name) !== colour)
        out.push(`${theme} ${name}: ${t[theme].get(name)} in CSS, ${colour} in the palette`);
  }
  for (const name of new Set([...t.dark.keys(), ...t.system.keys()]))
    if (t.dark.get(name) !== t.system.get(name))
      out.push(`${name}: ${t.dark.get(name)} when the reader picks dark, ${t.system.get(name)} when the system does`);
  return out;
}

describe('one set of colours for the page and its pictures', () => {
  it('the palette of the pictures is the CSS of the page, in both themes, and the dark theme a reader picks is the system’s', () => {
    const t = themes(css);
    expect(t.dark.size).toBeGreaterThan(10);
    expect(mismatches(css)).toEqual([]);
  });

  it('names a colour changed in one place only', () => {
    expect(mismatches(`${css}\n:root { --goal: #000000; }`)).toEqual([
      'light --goal: #000000 in CSS, #d55e00 in the palette',
    ]);
    expect(mismatches(`${css}\n:root[data-theme='dark'] { --panel: #000000; }`)).toEqual([
      '--panel: #000000 when the reader picks dark, #1d2126 when the system does',
    ]);
  });
});
