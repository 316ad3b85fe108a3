// Worker entry used only when running from the TypeScript sources (tsx, tests, benchmarks): Node
// does not hand tsx's loader to worker threads, so this real file (process.argv[1] points here,
// inside the project, like the bundled dist/cli/extract-worker.js) registers tsx and loads the worker.
import { register } from 'tsx/esm/api';

register();
await import('./extract-worker.ts');
