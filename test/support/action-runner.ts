/**
 * Runs the bundled Action (`node dist/index.js`) the way the GitHub runner does: inputs as
 * INPUT_* variables, the event payload in a file, and files for the step summary and outputs.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { inject } from 'vitest';

/** The folder test/setup/bundle.ts built for this run: action.yml and dist/, fresh from the source. */
export function bundledActionDir(): string {
  return inject('actionDir');
}

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  summary: string;
  outputs: Record<string, string>;
}

export interface ActionRunOptions {
  /** Folder holding action.yml and dist/ (default: this run's fresh bundle). */
  actionDir?: string;
  /** The checked-out repository (the runner's GITHUB_WORKSPACE and working directory). */
  workspace: string;
  inputs: Record<string, string>;
  eventName: 'pull_request' | 'push';
  /** The payload file, placeholders already filled. */
  eventPath: string;
  sha: string;
  apiUrl: string;
  /** More environment variables for the Action's process (DOCKER_HOST, say). */
  env?: Record<string, string>;
  /** Runs while the Action does (e.g. sends it a signal once it reached some point). */
  during?: (child: ChildProcess) => Promise<void>;
}

export async function runAction(options: ActionRunOptions): Promise<ActionRun> {
  const files = mkdtempSync(join(tmpdir(), 'tm-runner-'));
  const summaryPath = join(files, 'summary.md');
  const outputPath = join(files, 'output.txt');
  writeFileSync(summaryPath, '');
  writeFileSync(outputPath, '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: options.eventPath,
    GITHUB_REPOSITORY: 'acme/fleet-app',
    GITHUB_REPOSITORY_OWNER: 'acme',
    GITHUB_SHA: options.sha,
    GITHUB_REF: options.eventName === 'push' ? 'refs/heads/main' : 'refs/pull/42/merge',
    GITHUB_RUN_ID: '9000000001',
    GITHUB_RUN_NUMBER: '7',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: options.apiUrl,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_OUTPUT: outputPath,
    RUNNER_TEMP: files,
    ...options.env,
  };
  for (const [name, value] of Object.entries(options.inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;

  const child = spawn(process.execPath, [join(options.actionDir ?? bundledActionDir(), 'dist', 'index.js')], {
    cwd: options.workspace,
    env,
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const closed = new Promise<number>((resolve) => child.on('close', (exit) => resolve(exit ?? 1)));
  await options.during?.(child);
  const code = await closed;
  return { code, stdout, stderr, summary: readFileSync(summaryPath, 'utf8'), outputs: parseOutputs(readFileSync(outputPath, 'utf8')) };
}

/** GITHUB_OUTPUT holds `name<<DELIMITER\nvalue\nDELIMITER` blocks. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const pattern = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const match of text.matchAll(pattern)) outputs[match[1]] = match[3];
  return outputs;
}

/** A git repository with a base commit and a head commit on top of it, as actions/checkout leaves it. */
export function makeWorkspace(base: Record<string, string>, head: Record<string, string | null>) {
  const dir = mkdtempSync(join(tmpdir(), 'tm-workspace-'));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim();
  const write = (files: Record<string, string | null>) => {
    for (const [path, text] of Object.entries(files)) {
      if (text === null) {
        git('rm', '-q', path);
        continue;
      }
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    git('add', '-A');
  };
  git('init', '-q', '-b', 'main');
  git('config', 'user.name', 'Jane Dev');
  git('config', 'user.email', 'jane@acme.example');
  write(base);
  git('commit', '-qm', 'base', '--allow-empty');
  const baseSha = git('rev-parse', 'HEAD');
  write(head);
  git('commit', '-qm', 'head', '--allow-empty');
  const headSha = git('rev-parse', 'HEAD');
  return { dir, baseSha, headSha };
}

/** Writes an event payload fixture with its placeholder SHAs filled in. */
export function eventFile(fixture: string, shas: { baseSha: string; headSha: string }): string {
  const text = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'events', fixture), 'utf8')
    .replaceAll('__BASE_SHA__', shas.baseSha)
    .replaceAll('__HEAD_SHA__', shas.headSha);
  const path = join(mkdtempSync(join(tmpdir(), 'tm-event-')), 'event.json');
  writeFileSync(path, text);
  return path;
}
