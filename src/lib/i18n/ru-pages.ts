import type { enPages } from './en-pages';
import { ruExplorer } from './ru-explorer';
import { ruRecord } from './ru-record';
import { ruPageText } from './ru-page-text';

export const ruPages: Record<keyof typeof enPages, string> = { ...ruPageText, ...ruExplorer, ...ruRecord };
