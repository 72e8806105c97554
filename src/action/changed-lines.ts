/**
 * The lines a pull request added or changed, per file, from `git diff --unified=0 <base>`: a review
 * comment (and so a suggestion) may only sit on lines of the PR's diff, and a fix is only worth
 * offering where the author is writing now, not in the fleet's history.
 */
import { execFile } from 'node:child_process';
import { relative, resolve, sep } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Line numbers on the head side, by path relative to the working directory (as lint's findings name files). */
export type ChangedLines = Map<string, Set<number>>;

export interface PullRequestLines {
  changed: ChangedLines;
  /** A working-directory path as the repository names it (what GitHub's review comments take). */
  repositoryPath(file: string): string;
}

export async function changedLines(cwd: string, base: string, dir: string): Promise<PullRequestLines> {
  const options = { cwd, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' as const };
  const root = (await run('git', ['rev-parse', '--show-toplevel'], options)).stdout.trim();
  const slashes = (path: string) => (sep === '/' ? path : path.split(sep).join('/'));
  const diff = await run(
    'git',
    ['diff', '--unified=0', '--no-color', '--no-ext-diff', '--no-renames', base, '--', resolve(cwd, dir)],
    options,
  );
  const changed: ChangedLines = new Map();
  for (const [path, lines] of parseUnifiedDiff(diff.stdout)) {
    changed.set(slashes(relative(cwd, resolve(root, path))), lines);
  }
  return { changed, repositoryPath: (file) => slashes(relative(root, resolve(cwd, file))) };
}

/** The added lines of each file of a unified diff (`+++ b/path`, hunks `@@ -a,b +c,d @@`), by the path in the repository. */
export function parseUnifiedDiff(diff: string): ChangedLines {
  const changed: ChangedLines = new Map();
  let current: Set<number> | undefined;
  for (const line of diff.split('\n')) {
    if (line.startsWith('+++ ')) {
      const target = line.slice(4).replace(/^"(.*)"$/, '$1');
      current = target === '/dev/null' ? undefined : new Set();
      if (current) changed.set(target.replace(/^b\//, ''), current);
      continue;
    }
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (hunk && current) {
      const start = Number(hunk[1]);
      const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
      for (let number = start; number < start + count; number++) current.add(number);
    }
  }
  return changed;
}

/** A path as the repository names it (GitHub's API: `migrations/x.sql`) as lint names it: relative to `cwd`. */
export async function workingDirectoryPath(cwd: string): Promise<(repositoryPath: string) => string> {
  const root = (await run('git', ['rev-parse', '--show-toplevel'], { cwd, encoding: 'utf8' as const })).stdout.trim();
  return (path) => {
    const local = relative(cwd, resolve(root, path));
    return sep === '/' ? local : local.split(sep).join('/');
  };
}
