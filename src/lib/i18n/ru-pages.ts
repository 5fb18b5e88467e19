import type { enPages } from './en-pages';
import { ruExplorer } from './ru-explorer';
import { ruOverview } from './ru-overview';
import { ruPageText } from './ru-page-text';
import { ruRecord } from './ru-record';

export const ruPages: Record<keyof typeof enPages, string> = {
  ...ruPageText,
  ...ruExplorer,
  ...ruRecord,
  ...ruOverview,
};
