/**
 * What a command may touch of the outside world. Tests run the CLI in-process with a recording
 * `CliIo`; the binary uses the process's streams.
 */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** True when stdout is a terminal: live progress lines instead of one log line per event. */
  isTTY: boolean;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** The arguments as typed (runCli sets them): what `lint --cache` keys its entries by. */
  argv?: readonly string[];
  /** Asks the person at the terminal and returns the line typed; absent when stdin is not a terminal (nobody to ask). */
  ask?: (question: string) => Promise<string>;
}

export function processIo(): CliIo {
  return {
    out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
    isTTY: Boolean(process.stdout.isTTY),
    env: process.env,
    cwd: process.cwd(),
    ...(process.stdin.isTTY ? { ask: askAtTerminal } : {}),
  };
}

async function askAtTerminal(question: string): Promise<string> {
  const { createInterface } = await import('node:readline/promises');
  const terminal = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return await terminal.question(question);
  } finally {
    terminal.close();
  }
}

/** A CliIo that keeps what was written, for tests and for callers that want the text. */
export function recordingIo(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): CliIo & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    out(text: string) {
      io.stdout += text.endsWith('\n') ? text : `${text}\n`;
    },
    err(text: string) {
      io.stderr += text.endsWith('\n') ? text : `${text}\n`;
    },
    isTTY: false,
    env,
    cwd,
  };
  return io;
}
