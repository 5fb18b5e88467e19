// The dataset's checks (zod and the schema) run here, off the main thread: evaluating the validator
// and checking the dataset are long tasks a reader's click would otherwise wait behind
// (docs/architecture.md). The page sends the text it fetched (so the HTML's preload is used) and
// gets back the same result parseDatasetText gives on the main thread.
import { parseDatasetText, type ParseResult } from '../domain/parse-dataset';
import { warmIntl } from './intl-warm';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<string>) => void) | null;
  postMessage: (r: ParseResult) => void;
};
scope.onmessage = (e) => scope.postMessage(parseDatasetText(e.data));

// Before the dataset arrives: set up ICU for the page's process (intl-warm.ts).
warmIntl();
