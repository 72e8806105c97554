/**
 * Writes docs/rules.md from the rule modules. `--check` exits 1 when the file is out of date,
 * for CI.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderRuleDocs } from '../src/lint/rule-docs.js';

const target = join(dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'rules.md');
const text = renderRuleDocs();
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {}
  if (current !== text) {
    console.error('docs/rules.md is out of date: run npm run docs:rules');
    process.exit(1);
  }
  console.log('docs/rules.md is up to date');
} else {
  writeFileSync(target, text);
  console.log(`wrote ${target}`);
}
