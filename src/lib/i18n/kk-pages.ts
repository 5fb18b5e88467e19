import type { enPages } from './en-pages';
import { kkExplorer } from './kk-explorer';
import { kkRecord } from './kk-record';
import { kkPageText } from './kk-page-text';
import { kkOverview } from './kk-overview';

export const kkPages: Record<keyof typeof enPages, string> = {
  ...kkPageText,
  ...kkExplorer,
  ...kkRecord,
  ...kkOverview,
};
