// The `kg` executable: a thin entry that runs main() on the real process and sets the exit code.
// All logic lives in program.ts; this file is the only one that touches process.exitCode.

import { main } from './program.js';

process.exitCode = await main(process.argv.slice(2));
