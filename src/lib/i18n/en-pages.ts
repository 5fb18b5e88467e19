import { enExplorer } from './en-explorer';
import { enRecord } from './en-record';
import { enPageText } from './en-page-text';
import { enOverview } from './en-overview';

/** The words only some pages show (the scenario explorer; the record in time): loaded with those pages. */
export const enPages = { ...enPageText, ...enExplorer, ...enRecord, ...enOverview };
