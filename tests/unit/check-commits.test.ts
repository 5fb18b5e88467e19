import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain script, with no types of its own
import { messageProblems } from '../../scripts/check-commits.mjs';
import { repoRoot } from './dataset-fixture';

const problems = messageProblems as (message: string) => string[];

describe('commit messages: a short subject line, a blank line, then what and why', () => {
  it('takes a message written so', () => {
    expect(problems('Overview: search across the names\n\nA reader finds a goal by four letters.\n')).toEqual([]);
  });

  it.each([
    ['README: the budget', ['no body: say what changed and why']],
    [`${'x'.repeat(73)}\n\nWhy.`, ['subject is 73 characters (at most 72)']],
    ['Fix the chart.\n\nWhy.', ['subject ends with a full stop']],
    ['Fix the chart\nWhy, on the next line.', ['no blank line between the subject and the body']],
    ['\n\nOnly a body.', ['no subject line']],
  ])('names what is wrong with %j', (message, want) => {
    expect(problems(message)).toEqual(want);
  });

  it('holds every commit of this repository since the rule began to it', () => {
    const out = execFileSync('node', ['scripts/check-commits.mjs'], { cwd: repoRoot, encoding: 'utf8' });
    expect(out).toMatch(/^lint:commits: \d+ commits, each with a short subject and a body/);
  });
});
