/**
 * The entry of lint's own bundle (dist/lint-<hash>.cjs, built by scripts/bundle.mjs): what
 * bin.ts runs for a plain `lint` command line, compiled once through V8's code cache
 * (code-cache.ts). The bundle has its own copy of the run cache's module, so bin.ts gives it
 * the build's identity that lint --cache keys its entries by.
 */
export { setCurrentBuild } from '../lint/cache/run-cache.js';
export { runLintWithoutYargs } from './lint-fast.js';
