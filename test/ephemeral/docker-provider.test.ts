/**
 * The docker provider against a real engine. Machines without one (this project's CI box has
 * none) skip these tests and say so; the provider's choice logic is tested in choose-provider.
 */
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { probeDockerEngine } from '../../src/ephemeral/docker-engine.js';
import { openDockerProvider } from '../../src/ephemeral/docker-provider.js';

const probe = await probeDockerEngine();
if (!probe.answers) console.info(`docker provider tests skipped: ${probe.reason}`);

describe.skipIf(!probe.answers)(`docker provider (${probe.answers ? probe.reason : `skipped: ${probe.reason}`})`, () => {
  it('starts a PostgreSQL container, hands out databases, and removes it on close', { timeout: 300_000 }, async () => {
    const provider = await openDockerProvider({ image: process.env.TENANT_MIGRATE_TEST_IMAGE });
    try {
      const database = await provider.createDatabase('master');
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      const version = await client.query<{ server_version_num: string }>('SHOW server_version_num');
      await client.end();
      expect(Number(version.rows[0].server_version_num)).toBeGreaterThanOrEqual(130000);
    } finally {
      await provider.close();
    }
  });
});
