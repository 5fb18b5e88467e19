import type { KkCase } from './kk-case';

/**
 * The Kazakh case endings (`kk-case.ts`) load with the Kazakh dictionary, which registers them here:
 * a reader in English or Russian never downloads them. Until then, a text takes no ending (no text
 * is in Kazakh until the dictionary is in).
 */
let withCase: ((text: string, kase: KkCase) => string) | null = null;

export function registerKkCase(fn: (text: string, kase: KkCase) => string): void {
  withCase = fn;
}

export function kkCase(text: string, kase: KkCase): string {
  return withCase ? withCase(text, kase) : text;
}
