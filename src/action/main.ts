/**
 * The Action's entry point (dist/index.js): reads the inputs and runs one command. Any error
 * fails the step with a message that holds no password.
 */
import * as core from '@actions/core';
import { isTenantMigrateError } from '../errors.js';
import { inActionTerms } from './action-terms.js';
import { readInputs } from './inputs.js';
import { runCheck } from './run-check.js';
import { runFleetCommand } from './run-fleet-command.js';

async function main(): Promise<void> {
  try {
    const inputs = readInputs((name) => core.getInput(name));
    if (inputs.command === 'check') await runCheck(inputs);
    else await runFleetCommand({ ...inputs, command: inputs.command });
  } catch (error) {
    core.setFailed(
      isTenantMigrateError(error) ? inActionTerms(error.format()) : `tenant-migrate failed: ${(error as Error)?.stack ?? String(error)}`,
    );
  }
}

await main();
