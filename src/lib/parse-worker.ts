// The dataset's checks (zod and the schema, about 100 KB of script) run here, off the main thread:
// evaluating the validator and checking the dataset took 200-250 ms of the main thread at 4× CPU
// slowdown, in tasks a reader's click would wait behind. The page sends the text it fetched (so the
// HTML's preload is used) and gets back the same result parseDatasetText gives on the main thread.
import { parseDatasetText, type ParseResult } from '../domain/parse-dataset';
import { warmIntl } from './intl-warm';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<string>) => void) | null;
  postMessage: (r: ParseResult) => void;
};
scope.onmessage = (e) => scope.postMessage(parseDatasetText(e.data));

// Before the dataset arrives: set up ICU for the page's process (intl-warm.ts).
warmIntl();
