/**
 * lint's command line read without yargs (src/cli/lint-args.ts) gives the lint command exactly
 * the options yargs gives it, or declines, and the CLI reads it with yargs as before: each
 * command line here goes through both, and the whole CLI's result is what the fast path runs or leaves.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lintCommand } from '../../src/cli/commands/lint.js';
import { recordingIo } from '../../src/cli/io.js';
import { readLintArgs } from '../../src/cli/lint-args.js';
import { runLintWithoutYargs } from '../../src/cli/lint-fast.js';
import { runCli } from '../../src/cli/main.js';
import { cliOptionsOf } from '../../src/options/catalogue.js';
import { project } from '../lint/helpers.js';

/** Every option lint's run can read: the catalogue's lint flags, --dir, and the paths. */
const KEYS = [
  'dir',
  'paths',
  ...cliOptionsOf('lint').map(([, spec]) => String(spec.flag).replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())),
];

/** The options yargs hands the lint command for this command line (the command itself is not run). */
async function yargsOptions(argv: string[]): Promise<Record<string, unknown> | undefined> {
  let seen: Record<string, unknown> | undefined;
  const run = vi.spyOn(lintCommand, 'run').mockImplementation(async (options) => {
    seen = options as unknown as Record<string, unknown>;
    return 0;
  });
  try {
    await runCli(argv, recordingIo());
  } finally {
    run.mockRestore();
  }
  return seen && Object.fromEntries(KEYS.map((key) => [key, seen?.[key]]));
}

const pick = (options: Record<string, unknown>) => Object.fromEntries(KEYS.map((key) => [key, options[key]]));

afterEach(() => vi.restoreAllMocks());

describe('lint flags without yargs', () => {
  const read = [
    ['lint'],
    ['lint', '--dir', 'db/migrations'],
    ['lint', '--dir=db/migrations', '--format=json'],
    ['lint', '--format', 'sarif', 'migrations/tenant/001_a.sql', 'migrations/master'],
    ['lint', '--json', '--fix', '--all', '--cache', '--cache-location', 'build/lint.cache'],
    ['lint', '--no-cache', '--no-fix', '--no-json'],
    ['lint', '--rule', 'rename=off', 'migrations/x.sql', '--rule=destructive=warning', '--rule', 'require-down=error'],
    ['lint', '--pg-version', '13', '--base', 'origin/main', '--link-base', 'https://github.com/acme/app/blob/abc'],
    ['lint', '--pg-version=17', '123_numbers.sql', '0012'],
    ['lint', 'migrations', '--format', 'markdown', '--dir', 'migrations'],
  ];
  it.each(read.map((argv) => [argv]))('reads %j as yargs does', async (argv) => {
    const fast = readLintArgs(argv);
    expect(fast).toBeDefined();
    expect(pick(fast ?? {})).toEqual(await yargsOptions(argv));
  });

  const declined = [
    ['lint', '--help'],
    ['lint', '-h'],
    ['lint', '--version'],
    ['show', 'x.sql'],
    ['lint', '--formt', 'json'],
    ['lint', '--format', 'yaml'],
    ['lint', '--format', 'JSON'],
    ['lint', '--format', 'json', '--format', 'text'],
    ['lint', '--pg-version', 'nine'],
    ['lint', '--pg-version', '9'],
    ['lint', '--base'],
    ['lint', '--base', '--fix'],
    ['lint', '--base='],
    ['lint', '--fix', 'true'],
    ['lint', '--fix=false'],
    ['lint', '--fix', '--fix'],
    ['lint', '--no-base', 'x'],
    ['lint', '--linkBase', 'https://x'],
    ['lint', '-dir', 'migrations'],
    ['lint', '--', 'x.sql'],
    ['lint', '--master-url', 'postgresql://localhost/x'],
  ];
  it.each(declined.map((argv) => [argv]))('leaves %j to yargs', (argv) => {
    expect(readLintArgs(argv)).toBeUndefined();
  });

  it('runs the lint command with the same output and exit code as the whole CLI, and a failure is reported alike', async () => {
    const root = project({
      'migrations/tenant/001_drop.sql': '-- +goose Up\nDROP TABLE users;\n-- +goose Down\nSELECT 1;\n',
    });
    for (const argv of [
      ['lint', '--format', 'json'],
      ['lint', '--rule', 'destructive=off'],
      ['lint', '--dir', 'nowhere', '--json'],
      ['lint', 'migrations/tenant/404.sql'],
    ]) {
      const fast = recordingIo(process.env, root);
      const whole = recordingIo(process.env, root);
      const code = await runLintWithoutYargs(argv, fast);
      expect(code).toBe(await runCli(argv, whole));
      expect(fast.stdout).toBe(whole.stdout);
      expect(fast.stderr).toBe(whole.stderr);
    }
    expect(await runLintWithoutYargs(['lint', '--help'], recordingIo(process.env, root))).toBeUndefined();
  });
});
