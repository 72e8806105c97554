/**
 * Messages are data: the same error reads `--dir` in the CLI, `the migrations-dir input` in the
 * Action and `the dir option` in the library, from errors the core really raises. The core's
 * own wording never names a CLI flag.
 */
import { describe, expect, it } from 'vitest';
import { ACTION_TERMS } from '../../src/action/terms.js';
import { CLI_TERMS } from '../../src/cli/terms.js';
import { chooseProvider } from '../../src/ephemeral/open-ephemeral.js';
import { TenantMigrateError } from '../../src/errors.js';
import { resolveFleetOptions } from '../../src/fleet/options.js';
import { parseShard } from '../../src/fleet/shard.js';
import { renderText, text } from '../../src/messages.js';
import { listMigrationFiles } from '../../src/migrations/read-directory.js';
import { fleetReportInTerms } from '../../src/report/in-terms.js';

async function caught(work: () => unknown): Promise<TenantMigrateError> {
  try {
    await work();
  } catch (error) {
    if (error instanceof TenantMigrateError) return error;
    throw error;
  }
  throw new Error('expected an error');
}

describe('one error, three wordings', () => {
  it('a missing migrations directory', async () => {
    const error = await caught(() => listMigrationFiles('/nowhere/migrations'));
    expect(error.code).toBe('DIR_NOT_FOUND');
    expect(error.option).toBe('dir');
    expect(error.format(CLI_TERMS)).toContain('hint: pass it with --dir, or create it');
    expect(error.format(ACTION_TERMS)).toContain('hint: pass it with the migrations-dir input, or create it');
    expect(error.format()).toContain('hint: pass it with the dir option, or create it');
    expect(error.format()).not.toMatch(/--dir/);
  });

  it('an option with its value: --ephemeral server in the CLI, ephemeral: server in the Action', async () => {
    const error = await caught(() => chooseProvider('server', undefined, async () => ({ answers: false, reason: 'none' }) as never));
    expect(error.code).toBe('EPHEMERAL_URL_MISSING');
    expect(error.format(CLI_TERMS)).toMatch(/error: --ephemeral server needs a server.*\nhint: pass --ephemeral-url postgresql:\/\//);
    expect(error.format(ACTION_TERMS)).toMatch(/error: ephemeral: server needs a server.*\nhint: pass ephemeral-url: postgresql:\/\//);
  });

  it('option values the library cannot take name the option', async () => {
    const shard = await caught(() => parseShard('3/2'));
    expect(shard.format(CLI_TERMS)).toContain('error: --shard "3/2" is not i/n with 1 <= i <= n [BAD_OPTION]');
    expect(shard.format(ACTION_TERMS)).toContain('error: the shard input "3/2" is not i/n with 1 <= i <= n [BAD_OPTION]');
    const to = await caught(() => resolveFleetOptions({ dir: 'm', masterUrl: 'postgresql://h/db', to: -1 }));
    expect(to.format(ACTION_TERMS)).toContain('the to input is -1; expected a version number');
    const timeout = await caught(() => resolveFleetOptions({ dir: 'm', masterUrl: 'postgresql://h/db', lockTimeout: 'soon' }));
    expect(timeout.code).toBe('BAD_DURATION');
    expect(timeout.format(CLI_TERMS)).toContain('error: --lock-timeout is "soon": not a duration');
    expect(timeout.format(ACTION_TERMS)).toContain('error: the lock-timeout input is "soon": not a duration');
  });

  it("a report's hint is reworded where it stands, a prefix kept", () => {
    const hint = text('lock-timeout.raise', 'run again at a quieter time, or raise {option}', { option: 'lockTimeout' });
    const message = text('x.failed', 'migration {name} failed', { values: { name: '003_tags' } });
    const report = {
      ok: false,
      command: 'migrate',
      dryRun: false,
      durationMs: 1,
      targets: [
        {
          name: 'acme',
          kind: 'tenant',
          url: 'postgresql://h/acme',
          status: 'failed',
          fromVersion: null,
          toVersion: null,
          applied: [],
          durationMs: 1,
          error: {
            code: 'LOCK_TIMEOUT',
            message: `003_tags (UP): ${renderText(message)}`,
            messageText: message,
            hint: renderText(hint),
            hintText: hint,
          },
        },
      ],
    } as unknown as Parameters<typeof fleetReportInTerms>[0];
    const [target] = fleetReportInTerms(report, ACTION_TERMS).targets;
    expect(target.error?.hint).toBe('run again at a quieter time, or raise the lock-timeout input');
    expect(target.error?.message).toBe('003_tags (UP): migration 003_tags failed');
    expect(fleetReportInTerms(report, CLI_TERMS).targets[0].error?.hint).toBe('run again at a quieter time, or raise --lock-timeout');
  });
});
