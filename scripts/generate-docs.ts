/**
 * Rewrites what comes from the option catalogue (src/options/catalogue.ts) and the error codes
 * (src/error-codes.ts): action.yml's inputs, the README's option, input and error-code tables.
 * `--check` exits 1 when a file is out of date, for CI.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withCatalogueInputs, withGeneratedBlocks } from '../src/options/docs.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const files: Array<{ path: string; render: (current: string) => string }> = [
  { path: join(root, 'action.yml'), render: withCatalogueInputs },
  { path: join(root, 'README.md'), render: withGeneratedBlocks },
];

let stale = 0;
for (const file of files) {
  const current = readFileSync(file.path, 'utf8');
  const text = file.render(current);
  if (text === current) continue;
  if (process.argv.includes('--check')) {
    console.error(`${file.path} is out of date: run npm run docs`);
    stale++;
  } else {
    writeFileSync(file.path, text);
    console.log(`wrote ${file.path}`);
  }
}
process.exitCode = stale > 0 ? 1 : 0;
