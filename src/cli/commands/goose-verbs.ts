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
import { EXIT_FAILURE, EXIT_OK } from '../exit-codes.js';
import { type ApplyFlags, fleetFlags, fleetOptionsFrom, reportFormat } from '../fleet-flags.js';
import { withInterrupts } from '../interrupts.js';
import type { CliIo } from '../io.js';
import { createProgress } from '../progress.js';
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

const redoCommand = defineCommand<ApplyFlags>({
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

async function redo(flags: ApplyFlags, io: CliIo): Promise<number> {
  const options = fleetOptionsFrom(flags, io);
  const { migrateFleet, rollbackFleet } = await import('../../fleet/run-fleet.js');
  type Work = (onProgress: ReturnType<typeof createProgress>['onProgress'], signal: AbortSignal) => Promise<FleetReport>;
  const run = async (label: string, work: Work) => {
    const progress = createProgress(io, label);
    try {
      return await withInterrupts(io, (signal) => work(progress.onProgress, signal));
    } finally {
      progress.finish();
    }
  };
  const down = await run('redo: down', (onProgress, signal) => rollbackFleet({ ...options, to: undefined, steps: 1, onProgress, signal }));
  const downCode = printFleetReport(down, reportFormat(flags), io);
  if (down.interrupted) return downCode;
  // goose's redo applies again what it rolled back, and nothing newer that was pending. A target
  // that could not roll back is not migrated again (the report above says why); the ones that
  // did are, so a refusal on the master does not leave the tenants one version down.
  const undone = down.targets.filter((target) => target.applied.length > 0);
  if (undone.length === 0) return down.ok ? downCode : EXIT_FAILURE;
  const to = Math.max(...undone.flatMap((target) => target.applied.map((step) => step.version)));
  const only = down.ok ? {} : onlyThese(undone);
  const up = await run('redo: up', (onProgress, signal) => migrateFleet({ ...options, ...only, to, onProgress, signal }));
  const upCode = printFleetReport(up, reportFormat(flags), io);
  if (up.interrupted) return upCode;
  return upCode === EXIT_OK && downCode === EXIT_OK ? EXIT_OK : EXIT_FAILURE;
}

/** The fleet options that select just these targets (the master, tenants by name, or both). */
function onlyThese(targets: readonly FleetReport['targets'][number][]): { target: 'master' | 'tenants' | 'all'; tenants?: string[] } {
  const master = targets.some((target) => target.kind === 'master');
  const tenants = targets.filter((target) => target.kind === 'tenant').map((target) => target.name);
  if (tenants.length === 0) return { target: 'master' };
  return { target: master ? 'all' : 'tenants', tenants };
}

export const GOOSE_VERBS: CliCommand<never>[] = [
  upCommand,
  upToCommand,
  downCommand,
  downToCommand,
  redoCommand,
  versionCommand,
] as CliCommand<never>[];
