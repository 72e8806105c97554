/**
 * `command: lint` on a pull request: check's lint and reporting without verify (the same sticky
 * comment, lint part only, annotations, review suggestions and outputs), so it needs no database,
 * no Docker and no ephemeral input: fast, and fit for runners without PostgreSQL.
 */

import type { ActionInputs } from './inputs.js';
import type { ActionPort } from './port.js';
import { lintPullRequest, publishPullRequestReport } from './pull-request-steps.js';

export async function runLint(port: ActionPort, inputs: ActionInputs): Promise<void> {
  await publishPullRequestReport(port, inputs, 'lint', await lintPullRequest(port, inputs));
}
