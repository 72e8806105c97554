/**
 * The fast path of `lint --cache`: before yargs, the rules or the parser load, look up the run
 * by its command line and replay its output when nothing it read has changed (run-cache.ts).
 * Only `--cache-location` is read from the arguments here; everything else is part of the key,
 * so an argument this reading gets wrong can only cause a miss, and the full run decides.
 */
import { type CachedRun, cacheLocation, currentBuild, replayableRun } from '../lint/cache/run-cache.js';

export function replayCachedLint(argv: readonly string[], cwd: string, env: NodeJS.ProcessEnv, isTTY: boolean): CachedRun | undefined {
  if (argv[0] !== 'lint' || !argv.some((arg) => arg === '--cache' || arg === '--cache=true')) return undefined;
  try {
    return replayableRun(cacheLocation(givenLocation(argv), cwd), { build: currentBuild(), cwd, argv, isTTY }, env);
  } catch {
    return undefined;
  }
}

function givenLocation(argv: readonly string[]): string | undefined {
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index];
    if (arg.startsWith('--cache-location=')) return arg.slice('--cache-location='.length);
    if (arg === '--cache-location') return argv[index + 1];
  }
  return undefined;
}
