import { fixes, formatLint, type LintFormat, lintMigrations, parsePgVersion, parseRuleFlags } from '../../lint/index.js';
import { usageOf } from '../../options/catalogue.js';
import { catalogueFlags, cataloguePositionals } from '../catalogue-flags.js';
import { type CommonOptions, defineCommand } from '../command.js';
import { EXIT_FAILURE, EXIT_OK } from '../exit-codes.js';
import { startLintRunCache } from '../lint-run-cache.js';

interface LintCommandOptions extends CommonOptions {
  paths?: string[];
  format: LintFormat;
  json: boolean;
  base?: string;
  rule?: string[];
  linkBase?: string;
  pgVersion?: number;
  fix?: boolean;
  fixAll?: boolean;
  all?: boolean;
  cache?: boolean;
  cacheLocation?: string;
}

/** What `lint --cache --fix` says: the fixes change the files, so there is nothing to replay or keep. */
export const CACHE_IGNORED_WITH_FIX =
  'note: --cache is ignored with --fix (the fixes rewrite files, so nothing is replayed or stored); run lint --cache again after fixing';

/**
 * What `lint --all` without --base says: --all counts the findings --base lists apart as existing,
 * and without a base there are none, so the flag changes nothing (said, so nobody takes a run
 * without --base for one that judged against the base branch).
 */
export const ALL_IGNORED_WITHOUT_BASE =
  'note: --all is ignored without --base (it counts the findings in files unchanged since the base, which only --base lists apart); every finding counts already';

/**
 * What `lint --link-base` says when the report is not markdown: only the markdown report has
 * file links to prefix, so the flag changes nothing (said, so nobody waits for links in text or JSON).
 */
export const LINK_BASE_IGNORED_WITHOUT_MARKDOWN =
  'note: --link-base is ignored without --format markdown (it prefixes the file links of the markdown report, which the other formats do not have)';

/** What `lint --fix` without --base says of the committed files it did not fix (`edited`: those with an uncommitted edit). */
export function leftAloneNote(files: number, edited: readonly string[] = []): string {
  const them = files === 1 ? '1 file with fixes was' : `${files} files with fixes were`;
  const changed =
    edited.length === 0
      ? ''
      : `; ${edited.length === 1 ? 'this one has' : 'these have'} uncommitted edits, which an applied migration must not get either: ${edited.join(', ')}`;
  return (
    `note: ${them} left as they are: committed at HEAD, so possibly applied already (a fix would be drift)${changed}; ` +
    'with --base REF, --fix fixes the files added since REF; --fix-all fixes every file'
  );
}

export const lintCommand = defineCommand<LintCommandOptions>({
  command: usageOf('lint'),
  describe: 'Check migrations before they ship: DOWN sections, idempotent SQL, locks, syntax, headers, versions',
  builder: (yargs) =>
    cataloguePositionals(catalogueFlags(yargs, 'lint'), 'lint')
      .example('$0 lint', 'lint every migration under ./migrations')
      .example('$0 lint migrations/tenant/004_add_tags.sql', 'report on one file (versions are still checked against the others)')
      .example(
        '$0 lint --base origin/main --format github',
        'in CI: annotate the PR, and flag edits to migrations already on main (compared with the merge base)',
      )
      .example('$0 lint --format sarif > lint.sarif', 'for GitHub code scanning (upload-sarif)')
      .example('$0 lint --rule rename=off --rule require-lock-timeout=error', 'change rule levels for this run')
      .example(
        '$0 lint --fix',
        'apply the safe fixes (IF [NOT] EXISTS, SET lock_timeout...) to the files not committed yet (with --base: not on it)',
      )
      .example('$0 lint --base origin/main --all', 'judge every file, also those the branch did not change')
      .example('$0 lint --pg-version 13', 'judge for a fleet that still runs PostgreSQL 13 (no DETACH CONCURRENTLY)')
      .example('$0 lint --cache', "a second run over unchanged files replays the first one's output without parsing anything")
      .epilogue(
        'Silence one statement with "-- tenant-migrate-ignore: <rule>[,<rule>] <reason>" on the line before it, or a whole file with ' +
          '"-- tenant-migrate-ignore-file: <rule> <reason>". Levels per rule in tenant-migrate.config.json: ' +
          '{ "lint": { "rules": { "rename": "off" } } }, or the "tenant-migrate" key of package.json.\n' +
          'Exit codes: 0 no error-level finding, 1 at least one, 2 wrong usage (unknown rule, missing path...). Rules: docs/rules.md',
      ),
  async run(options, io) {
    // --fix writes files: its runs are never replayed, nor stored. Said on stderr, so a
    // `--cache --fix` in a script does not pass for a cached run, and stdout stays the report.
    const fixing = fixes(options);
    if (options.cache && fixing) io.err(CACHE_IGNORED_WITH_FIX);
    // Part of what a cached run replays, as the run's own notes are.
    const format = options.json ? 'json' : options.format;
    const usageNotes = [
      ...(options.all && !options.base ? [ALL_IGNORED_WITHOUT_BASE] : []),
      ...(options.linkBase !== undefined && format !== 'markdown' ? [LINK_BASE_IGNORED_WITHOUT_MARKDOWN] : []),
    ];
    for (const note of usageNotes) io.err(note);
    const cache = options.cache && !fixing ? startLintRunCache(options, io) : undefined;
    const result = await lintMigrations({
      dir: options.dir,
      paths: options.paths,
      base: options.base,
      rules: parseRuleFlags(options.rule ?? []),
      fix: options.fix,
      fixAll: options.fixAll,
      all: options.all,
      pgVersion: options.pgVersion === undefined ? undefined : parsePgVersion(options.pgVersion, '--pg-version'),
      cwd: io.cwd,
      env: io.env,
      ...(cache ? { fileResults: cache.fileResults } : {}),
    });
    for (const { file, fixes } of result.fixed ?? []) io.err(`fixed ${file}: ${fixes} fix${fixes === 1 ? '' : 'es'} applied`);
    if (result.leftAlone) io.err(leftAloneNote(result.leftAlone.length, result.leftAloneEdited));
    const notes = (result.notes ?? []).map((note) => `note: ${note}`);
    for (const note of notes) io.err(note);
    const report = formatLint(result, format, { color: io.isTTY && format === 'text', baseUrl: options.linkBase });
    const stdout = report.endsWith('\n') ? report : `${report}\n`;
    io.out(stdout);
    const exitCode = result.summary.errors > 0 ? EXIT_FAILURE : EXIT_OK;
    cache?.store({ stdout, stderr: [...usageNotes, ...notes].map((note) => `${note}\n`).join(''), exitCode });
    return exitCode;
  },
});
