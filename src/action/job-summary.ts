import { fitSummary } from './comment-size.js';
import type { ActionPort } from './port.js';

/**
 * Writes the job summary, cut to GitHub's 1 MiB with `pointer` saying where the rest is. A
 * runner without a summary file (a local run) loses the summary, not the step.
 */
export async function writeSummary(port: ActionPort, markdown: string, pointer: string): Promise<void> {
  try {
    await port.summary(fitSummary(markdown, pointer));
  } catch (error) {
    port.log(`No job summary written: ${String((error as Error)?.message ?? error)}`);
  }
}
