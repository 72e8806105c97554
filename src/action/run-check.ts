/**
 * `command: check` on a pull request: lint (against the PR's base, so edits to applied
 * migrations are caught) and verify on throwaway databases, then one sticky comment, a job
 * summary, annotations on the file lines and the outputs. The lint and reporting steps are
 * command lint's too (pull-request-steps.ts); verify, between them, is check's own.
 */

import { isTenantMigrateError } from '../errors.js';
import { verifyReportInTerms } from '../report/in-terms.js';
import { describeVerifyEvent } from '../report/verify-progress.js';
import { verifyMigrations } from '../verify/verify-migrations.js';
import type { ActionInputs } from './inputs.js';
import type { ActionPort } from './port.js';
import { lintPullRequest, publishPullRequestReport, type VerifyOutcome } from './pull-request-steps.js';
import { registerConnectionSecrets } from './secrets.js';
import { ACTION_TERMS } from './terms.js';

export async function runCheck(port: ActionPort, inputs: ActionInputs): Promise<void> {
  registerConnectionSecrets(port, [inputs.ephemeralUrl]);
  const linted = await lintPullRequest(port, inputs);
  const verified = await port.group('verify on throwaway databases', () => verifyStep(port, inputs, linted.base));
  await publishPullRequestReport(port, inputs, 'check', linted, verified);
}

/** Verify on throwaway databases; never throws (verify that could not run comes back as `verifyError`). */
async function verifyStep(port: ActionPort, inputs: ActionInputs, base: string | undefined): Promise<VerifyOutcome> {
  try {
    const verified = await verifyMigrations({
      dir: inputs.dir,
      ephemeral: inputs.ephemeral,
      ephemeralUrl: inputs.ephemeralUrl,
      postgresImage: inputs.postgresImage,
      schemaFile: inputs.schemaFile,
      strict: inputs.strict,
      base,
      onProgress: (event) => {
        for (const line of describeVerifyEvent(event)) port.log(line);
      },
    });
    return { verify: verifyReportInTerms(verified, ACTION_TERMS) };
  } catch (error) {
    const verifyError = isTenantMigrateError(error) ? error.format(ACTION_TERMS) : String((error as Error)?.message ?? error);
    // The summary shows it in full and the step's failure names it: no annotation of its own.
    port.log(`verify did not run: ${verifyError}`);
    return { verifyError };
  }
}
