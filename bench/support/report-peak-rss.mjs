// Preloaded (node --import) into a CLI process by bench/scale.bench.ts: prints the process's
// peak resident memory to stderr as it exits, whatever the command did.
import { writeSync } from 'node:fs';

process.on('exit', () => {
  writeSync(2, `\npeak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB\n`);
});
