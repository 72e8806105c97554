/**
 * The CLI shows paths relative to its working directory, as compilers and linters do: the core
 * works with absolute paths (every command resolves what it is given against the same directory,
 * `io.cwd`), and the shell shortens each path under that directory on the way out, in every
 * message, report and JSON document a command writes. Paths outside it stay absolute.
 */
import { sep } from 'node:path';
import type { CliIo } from './io.js';

/** `text` with each path that starts with `cwd` written relative to it. */
export function relativeToCwd(text: string, cwd: string): string {
  const pattern = cwdPattern(cwd);
  return pattern ? text.replace(pattern, '') : text;
}

/** The same io, with paths under its working directory shortened in everything written to stdout and stderr. */
export function withRelativePaths(io: CliIo): CliIo {
  const pattern = cwdPattern(io.cwd);
  if (!pattern) return io;
  const shorten = (text: string) => text.replace(pattern, '');
  return { ...io, out: (text) => io.out(shorten(text)), err: (text) => io.err(shorten(text)) };
}

/**
 * `cwd` and a separator, where a path starts (not in the middle of a longer one: `/x/repo/` is
 * not shortened inside `/y/x/repo/`). None for the root, where every absolute path would match.
 */
function cwdPattern(cwd: string): RegExp | undefined {
  const trimmed = cwd.endsWith(sep) ? cwd.slice(0, -1) : cwd;
  if (trimmed === '' || /^[A-Za-z]:$/.test(trimmed)) return undefined;
  const escaped = `${trimmed}${sep}`.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\w.\\-/\\\\])${escaped}`, 'g');
}
