import { readFileSync, mkdirSync } from 'node:fs';
import { parseDatasetText } from './src/domain/parse-dataset';
import { renderPictures } from './scripts/build/pictures';
const p = parseDatasetText(readFileSync('data/dataset.json', 'utf8'));
if (!p.ok) throw 1;
mkdirSync('/tmp/pics', { recursive: true });
const t0 = Date.now();
const m = renderPictures('/tmp/pics', p.dataset, null);
console.log(m.length, Date.now() - t0, 'ms');
