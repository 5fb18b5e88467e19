/** What the numbers were measured on. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism, totalmem } from 'node:os';
import { CHROMIUM_PATH } from '../../tests/browser/chromium';

export interface Machine {
  date: string;
  nproc: number;
  cpu: string;
  memoryGiB: number;
  node: string;
  chromium: string;
}

function cpuModel(): string {
  try {
    const info = readFileSync('/proc/cpuinfo', 'utf8');
    return /^model name\s*:\s*(.+)$/m.exec(info)?.[1]?.trim() ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

function chromiumVersion(): string {
  // Debian's wrapper prints a harmless "[: unexpected operator" line first: keep the version line
  const out = spawnSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8' });
  const text = `${out.stdout ?? ''}\n${out.stderr ?? ''}`;
  return /Chrom(e|ium)[^\n]*?\d+\.\d+\.\d+\.\d+/.exec(text)?.[0] ?? 'unknown';
}

export function machine(): Machine {
  return {
    date: new Date().toISOString(),
    nproc: availableParallelism(),
    cpu: cpuModel(),
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    chromium: chromiumVersion(),
  };
}
