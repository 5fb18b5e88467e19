import type { enPages } from './en-pages';
import { kkExplorer } from './kk-explorer';
import { kkOverview } from './kk-overview';
import { kkPageText } from './kk-page-text';
import { kkRecord } from './kk-record';

export const kkPages: Record<keyof typeof enPages, string> = {
  ...kkPageText,
  ...kkExplorer,
  ...kkRecord,
  ...kkOverview,
};
