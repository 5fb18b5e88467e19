// `npm run lint:commits`: every commit since the rule began has a short subject line, a blank line
// and a body that says what and why (CONTRIBUTING.md). Older history is left as it was written.
import { execFileSync } from 'node:child_process';

/** The last commit before the rule (the curator's desk, #27): commits after it are checked. */
const RULE_FROM = 'af9c6b3741e0d9b60430b6badb18131f8a2a296d';
const SUBJECT_MAX = 72;

function git(...args) {
  return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** What is wrong with one commit message, one line each; none for a good one. */
export function messageProblems(message) {
  const [subject = '', blank, ...rest] = message.replace(/\s+$/, '').split('\n');
  const problems = [];
  if (!subject.trim()) problems.push('no subject line');
  if (subject.length > SUBJECT_MAX) problems.push(`subject is ${subject.length} characters (at most ${SUBJECT_MAX})`);
  if (/\.$/.test(subject)) problems.push('subject ends with a full stop');
  if (blank !== undefined && blank.trim() !== '') problems.push('no blank line between the subject and the body');
  else if (!rest.join('').trim()) problems.push('no body: say what changed and why');
  return problems;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  try {
    git('rev-parse', '--git-dir');
  } catch {
    console.log('lint:commits: not a git checkout: nothing to check');
    process.exit(0);
  }
  try {
    git('cat-file', '-e', `${RULE_FROM}^{commit}`);
  } catch {
    console.error(
      `lint:commits: commit ${RULE_FROM.slice(0, 7)}, where the rule begins, is not here (a shallow clone?)`,
    );
    process.exit(1);
  }
  const hashes = git('rev-list', '--no-merges', `${RULE_FROM}..HEAD`).split('\n').filter(Boolean);
  let bad = 0;
  for (const hash of hashes) {
    const problems = messageProblems(git('log', '-1', '--format=%B', hash));
    for (const p of problems) console.error(`${hash.slice(0, 7)}: ${p}`);
    if (problems.length) bad++;
  }
  if (bad) {
    console.error(`lint:commits: ${bad} of ${hashes.length} commits break the rule (CONTRIBUTING.md, Commits)`);
    process.exit(1);
  }
  console.log(`lint:commits: ${hashes.length} commits, each with a short subject and a body`);
}
