/** lint --help says what --base does beyond edited-applied, and names --fix's guards, from the option catalogue. */
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';

/** The help text with yargs' line wrapping undone, so a sentence reads as one line. */
async function lintHelp(): Promise<string> {
  const result = await cli(['lint', '--help']);
  expect(result.code).toBe(0);
  return result.stdout.replace(/\s+/g, ' ');
}

describe('lint --help', () => {
  it('--base: compared at the merge base, the edited-applied and out-of-order checks, and findings in files unchanged since the base listed apart, not counted (--all counts them)', async () => {
    const help = await lintHelp();
    expect(help).toContain(
      '--base git ref of the target branch, compared at its merge base with HEAD (what the branch changed since it forked, as git diff REF...HEAD): ' +
        'report migrations that exist there and were changed or deleted (rule edited-applied), and new ones numbered below its newest (out-of-order); ' +
        'findings in files unchanged since it are listed apart as existing and do not count toward the exit code (--all counts them)',
    );
  });

  it('--fix names what it leaves alone, --fix-all is offered, and --pg-version gives its range', async () => {
    const help = await lintHelp();
    expect(help).toContain(
      'those on --base, or without it those committed at HEAD, with an uncommitted edit or not (outside git it refuses, and --base cannot be used there: run it in a git checkout, or use --fix-all)',
    );
    expect(help).toContain('--fix-all like --fix, on every file, applied ones too');
    expect(help).toContain('10 to 18');
  });
});
