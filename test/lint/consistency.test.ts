/** Lint agrees with the rest of the tool: the repository's own migrations and every scaffold pass it. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintMigrations } from '../../src/lint/lint-migrations.js';
import { createMigration } from '../../src/scaffold/create-migration.js';
import { SCAFFOLD_TEMPLATES, type ScaffoldTemplate } from '../../src/scaffold/templates.js';
import { cli } from '../support/cli.js';
import { project } from './helpers.js';

const repository = join(import.meta.dirname, '../..');

describe('lint and the rest of tenant-migrate', () => {
  it.runIf(existsSync(join(repository, 'migrations')))('the repository’s own migrations/ are clean', async () => {
    const result = await cli(['lint', '--dir', 'migrations'], { cwd: repository });
    expect(result.stdout).toMatch(/files checked: no problems/);
    expect(result.code).toBe(0);
  });

  for (const format of ['header', 'goose'] as const) {
    it(`every ${format} scaffold from create passes, except blank's empty UP and DOWN (there to be filled in)`, async () => {
      const root = project({});
      const dir = join(root, 'migrations');
      for (const template of Object.keys(SCAFFOLD_TEMPLATES) as ScaffoldTemplate[]) {
        await createMigration({
          dir,
          description: `example ${template}`,
          scope: 'tenant',
          template,
          format,
          table: 'accounts',
          column: 'status',
          author: 'Test <test@example.com>',
        });
      }
      const result = await lintMigrations({ dir: 'migrations', cwd: root, config: false });
      const errors = result.findings.filter((finding) => finding.severity === 'error');
      expect(errors.map((finding) => `${finding.rule} ${finding.file}`)).toEqual([
        expect.stringMatching(/^file-format .*_example_blank\.sql$/),
        expect.stringMatching(/^require-down .*_example_blank\.sql$/),
      ]);
    });
  }
});
