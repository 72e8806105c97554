import * as core from '@actions/core';
import { fitSummary } from './comment-size.js';

/**
 * Writes the job summary, cut to GitHub's 1 MiB with `pointer` saying where the rest is. A
 * runner without a summary file (a local run) loses the summary, not the step.
 */
export async function writeSummary(markdown: string, pointer: string): Promise<void> {
  try {
    await core.summary.addRaw(fitSummary(markdown, pointer)).write();
  } catch (error) {
    core.info(`No job summary written: ${String((error as Error)?.message ?? error)}`);
  }
}
