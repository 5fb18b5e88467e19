/** Sharing and publishing: pictures, alt text, the embed code, citations (part of the master dictionary). */
export const enPublish = {
  'share.size.column': 'Article column, 640 × 420',
  'share.size.wide': 'Wide, 960 × 540',
  'share.size.social': 'Social card, 1200 × 630',
  'share.embedTheme.light': 'Light (suits most articles)',
  'share.embedTheme.dark': 'Dark',
  'share.embedTheme.system': 'Follow the reader’s setting',
  'alt.up': '{name}: up from {first} in {firstWhen} to {latest} in {latestWhen}.',
  'alt.down': '{name}: down from {first} in {firstWhen} to {latest} in {latestWhen}.',
  'alt.flat': '{name}: {latest} in {latestWhen}, the same as in {firstWhen}.',
  'alt.one': '{name}: {latest} in {latestWhen}.',
  'alt.none': '{name}: no figure with a date yet.',
  'alt.goal': 'Goal: {goal}, {when}.',
  'alt.noGoal': 'No goal stated.',
  'alt.verdict': 'Verdict: {status}.',
} as const;
