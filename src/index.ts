// The GitHub Action's entry point (dist/index.js): everything lives in run().
import { run } from './action/main.js';

await run();
