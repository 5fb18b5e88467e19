import type { enPages } from './en-pages';
import { ruExplorer } from './ru-explorer';
import { ruRecord } from './ru-record';
import { ruPageText } from './ru-page-text';
import { ruOverview } from './ru-overview';

export const ruPages: Record<keyof typeof enPages, string> = {
  ...ruPageText,
  ...ruExplorer,
  ...ruRecord,
  ...ruOverview,
};
