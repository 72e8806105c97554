/** The Action's entry point (dist/index.js), as the runner starts it. */
import { boundHeapGrowth } from '../heap-growth.js';
import { run } from './main.js';

boundHeapGrowth();

await run();
