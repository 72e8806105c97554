/** `--ephemeral auto`: a URL wins, then a Docker engine, then the embedded PostgreSQL. */
import { describe, expect, it } from 'vitest';
import { CLI_TERMS } from '../../src/cli/terms.js';
import { probeDockerEngine } from '../../src/ephemeral/docker-engine.js';
import { chooseProvider } from '../../src/ephemeral/open-ephemeral.js';
import type { TenantMigrateError } from '../../src/errors.js';

const engineAnswers = async () => ({ answers: true, reason: 'container engine at localhost' });
const noEngine = async () => ({ answers: false, reason: 'no Docker engine answers (test)' });
const mustNotAsk = async (): Promise<never> => {
  throw new Error('the engine was probed although the choice did not depend on it');
};

describe('chooseProvider', () => {
  it('auto: a URL picks the server without probing Docker', async () => {
    expect(await chooseProvider('auto', 'postgresql://localhost/postgres', mustNotAsk)).toEqual({
      provider: 'server',
      reason: 'an ephemeral server URL was given',
    });
  });

  it('auto: no URL and an engine that answers picks docker', async () => {
    expect((await chooseProvider('auto', undefined, engineAnswers)).provider).toBe('docker');
  });

  it('auto: no URL and no engine falls back to embedded, saying why', async () => {
    expect(await chooseProvider('auto', undefined, noEngine)).toEqual({ provider: 'embedded', reason: 'no Docker engine answers (test)' });
  });

  it('an explicit choice is taken as is', async () => {
    expect((await chooseProvider('docker', 'postgresql://localhost/postgres', mustNotAsk)).provider).toBe('docker');
    expect((await chooseProvider('embedded', undefined, mustNotAsk)).provider).toBe('embedded');
    expect((await chooseProvider('server', 'postgresql://localhost/postgres', mustNotAsk)).provider).toBe('server');
  });

  it('server without a URL is an error with a hint', async () => {
    const error = await chooseProvider('server', undefined, mustNotAsk).catch((caught: TenantMigrateError) => caught);
    // The library names its option; the CLI words the same hint with its flag.
    expect(error).toMatchObject({ code: 'EPHEMERAL_URL_MISSING', hint: expect.stringContaining('ephemeralUrl: "postgresql://') });
    expect((error as TenantMigrateError).format(CLI_TERMS)).toContain('hint: pass --ephemeral-url postgresql://');
  });
});

describe('probeDockerEngine', () => {
  it('says no, with a reason, when DOCKER_HOST points at nothing', async () => {
    const saved = process.env.DOCKER_HOST;
    process.env.DOCKER_HOST = 'tcp://127.0.0.1:1';
    try {
      const probe = await probeDockerEngine();
      expect(probe.answers).toBe(false);
      expect(probe.reason).toMatch(/^no Docker engine answers/);
      // And so auto, given no URL, lands on embedded with that reason.
      expect(await chooseProvider('auto', undefined, async () => probe)).toEqual({ provider: 'embedded', reason: probe.reason });
    } finally {
      if (saved === undefined) delete process.env.DOCKER_HOST;
      else process.env.DOCKER_HOST = saved;
    }
  });
});
