// A prerendering thread (scripts/build/prerender-pool.ts): TypeScript through tsx, as in the main build.
import { register } from 'tsx/esm/api';
import { workerData } from 'node:worker_threads';

register();
await import(workerData.job);
