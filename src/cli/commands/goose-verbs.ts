/**
 * goose's verbs, as goose users type them, over the fleet: `up`, `up-to V`, `down`, `down-to V`,
 * `redo` and `version` (goose's `status` and `create` are commands of their own here; `create`
 * takes goose's `create NAME sql` form too). Each takes
 * the options of the command it stands for.
 */
import type { FleetReport } from '../../fleet/types.js';
import { usageOf } from '../../options/catalogue.js';
import { cataloguePositionals } from '../catalogue-flags.js';
import { type CliCommand, defineCommand } from '../command.js';
import { type ApplyFlags, fleetFlags, fleetOptionsFrom, reportFormat } from '../fleet-flags.js';
import { withInterrupts } from '../interrupts.js';
import type { CliIo } from '../io.js';
import { createProgress } from '../progress.js';
import { type RolloutFlags, rolloutOptionsFrom } from '../rollout-flags.js';
import { migrateCommand, printFleetReport } from './migrate.js';
import { rollbackCommand } from './rollback.js';
import { statusCommand } from './status.js';

type MigrateFlags = Parameters<typeof migrateCommand.run>[0];
type RollbackFlags = Parameters<typeof rollbackCommand.run>[0];

const upCommand = defineCommand<MigrateFlags>({
  command: 'up',
  describe: "goose's up: the same as migrate",
  builder: (yargs) => fleetFlags(yargs, 'migrate').example('$0 up', 'every pending migration, master first'),
  run: (flags, io) => migrateCommand.run(flags, io),
});

const upToCommand = defineCommand<MigrateFlags>({
  command: usageOf('up-to'),
  describe: "goose's up-to VERSION: migrate up to that version (migrate --to VERSION)",
  builder: (yargs) => cataloguePositionals(fleetFlags(yargs, 'migrate'), 'up-to').example('$0 up-to 20250101120000', ''),
  run: (flags, io) => migrateCommand.run(flags, io),
});

const downCommand = defineCommand<RollbackFlags>({
  command: 'down',
  describe: "goose's down: roll back the newest migration of every tenant, then of the master (rollback --steps 1)",
  builder: (yargs) => fleetFlags(yargs, 'rollback').example('$0 down --target tenants', "each tenant's newest migration"),
  run: (flags, io) => rollbackCommand.run({ ...flags, to: undefined, steps: flags.steps ?? 1 }, io),
});

const downToCommand = defineCommand<RollbackFlags>({
  command: usageOf('down-to'),
  describe: "goose's down-to VERSION: roll back every migration above that version (rollback --to VERSION; 0: all)",
  builder: (yargs) => cataloguePositionals(fleetFlags(yargs, 'rollback'), 'down-to').example('$0 down-to 5 --dry-run', ''),
  run: (flags, io) => rollbackCommand.run({ ...flags, steps: undefined }, io),
});

const redoCommand = defineCommand<ApplyFlags & RolloutFlags>({
  command: 'redo',
  describe: "goose's redo: roll back the newest migration of each target, then apply it again",
  builder: (yargs) => fleetFlags(yargs, 'migrate').example('$0 redo --tenant acme', "acme's newest migration, down and up"),
  run: (flags, io) => redo(flags, io),
});

const versionCommand = defineCommand<Parameters<typeof statusCommand.run>[0]>({
  command: 'version',
  describe: "goose's version: each target's current version (the same as status)",
  builder: (yargs) => fleetFlags(yargs, 'status'),
  run: (flags, io) => statusCommand.run(flags, io),
});

async function redo(flags: ApplyFlags & RolloutFlags, io: CliIo): Promise<number> {
  // The run record's flags too: --retry-failed RUN (the hint of an interrupted redo) redoes only that run's unfinished targets.
  const options = { ...fleetOptionsFrom(flags, io), ...(await rolloutOptionsFrom(flags, io)) };
  const { rollbackFleet } = await import('../../fleet/run-fleet.js');
  const progress = createProgress(io, 'redo');
  let report: FleetReport;
  try {
    // Target by target: its newest migration down, then that one up again (never what was
    // pending), so an interrupt or a failure never leaves the fleet one version down.
    report = await withInterrupts(io, (signal) =>
      rollbackFleet({ ...options, to: undefined, steps: 1, redo: true, onProgress: progress.onProgress, signal }),
    );
  } finally {
    progress.finish();
  }
  return printFleetReport(report, reportFormat(flags), io);
}

export const GOOSE_VERBS: CliCommand<never>[] = [
  upCommand,
  upToCommand,
  downCommand,
  downToCommand,
  redoCommand,
  versionCommand,
] as CliCommand<never>[];
