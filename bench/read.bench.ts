/** Reading and splitting a directory of 1,000 generated migrations in one process. */
import { rmSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { readMigrations } from '../src/migrations/read-directory.js';
import { loadParser } from '../src/sql/parser.js';
import { generateMigrations } from './support/generate-migrations.js';

export async function run(): Promise<void> {
  const count = 1000;
  const dir = generateMigrations(count);
  try {
    await loadParser();
    await readMigrations(dir); // warm-up: file cache and JIT
    const timings: number[] = [];
    let statements = 0;
    for (let round = 0; round < 5; round++) {
      const start = performance.now();
      const set = await readMigrations(dir);
      timings.push(performance.now() - start);
      if (set.problems.length > 0) throw new Error(`generated files have problems: ${set.problems[0].message}`);
      statements = set.migrations.reduce((sum, m) => sum + m.up.statements.length + (m.down?.statements.length ?? 0), 0);
    }
    timings.sort((a, b) => a - b);
    const median = timings[Math.floor(timings.length / 2)];
    console.log(`read + split ${count} files (${statements} statements): median ${median.toFixed(1)} ms of 5 runs`);
    console.log(`  ${Math.round((count / median) * 1000)} files/s, ${Math.round((statements / median) * 1000)} statements/s`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
