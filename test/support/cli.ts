import { recordingIo } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/main.js';

/** Runs the CLI in-process and returns its exit code and output. */
export async function cli(args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}) {
  const io = recordingIo({ ...process.env, ...options.env }, options.cwd);
  const code = await runCli(args, io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}
