/**
 * `npm run bench`: runs every bench/*.bench.ts in turn (or those named on the command line) and
 * lets each print its figures. Benchmarks are not tests: they measure, they do not assert.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const files = readdirSync(here)
  .filter((file) => file.endsWith('.bench.ts'))
  // A name is a part's whole name when one has it (`lint` is not also `lint-parity`), else a prefix.
  .filter(
    (file, _, all) =>
      wanted.length === 0 ||
      wanted.some((name) => (all.includes(`${name}.bench.ts`) ? file === `${name}.bench.ts` : file.startsWith(name))),
  )
  .sort();

for (const file of files) {
  console.log(`\n## ${file.replace('.bench.ts', '')}`);
  const module = (await import(pathToFileURL(join(here, file)).href)) as { run: () => Promise<void> };
  await module.run();
}
