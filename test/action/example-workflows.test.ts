/**
 * The example workflows the README points users at drift as inputs and commands change: every
 * step that uses this Action must name a command it has and only inputs action.yml declares for
 * that command, and every job it `needs` must exist.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { actionInputs, appliesTo } from '../../src/options/catalogue.js';
import { ACTION_COMMANDS, type ActionCommandName } from '../../src/options/option-spec.js';

const ROOT = join(import.meta.dirname, '..', '..');
const EXAMPLES = join(ROOT, 'examples', 'workflows');

interface Step {
  uses?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  jobs: Record<string, { needs?: string | string[]; steps: Step[] }>;
}

async function workflows(): Promise<Array<[string, Workflow]>> {
  const { parse } = await import('yaml');
  return readdirSync(EXAMPLES)
    .filter((name) => name.endsWith('.yml'))
    .map((name) => [name, parse(readFileSync(join(EXAMPLES, name), 'utf8')) as Workflow]);
}

/** "input-name" → the Action commands it applies to, from the catalogue. */
const INPUT_COMMANDS = new Map(
  actionInputs().map(([, spec]) => [spec.input as string, ACTION_COMMANDS.filter((command) => appliesTo(spec, command))]),
);

describe('examples/workflows', () => {
  it('use only commands and inputs the Action has, each for a command it applies to', async () => {
    const problems: string[] = [];
    let steps = 0;
    for (const [file, workflow] of await workflows()) {
      for (const [jobName, job] of Object.entries(workflow.jobs)) {
        for (const step of job.steps.filter((candidate) => candidate.uses?.includes('tenant-migrate@'))) {
          steps += 1;
          const inputs = step.with ?? {};
          const command = String(inputs.command ?? 'check') as ActionCommandName;
          if (!ACTION_COMMANDS.includes(command)) problems.push(`${file} ${jobName}: unknown command ${command}`);
          for (const name of Object.keys(inputs)) {
            const commands = INPUT_COMMANDS.get(name);
            if (!commands) problems.push(`${file} ${jobName}: unknown input ${name}`);
            else if (!commands.includes(command)) problems.push(`${file} ${jobName}: input ${name} does nothing for command ${command}`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
    expect(steps).toBeGreaterThanOrEqual(6);
  });

  it('need only jobs that exist; each deploy matrix ends with a report job', async () => {
    for (const [file, workflow] of await workflows()) {
      for (const [jobName, job] of Object.entries(workflow.jobs)) {
        for (const needed of [job.needs ?? []].flat()) expect(Object.keys(workflow.jobs), `${file} ${jobName}`).toContain(needed);
      }
      if (!file.startsWith('deploy')) continue;
      const commands = Object.values(workflow.jobs).flatMap((job) => job.steps.map((step) => step.with?.command));
      expect(commands, file).toContain('report');
    }
  });
});
