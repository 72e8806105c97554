/** What `demo` does; loaded only when it runs (see demo.ts for its options). */
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { devStateDir, devUp } from '../../ephemeral/dev-server.js';
import { type EmbeddedServer, startEmbeddedServer } from '../../ephemeral/embedded-server.js';
import { DEMO_TENANTS } from '../../ephemeral/local-fleet.js';
import { fleetStatus, migrateFleet, rollbackFleet } from '../../fleet/index.js';
import { bootstrapLocalFleet } from '../../fleet/local-bootstrap.js';
import { formatLint } from '../../lint/formatters/index.js';
import { lintMigrations } from '../../lint/lint-migrations.js';
import { listMigrationFiles } from '../../migrations/read-directory.js';
import { renderFleetText, renderStatusText } from '../../report/fleet-text.js';
import { verifyReportInTerms } from '../../report/in-terms.js';
import { renderVerifyReport } from '../../report/verify-render.js';
import { verifyMigrations } from '../../verify/verify-migrations.js';
import type { CommonOptions } from '../command.js';
import { EXIT_FAILURE, EXIT_OK } from '../exit-codes.js';
import type { CliIo } from '../io.js';
import { createProgress } from '../progress.js';
import { CLI_TERMS } from '../terms.js';

export interface DemoOptions extends CommonOptions {
  keep: boolean;
}

export async function runDemo(options: DemoOptions, io: CliIo): Promise<number> {
  const started = performance.now();
  const dir = resolve(io.cwd, options.dir);
  const step = (title: string) => io.out(`\n== ${title}`);
  let server: EmbeddedServer | undefined;
  let serverUrl: string;
  let failed = false;
  // A wrong --dir is found before a server is started for nothing.
  await listMigrationFiles(dir);

  step('Start PostgreSQL');
  if (options.keep) {
    const dev = await devUp(devStateDir(io.cwd));
    serverUrl = dev.url;
    io.out(`dev PostgreSQL on port ${dev.port} (${dev.started ? 'started' : 'already running'}), data in ${dev.dataDir}`);
  } else {
    server = await startEmbeddedServer();
    serverUrl = server.url;
    io.out(`embedded PostgreSQL on 127.0.0.1:${server.port}, in a temporary directory`);
  }

  try {
    step(`Lint ${options.dir}`);
    const lint = await lintMigrations({ dir, cwd: io.cwd });
    io.out(formatLint(lint, 'text').trimEnd());
    failed ||= lint.summary.errors > 0;

    step('Verify: UP, DOWN, UP, UP of every migration on throwaway databases');
    const verify = await verifyMigrations({ dir, ephemeral: 'server', ephemeralUrl: serverUrl });
    io.out(renderVerifyReport(verifyReportInTerms(verify, CLI_TERMS), 'text').trimEnd());
    failed ||= !verify.ok;

    step(`Create the fleet: database "master" and ${DEMO_TENANTS.join(', ')}; migrate the master, register the tenants`);
    const { fleet, master, createdTenantsTable } = await bootstrapLocalFleet(serverUrl, dir);
    io.out(renderFleetText(master).trimEnd());
    if (createdTenantsTable) io.out('the master migrations made no tenants table: created one (name, database_url, active)');
    if (!master.ok) return EXIT_FAILURE;
    // A run record on a server that stops when the demo ends would point the user at nothing;
    // with --keep the server stays, and `runs` can show the demo's runs.
    const fleetOptions = { dir, masterUrl: fleet.masterUrl, record: options.keep };

    step('Migrate the master and every tenant');
    const progress = createProgress(io, 'migrate');
    const migrated = await migrateFleet({ ...fleetOptions, onProgress: progress.onProgress });
    progress.finish();
    io.out(renderFleetText(migrated).trimEnd());
    failed ||= !migrated.ok;

    step('Status');
    io.out(renderStatusText(await fleetStatus(fleetOptions)).trimEnd());

    step('Roll back the newest migration of every tenant, then migrate forward again');
    const rolledBack = await rollbackFleet({ ...fleetOptions, target: 'tenants', steps: 1 });
    io.out(renderFleetText(rolledBack).trimEnd());
    const forward = await migrateFleet({ ...fleetOptions, target: 'tenants' });
    io.out(renderFleetText(forward).trimEnd());
    failed ||= !rolledBack.ok || !forward.ok;

    if (options.keep) {
      step('The fleet keeps running');
      io.out(`export MASTER_DB_URL=${fleet.masterUrl}`);
      io.out('then try: tenant-migrate status, tenant-migrate create ..., tenant-migrate migrate; stop it with: tenant-migrate dev down');
    }
  } finally {
    if (server) {
      step('Stop PostgreSQL');
      await server.stop();
      io.out('stopped; its temporary directory is removed');
    }
  }
  io.out(`\n${failed ? 'demo finished with failures' : 'demo finished'} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return failed ? EXIT_FAILURE : EXIT_OK;
}
