/** The Action's entry point (dist/index.js), as the runner starts it. */
import { run } from './main.js';

await run();
