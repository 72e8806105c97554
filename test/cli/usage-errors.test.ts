/**
 * A mistyped option is a usage error (exit 2) found before anything runs: `migrate --dry-rn`
 * must never migrate.
 */
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';

describe('usage errors', () => {
  it('refuses an unknown option before running the command', async () => {
    // A master URL nobody listens on: had migrate run, it would fail to connect (exit 1).
    const result = await cli(['migrate', '--dry-rn', '--master-url', 'postgresql://deploy:secret@127.0.0.1:9/master']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/error: Unknown arguments?: dry-rn/);
    expect(result.stderr).not.toMatch(/CONNECT_FAILED|could not connect/i);
    expect(result.stdout).toBe('');
  });

  it('refuses a one-value option given twice, naming it, before anything runs', async () => {
    const result = await cli([
      'migrate',
      '--master-url',
      'postgresql://deploy:secret@127.0.0.1:9/master',
      '--tenants-query',
      'SELECT * FROM tenants',
      '--tenants-query',
      'SELECT * FROM customers',
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--tenants-query was given 2 times; it takes one value');
    expect(result.stderr).not.toMatch(/CONNECT_FAILED|could not connect/i);
    // A value checked by its parser is refused the same way; a list option still repeats.
    const twice = await cli(['status', '--concurrency', '4', '--concurrency', '8', '--master-url', 'postgresql://u@127.0.0.1:9/m']);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain('--concurrency was given 2 times; it takes one value');
    const tenants = await cli(['status', '--tenant', 'a', '--tenant', 'b', '--master-url', 'postgresql://u@127.0.0.1:9/m']);
    expect(tenants.stderr).not.toContain('given 2 times');
  });

  it("says what to type for another tool's command (goose's reset, Flyway's validate, a verb typed as a flag)", async () => {
    const reset = await cli(['reset']);
    expect(reset.code).toBe(2);
    expect(reset.stderr).toContain('error: unknown command "reset": here it is tenant-migrate rollback --to 0');
    const validate = await cli(['validate']);
    expect(validate.stderr).toContain('error: unknown command "validate": here it is tenant-migrate lint');
    const down = await cli(['migrate', '-down']);
    expect(down.code).toBe(2);
    expect(down.stderr).toContain("error: -down is not an option: goose's down is a command here (tenant-migrate down)");
  });

  it('names the mistyped command, not the value of a flag before it (--dir . stauts); its flags then get their suggestion', async () => {
    const typo = await cli(['--dir', '.', 'stauts']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('error: unknown command "stauts": did you mean status?');
    const flag = await cli(['--dir', '.', 'status', '--goose-tabel', 'x']);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain('hint: --goose-tabel: did you mean --goose-table?');
  });

  it('keeps the error on screen: the usage line above it, not every option', async () => {
    const result = await cli(['migrate', '--dry-rn']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('(tenant-migrate migrate --help lists every option)');
    expect(result.stderr).not.toContain('Options:');
    expect(result.stderr.split('\n').length).toBeLessThan(12);
    expect(result.stderr).toMatch(/hint: --dry-rn: did you mean --dry-run\?$/m);
  });

  it('shows the command help above the error', async () => {
    const result = await cli(['lint', '--formt', 'json']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^tenant-migrate lint \[paths\.\.\]/);
    expect(result.stderr).toMatch(/error: Unknown argument: formt$/m);
  });

  it('asks for a command when none is given, and prints help and version on request', async () => {
    const none = await cli([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/error: Name a command/);
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    for (const command of ['create', 'show', 'lint', 'verify', 'migrate', 'rollback', 'status', 'demo', 'dev']) {
      expect(help.stdout).toContain(`tenant-migrate ${command}`);
    }
    const version = await cli(['--version']);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
