import { formatLint, LINT_FORMATS, type LintFormat, lintMigrations, parseRuleFlags, RULES } from '../../lint/index.js';
import { type CommonOptions, defineCommand } from '../command.js';
import { EXIT_FAILURE, EXIT_OK } from '../exit-codes.js';

interface LintCommandOptions extends CommonOptions {
  paths?: string[];
  format: LintFormat;
  base?: string;
  rule?: string[];
  linkBase?: string;
}

export const lintCommand = defineCommand<LintCommandOptions>({
  command: 'lint [paths..]',
  describe: 'Check migrations before they ship: DOWN sections, idempotent SQL, locks, syntax, headers, versions',
  builder: (yargs) =>
    yargs
      .positional('paths', {
        type: 'string',
        array: true,
        describe: 'files or folders to report on (default: every file under --dir)',
      })
      .option('format', {
        choices: LINT_FORMATS,
        default: 'text' as LintFormat,
        describe:
          'text: a code frame per finding; json: { findings, summary }; github: workflow annotations; sarif: SARIF 2.1.0 for code scanning; markdown: a PR comment',
      })
      .option('base', {
        type: 'string',
        describe: 'git ref of the target branch: report migrations that exist there and were changed or deleted (rule edited-applied)',
      })
      .option('rule', {
        type: 'string',
        array: true,
        // One value per --rule (repeat the flag): `--rule a=off path.sql` keeps path.sql a path.
        nargs: 1,
        describe: `set a rule's level, id=off|warning|error (repeatable; over tenant-migrate.config.json). Rules: ${RULES.map((rule) => rule.id).join(', ')}`,
      })
      .option('link-base', {
        type: 'string',
        describe: 'with --format markdown: URL prefix for file links, e.g. https://github.com/acme/app/blob/<sha>',
      })
      .example('$0 lint', 'lint every migration under ./migrations')
      .example('$0 lint migrations/tenant/004_add_tags.sql', 'report on one file (versions are still checked against the others)')
      .example('$0 lint --base origin/main --format github', 'in CI: annotate the PR, and flag edits to migrations already on main')
      .example('$0 lint --format sarif > lint.sarif', 'for GitHub code scanning (upload-sarif)')
      .example('$0 lint --rule rename=off --rule require-lock-timeout=error', 'change rule levels for this run')
      .epilogue(
        'Silence one statement with "-- tenant-migrate-ignore: <rule>[,<rule>] <reason>" on the line before it, or a whole file with ' +
          '"-- tenant-migrate-ignore-file: <rule> <reason>". Levels per rule in tenant-migrate.config.json: ' +
          '{ "lint": { "rules": { "rename": "off" } } }, or the "tenant-migrate" key of package.json.\n' +
          'Exit codes: 0 no error-level finding, 1 at least one, 2 wrong usage (unknown rule, missing path...). Rules: docs/rules.md',
      ),
  async run(options, io) {
    const result = await lintMigrations({
      dir: options.dir,
      paths: options.paths,
      base: options.base,
      rules: parseRuleFlags(options.rule ?? []),
      cwd: io.cwd,
      env: io.env,
    });
    io.out(formatLint(result, options.format, { color: io.isTTY && options.format === 'text', baseUrl: options.linkBase }));
    return result.summary.errors > 0 ? EXIT_FAILURE : EXIT_OK;
  },
});
