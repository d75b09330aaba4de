// Entry of an ingest worker process (pool.ts forks it): registers tsx's loader so that plain
// `node` can load the TypeScript pipeline, then loads worker.ts.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
