// The GitHub Action's entry point (dist/index.js): everything lives in run().
import { run } from './action/main.js';

// No top-level await: the bundle is CommonJS (scripts/build.mjs). A rejection still ends the process with an error.
void run();
