import type { enPublish } from './en-publish';

/** Sharing and publishing in this language: pictures, alt text, the embed code, citations. */
export const kkPublish: Record<keyof typeof enPublish, string> = {
  'share.size.column': 'Мақала бағаны, 640 × 420',
  'share.size.wide': 'Кең, 960 × 540',
  'share.size.social': 'Әлеуметтік желілер үшін, 1200 × 630',
  'share.embedTheme.light': 'Ашық (мақалалардың көбіне жарасады)',
  'share.embedTheme.dark': 'Күңгірт',
  'share.embedTheme.system': 'Оқырманның баптауы бойынша',
  'alt.up': '{name}: {firstWhen:abl} {latestWhen:dat} дейін {first:abl} {latest:dat} дейін өсті.',
  'alt.down': '{name}: {firstWhen:abl} {latestWhen:dat} дейін {first:abl} {latest:dat} дейін төмендеді.',
  'alt.flat': '{name}: өзгеріссіз — {latest} ({firstWhen} және {latestWhen}).',
  'alt.one': '{name}: {latest} ({latestWhen}).',
  'alt.none': '{name}: кезеңі көрсетілген сан әлі жоқ.',
  'alt.goal': 'Мақсат — {goal}, {when}.',
  'alt.noGoal': 'Мақсат қойылмаған.',
  'alt.verdict': 'Баға: «{status}».',
};
