import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  /** the first few nodes: their selectors and, for colour contrast, axe's explanation */
  nodes: { target: string; summary: string }[];
  count: number;
}

/**
 * Puts axe-core into the page. The app's Content-Security-Policy (script-src 'self') blocks inline
 * <script> tags, so the source is evaluated through the DevTools protocol instead, which CSP does not
 * govern. Runs once per document; a reload or navigation needs it again.
 */
export async function injectAxe(page: Page): Promise<void> {
  const present = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
  if (present) return;
  await page.evaluate(AXE_SOURCE);
}

/** Runs axe on the whole document and returns its violations, trimmed to what a reader needs. */
export async function runAxe(page: Page, options: { disableRules?: string[] } = {}): Promise<AxeViolation[]> {
  await injectAxe(page);
  return page.evaluate(
    async ({ disableRules }) => {
      interface Node {
        target: unknown[];
        failureSummary?: string;
      }
      interface Result {
        id: string;
        impact: string | null;
        help: string;
        helpUrl: string;
        nodes: Node[];
      }
      const axe = (
        window as unknown as {
          axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Result[] }> };
        }
      ).axe;
      const rules = Object.fromEntries(disableRules.map((r) => [r, { enabled: false }]));
      const result = await axe.run(document, { resultTypes: ['violations'], rules });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        helpUrl: v.helpUrl,
        count: v.nodes.length,
        nodes: v.nodes.slice(0, 4).map((n) => ({
          target: n.target.map(String).join(' >>> '),
          summary: (n.failureSummary ?? '').replace(/\s+/g, ' ').trim().slice(0, 300),
        })),
      }));
    },
    { disableRules: options.disableRules ?? [] },
  );
}

export const SERIOUS = new Set(['serious', 'critical']);

/** The serious and critical violations, one readable paragraph each. */
export function formatViolations(label: string, violations: AxeViolation[]): string {
  return violations
    .map(
      (v) =>
        `[${label}] ${v.impact} ${v.id}: ${v.help} (${v.count} node${v.count === 1 ? '' : 's'})\n` +
        v.nodes.map((n) => `    ${n.target}\n      ${n.summary}`).join('\n'),
    )
    .join('\n');
}

export interface SvgTextContrast {
  text: string;
  fill: string;
  background: string;
  ratio: number;
  needed: number;
}

/**
 * axe cannot judge the contrast of SVG text (it reports it as "incomplete"), so this measures it:
 * the computed fill of every visible <text> in an <svg> against the first opaque background behind
 * the svg. Returns how many texts it measured and those below 4.5:1 (3:1 for large text).
 */
export async function svgTextContrast(page: Page): Promise<{ checked: number; failures: SvgTextContrast[] }> {
  return page.evaluate(() => {
    const rgba = (c: string): [number, number, number, number] | null => {
      const m = /rgba?\(([^)]+)\)/.exec(c);
      if (!m) return null;
      const parts = m[1]!
        .split(/[\s,/]+/)
        .filter(Boolean)
        .map(Number);
      return [parts[0]!, parts[1]!, parts[2]!, parts[3] ?? 1];
    };
    const lum = ([r, g, b]: number[]) =>
      [r!, g!, b!]
        .map((v) => v / 255)
        .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
        .reduce((a, v, i) => a + v * [0.2126, 0.7152, 0.0722][i]!, 0);
    const ratio = (a: number[], b: number[]) => {
      const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
      return (x! + 0.05) / (y! + 0.05);
    };
    const backgroundOf = (el: Element): number[] => {
      for (let e: Element | null = el; e; e = e.parentElement) {
        const c = rgba(getComputedStyle(e).backgroundColor);
        if (c && c[3] > 0.99) return c;
      }
      return [255, 255, 255, 1];
    };
    const out: SvgTextContrast[] = [];
    let checked = 0;
    for (const t of Array.from(document.querySelectorAll('svg text'))) {
      const svg = t.closest('svg')!;
      const box = t.getBoundingClientRect();
      const style = getComputedStyle(t);
      if (box.width === 0 || style.visibility === 'hidden' || style.display === 'none') continue;
      const fill = rgba(style.fill);
      if (!fill) continue;
      const bg = backgroundOf(svg);
      const size = parseFloat(style.fontSize);
      const bold = Number(style.fontWeight) >= 700;
      const needed = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
      const r = ratio(fill, bg);
      checked++;
      if (r < needed)
        out.push({
          text: (t.textContent ?? '').slice(0, 40),
          fill: style.fill,
          background: `rgb(${bg.slice(0, 3).join(', ')})`,
          ratio: Math.round(r * 100) / 100,
          needed,
        });
    }
    return { checked, failures: out };
  });
}
