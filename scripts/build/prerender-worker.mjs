// A prerendering thread (scripts/build/prerender-pool.ts): TypeScript through tsx, as in the main build.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.job);
