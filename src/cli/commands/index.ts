import type { CliCommand } from '../command.js';
import { createCommand } from './create.js';
import { demoCommand } from './demo.js';
import { devCommand } from './dev.js';
import { GOOSE_VERBS } from './goose-verbs.js';
import { lintCommand } from './lint.js';
import { migrateCommand } from './migrate.js';
import { rollbackCommand } from './rollback.js';
import { runsCommand } from './runs.js';
import { showCommand } from './show.js';
import { statusCommand } from './status.js';
import { tenantCommand } from './tenant.js';
import { verifyCommand } from './verify.js';

/** Every CLI command, in the order `--help` lists them; goose's verbs last. */
export const COMMANDS: CliCommand<never>[] = [
  createCommand,
  showCommand,
  lintCommand,
  verifyCommand,
  migrateCommand,
  rollbackCommand,
  statusCommand,
  tenantCommand,
  runsCommand,
  demoCommand,
  devCommand,
  ...GOOSE_VERBS,
] as CliCommand<never>[];
