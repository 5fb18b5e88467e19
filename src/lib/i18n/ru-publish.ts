import type { enPublish } from './en-publish';

/** Sharing and publishing in this language: pictures, alt text, the embed code, citations. */
export const ruPublish: Record<keyof typeof enPublish, string> = {
  'share.size.column': 'Колонка статьи, 640 × 420',
  'share.size.wide': 'Широкий, 960 × 540',
  'share.size.social': 'Карточка для соцсетей, 1200 × 630',
  'share.embedTheme.light': 'Светлое (подходит для большинства статей)',
  'share.embedTheme.dark': 'Тёмное',
  'share.embedTheme.system': 'По настройкам читателя',
  'alt.up': '{name}: рост с {first} ({firstWhen}) до {latest} ({latestWhen}).',
  'alt.down': '{name}: снижение с {first} ({firstWhen}) до {latest} ({latestWhen}).',
  'alt.flat': '{name}: без изменений — {latest} ({firstWhen} и {latestWhen}).',
  'alt.one': '{name}: {latest} ({latestWhen}).',
  'alt.none': '{name}: данных с указанием периода пока нет.',
  'alt.goal': 'Цель — {goal}, {when}.',
  'alt.noGoal': 'Цель не поставлена.',
  'alt.verdict': 'Оценка: «{status}».',
};
