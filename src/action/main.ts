/**
 * The Action's run, over a port (port.ts): reads the inputs and runs one command. Any error fails
 * the step with a message that holds no password: a crash is a failed step, never a pass.
 * index.ts calls run() with the runner's port; tests call it with a recording one.
 */
import { isTenantMigrateError } from '../errors.js';
import { actionsPort } from './actions-port.js';
import { readInputs } from './inputs.js';
import type { ActionPort } from './port.js';
import { runCheck } from './run-check.js';
import { runFleetCommand } from './run-fleet-command.js';
import { runLint } from './run-lint.js';
import { runReportCommand } from './run-report-command.js';
import { ACTION_TERMS } from './terms.js';

export async function run(port: ActionPort = actionsPort()): Promise<void> {
  try {
    const inputs = readInputs((name) => port.input(name));
    if (inputs.command === 'check') await runCheck(port, inputs);
    else if (inputs.command === 'lint') await runLint(port, inputs);
    else if (inputs.command === 'report') await runReportCommand(port, inputs);
    else await runFleetCommand(port, { ...inputs, command: inputs.command });
  } catch (error) {
    port.fail(
      isTenantMigrateError(error) ? error.format(ACTION_TERMS) : `tenant-migrate failed: ${(error as Error)?.stack ?? String(error)}`,
    );
  }
}
