import { enExplorer } from './en-explorer';
import { enOverview } from './en-overview';
import { enPageText } from './en-page-text';
import { enRecord } from './en-record';

/** The words only some pages show (the scenario explorer; the record in time): loaded with those pages. */
export const enPages = { ...enPageText, ...enExplorer, ...enRecord, ...enOverview };
