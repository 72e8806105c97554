/**
 * Positional arguments and option conflicts come from the catalogue like the options do: the
 * usage line and --help of each command, yargs' refusal of `rollback --to 1 --steps 2`, and the
 * README's tables.
 */
import { describe, expect, it } from 'vitest';
import { catalogueEntries, OPTIONS, POSITIONALS, type PositionalCommand, usageOf } from '../../src/options/catalogue.js';
import { cli } from '../support/cli.js';

const NOWHERE = 'postgresql://deploy:secret@127.0.0.1:9/master';

describe('positional arguments from the catalogue', () => {
  it.each(Object.entries(POSITIONALS))('%s: the usage line and --help show its arguments', async (command, positionals) => {
    const help = await cli([...command.split(' '), '--help']);
    expect(help.code).toBe(0);
    const usage = `tenant-migrate ${command
      .split(' ')
      .slice(0, -1)
      .concat(usageOf(command as PositionalCommand))
      .join(' ')}`;
    expect(help.stdout).toContain(usage);
    for (const positional of positionals ?? []) {
      // yargs wraps long lines: compare the words.
      const words = help.stdout.replace(/\s+/g, ' ');
      expect(words).toContain(positional.help.slice(0, 40));
    }
  });

  it('usageOf writes required and optional, single and variadic arguments', () => {
    expect(usageOf('show')).toBe('show <file>');
    expect(usageOf('lint')).toBe('lint [paths..]');
    expect(usageOf('create')).toBe('create <description..>');
    expect(usageOf('tenant add')).toBe('add <name>');
    expect(usageOf('migrate')).toBe('migrate');
    expect(usageOf('up-to')).toBe('up-to <to>');
  });

  it('a required argument left out is a usage error (exit 2)', async () => {
    const show = await cli(['show']);
    expect(show.code).toBe(2);
    expect(show.stderr).toMatch(/error: Not enough non-option arguments|Missing required argument: file/);
  });
});

describe('conflicting options from the catalogue', () => {
  it('every conflict names an option of the catalogue', () => {
    for (const [key, spec] of catalogueEntries()) {
      for (const other of spec.conflicts ?? []) expect(Object.keys(OPTIONS), `${key} conflicts with ${other}`).toContain(other);
    }
  });

  it('rollback --to 1 --steps 2 is refused before connecting (exit 2)', async () => {
    const result = await cli(['rollback', '--to', '1', '--steps', '2', '--master-url', NOWHERE]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/error: --(steps|to) and --(steps|to) cannot be given together: take one/);
    expect(result.stderr).not.toContain('CONNECT_FAILED');
    const json = await cli(['rollback', '--to', '1', '--steps', '2', '--master-url', NOWHERE, '--json']);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: false, error: { code: 'USAGE' } });
  });

  it('--to alone and --steps alone are taken (they get as far as connecting)', async () => {
    for (const args of [
      ['--to', '1'],
      ['--steps', '2'],
    ]) {
      const result = await cli(['rollback', ...args, '--master-url', NOWHERE, '--connect-timeout', '1s']);
      expect(result.stderr).toContain('CONNECT_FAILED');
    }
  });
});
