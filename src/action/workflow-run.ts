/**
 * The run id a workflow run records under by default: its id and attempt, so the jobs of one
 * matrix share one run, and a re-run of the workflow is a run of its own.
 */
export function workflowRunId(env: NodeJS.ProcessEnv): string | undefined {
  return env.GITHUB_RUN_ID ? `gh-${env.GITHUB_RUN_ID}-${env.GITHUB_RUN_ATTEMPT ?? '1'}` : undefined;
}
