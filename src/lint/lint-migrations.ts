/**
 * `lintMigrations`: the shell around the pure engine. It reads the migrations directory (and any
 * files named outside it), the config file and, with `base`, the files on a git ref; then lints.
 */

import { readFile, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { TenantMigrateError } from '../errors.js';
import { text } from '../messages.js';
import { compareWithBase, parseBaseVersion, readBase, readBaseFiles } from '../migrations/git-base.js';
import { type ParsedMigration, parseMigration } from '../migrations/parse-migration.js';
import { findDuplicateVersions, type MigrationSet, parseFully, readMigrations, readOrProblem } from '../migrations/read-directory.js';
import { scopeFromName } from '../migrations/scope.js';
import { CONCURRENTLY_IN_TRANSACTION } from '../migrations/transaction-problems.js';
import type { Migration, MigrationProblem } from '../migrations/types.js';
import { shortRef } from '../short-sha.js';
import { loadParser } from '../sql/parser.js';
import { applySafeFixes } from './apply-fixes.js';
import type { FileResultCache } from './cache/file-results.js';
import { type LintConfig, loadLintConfig, rulesFromConfig } from './config.js';
import { type EditedFile, firstChangedStatement, splitEditedFindings } from './edited-statements.js';
import { type LintInput, lintMigrationSet } from './engine.js';
import { resolveLevels } from './registry.js';
import { byVersion, earlierLookup } from './timeline.js';
import type { BaseChanges, Finding, LintResult, LintSettings, RuleLevel } from './types.js';

export interface LintOptions {
  /** The migrations directory. */
  dir: string;
  /** Files or folders to report on (the whole directory is still read, for duplicate versions). */
  paths?: string[];
  /** A git ref: report migrations that exist there and were changed or deleted (`edited-applied`). */
  base?: string;
  /** Rule levels by id, over the config file's. */
  rules?: Record<string, RuleLevel>;
  /** Where relative paths and the config file are looked up; findings' paths are relative to it. */
  cwd?: string;
  /** Read tenant-migrate.config.json / package.json in `cwd` (default true). */
  config?: boolean;
  /** The oldest PostgreSQL major version the fleet runs, over the config's lint.postgresVersion. */
  pgVersion?: number;
  /**
   * With `base`: also count as errors and warnings the findings in files unchanged since it, and in
   * the statements an edited file kept as they were there (by default they are listed apart). Means nothing without `base`.
   */
  all?: boolean;
  /**
   * Apply the safe fixes, re-parse the files, and lint again; never to a file that may be applied:
   * one on `base`, or without `base` one committed at HEAD (with an uncommitted edit or not). Outside a git work tree
   * `fix` is refused (FIX_NEEDS_BASE) and `base` cannot be used: only `fixAll` fixes there.
   */
  fix?: boolean;
  /** Apply the safe fixes to every file, applied ones too (`fix` without its guards). */
  fixAll?: boolean;
  /** Environment for goose ENVSUB (default: process.env). */
  env?: NodeJS.ProcessEnv;
  /** `lint --cache`: findings of file rules from earlier runs, for the levels and settings this run resolves (never with `fix`). */
  fileResults?: (run: { levels: ReadonlyMap<string, RuleLevel>; settings: Partial<LintSettings> }) => FileResultCache;
}

/** `fix` or `fixAll`: the run writes files. */
export function fixes(options: Pick<LintOptions, 'fix' | 'fixAll'>): boolean {
  return Boolean(options.fix || options.fixAll);
}

export async function lintMigrations(options: LintOptions): Promise<LintResult> {
  if (!fixes(options)) {
    const { onBase: _, ...result } = await lintOnce(options);
    return result;
  }
  // As ESLint does: fix, lint the result again, and go on while fixes still apply (a few passes at most).
  const fixed = new Map<string, number>();
  const leftAlone = new Set<string>();
  const leftAloneEdited = new Set<string>();
  let result = await lintOnce(options);
  for (let pass = 0; pass < 5; pass++) {
    const applied = await applyFixes(result, options, leftAlone, leftAloneEdited);
    if (applied.length === 0) break;
    for (const { file, fixes } of applied) fixed.set(file, (fixed.get(file) ?? 0) + fixes);
    result = await lintOnce(options);
  }
  const { onBase: _, committed: __, edited: ___, ...final } = result;
  return {
    ...final,
    fixed: [...fixed].map(([file, fixes]) => ({ file, fixes })),
    ...(leftAlone.size > 0 ? { leftAlone: [...leftAlone] } : {}),
    ...(leftAloneEdited.size > 0 ? { leftAloneEdited: [...leftAloneEdited] } : {}),
  };
}

/** True when most of the text's lines end in CRLF. */
function usesCrlf(text: string): boolean {
  const crlf = text.match(/\r\n/g)?.length ?? 0;
  const all = text.match(/\n/g)?.length ?? 0;
  return crlf > 0 && crlf >= all - crlf;
}

/** The finding with its fix's new lines written as CRLF. */
function withCrlfEdits(finding: Finding): Finding {
  if (!finding.fix) return finding;
  const edits = finding.fix.edits.map((edit) => ({ ...edit, text: edit.text.replace(/\r?\n/g, '\r\n') }));
  return { ...finding, fix: { ...finding.fix, edits } };
}

/**
 * Writes the safe fixes of each file that cannot be applied yet (not on the base; without one, not
 * committed at HEAD), adding those it leaves alone to `leftAlone` (and to `leftAloneEdited` when
 * they have uncommitted edits); a file whose fixed text no longer parses is left as it was.
 */
async function applyFixes(
  result: LintPass,
  options: LintOptions,
  leftAlone: Set<string>,
  leftAloneEdited: Set<string>,
): Promise<Array<{ file: string; fixes: number }>> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const onBase = result.onBase ?? new Set<string>();
  const committed = result.committed ?? new Set<string>();
  const byFile = new Map<string, Finding[]>();
  for (const finding of result.findings) {
    if (finding.fix?.safe) byFile.set(finding.file, [...(byFile.get(finding.file) ?? []), finding]);
  }
  const written: Array<{ file: string; fixes: number }> = [];
  for (const [file, findings] of byFile) {
    const path = resolve(cwd, file);
    if (!options.fixAll && onBase.has(path)) continue;
    if (!options.fixAll && committed.has(path)) {
      leftAlone.add(file);
      if (result.edited?.has(path)) leftAloneEdited.add(file);
      continue;
    }
    const bytes = await readFile(path);
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    const before = result.sources?.[file] ?? bytes.toString('utf8').replace(/^\uFEFF/, '');
    // Lines a fix adds end as the file's lines do, and a BOM stays: the fix changes the SQL, not the file's conventions.
    const crlf = usesCrlf(before);
    const { text, applied } = applySafeFixes(before, crlf ? findings.map(withCrlfEdits) : findings);
    if (applied === 0 || text === before) continue;
    const parsedBefore = parseMigration(path, new TextEncoder().encode(before), { env: options.env });
    const parsedAfter = parseMigration(path, new TextEncoder().encode(text), { env: options.env });
    const syntax = (problems: readonly MigrationProblem[]) =>
      problems.filter((problem) => problem.code === 'SQL_SYNTAX' || problem.code === 'MISSING_SEMICOLON').length;
    if (syntax(parsedAfter.problems) > syntax(parsedBefore.problems)) continue;
    await writeFile(path, bom ? `\uFEFF${text}` : text);
    written.push({ file, fixes: applied });
  }
  return written;
}

/**
 * One lint of the files, with what --fix must not touch: `onBase`, the files on --base;
 * `committed`, without --base, the files committed at HEAD, and of them `edited`, those whose
 * statements changed since (an uncommitted edit).
 */
type LintPass = LintResult & { onBase?: ReadonlySet<string>; committed?: ReadonlySet<string>; edited?: ReadonlySet<string> };

/** What every migrations directory of one lint run is judged with. */
interface LintContext {
  options: LintOptions;
  cwd: string;
  levels: ReturnType<typeof resolveLevels>;
  settings: LintInput['settings'];
  fileResults?: FileResultCache;
}

interface NamedPath {
  path: string;
  directory: boolean;
}

async function lintOnce(options: LintOptions): Promise<LintPass> {
  // Compiling the parser's WASM takes a while: start it before the config and the files are read.
  const parserReady = loadParser();
  const cwd = resolve(options.cwd ?? process.cwd());
  const dir = resolve(cwd, options.dir);
  const config: LintConfig = options.config === false ? { rules: {}, settings: {} } : await loadLintConfig(cwd);
  const flags = options.rules ? rulesFromConfig({ lint: { rules: options.rules } }, 'rules option') : undefined;
  const levels = resolveLevels(config.rules, flags);
  const settings = { ...config.settings, ...(options.pgVersion ? { pgVersion: options.pgVersion } : {}) };
  // Awaited where SQL is parsed: readMigrations reads the files first, while the WASM compiles.
  parserReady.catch(() => {});

  const targets = await Promise.all((options.paths ?? []).map((path) => describePath(resolve(cwd, path), path)));
  // A folder named outside --dir (another service's migrations, a fixture) is a migrations
  // directory of its own: read with its own layout and versions, never merged into --dir's
  // timeline, where its files would all be reported as duplicate versions. A folder that holds
  // --dir (`lint .`) stays a filter over --dir.
  const ownDirectories = targets.filter((target) => target.directory && !within(target.path, dir) && !within(dir, target.path));
  const rest = targets.filter((target) => !ownDirectories.includes(target));
  const fileResults = options.fileResults && !fixes(options) ? options.fileResults({ levels, settings }) : undefined;
  const context: LintContext = { options, cwd, levels, settings, fileResults };
  const passes = await Promise.all([
    ...(rest.length > 0 || ownDirectories.length === 0 ? [lintDirectory(dir, rest, context)] : []),
    ...ownDirectories.map((own) => lintDirectory(own.path, [], context)),
  ]);
  const merged = mergePasses(passes);
  return config.note ? { ...merged, notes: [config.note, ...(merged.notes ?? [])] } : merged;
}

/**
 * The directory's migrations; with the cache, only the files whose stored findings cannot be
 * reused have their SQL parsed (the others' statements are parsed if another file's rule reads them).
 */
async function readWithCache(
  dir: string,
  env: NodeJS.ProcessEnv | undefined,
  fileResults: FileResultCache | undefined,
): Promise<MigrationSet> {
  // One file lint cannot read is a finding of that file: the others are still linted.
  if (!fileResults) return readMigrations(dir, { env, unreadable: 'problem' });
  const light = await readMigrations(dir, { env, lazyStatements: true, unreadable: 'problem' });
  const earlierOf = earlierLookup(byVersion(light.migrations));
  const stale = new Set(light.migrations.filter((migration) => !fileResults.reusable(migration, () => earlierOf(migration))));
  // Every file reusable: no rule runs, so no SQL is parsed and the WASM is not waited for.
  if (stale.size > 0) await loadParser();
  return parseFully(light, (migration) => stale.has(migration), { env });
}

/** `path` is `dir` or inside it. */
function within(path: string, dir: string): boolean {
  return path === dir || path.startsWith(dir + sep);
}

/** One result from the results of several migrations directories. */
function mergePasses(passes: LintPass[]): LintPass {
  if (passes.length === 1) return passes[0];
  const sum = (count: (pass: LintPass) => number | undefined) => passes.reduce((total, pass) => total + (count(pass) ?? 0), 0);
  const existing = passes.some((pass) => pass.existing) ? passes.flatMap((pass) => pass.existing ?? []) : undefined;
  const onBase = passes.some((pass) => pass.onBase) ? new Set(passes.flatMap((pass) => [...(pass.onBase ?? [])])) : undefined;
  const committed = passes.some((pass) => pass.committed) ? new Set(passes.flatMap((pass) => [...(pass.committed ?? [])])) : undefined;
  const edited = passes.some((pass) => pass.edited) ? new Set(passes.flatMap((pass) => [...(pass.edited ?? [])])) : undefined;
  const notes = [...new Set(passes.flatMap((pass) => pass.notes ?? []))];
  const existingStatements = sum((pass) => pass.existingStatements);
  return {
    findings: passes.flatMap((pass) => pass.findings),
    summary: {
      files: sum((pass) => pass.summary.files),
      errors: sum((pass) => pass.summary.errors),
      warnings: sum((pass) => pass.summary.warnings),
      ...(existing ? { existing: sum((pass) => pass.summary.existing) } : {}),
    },
    sources: Object.assign({}, ...passes.map((pass) => pass.sources ?? {})),
    ...(existing ? { existing } : {}),
    ...(existingStatements > 0 ? { existingStatements } : {}),
    ...(onBase ? { onBase } : {}),
    ...(committed ? { committed } : {}),
    ...(edited ? { edited } : {}),
    ...(notes.length > 0 ? { notes } : {}),
  };
}

/** Lints one migrations directory, reporting on `targets` (files or folders) when any are named, else on all of it. */
async function lintDirectory(dir: string, targets: NamedPath[], context: LintContext): Promise<LintPass> {
  const { options, cwd, levels, settings, fileResults } = context;
  const inside = (path: string) => within(path, dir);
  const set: MigrationSet =
    targets.length > 0 && !(await isDirectory(dir))
      ? { dir, layout: 'empty', migrations: [], problems: [] }
      : await readWithCache(dir, options.env, fileResults);
  const migrations: Migration[] = [...set.migrations];
  const problems: MigrationProblem[] = withoutRuleOwned(set.problems);

  // Files and folders named outside the migrations directory are read on their own.
  if (targets.some((target) => !inside(target.path))) await loadParser();
  for (const target of targets.filter((target) => !inside(target.path))) {
    if (target.directory) {
      const other = await readMigrations(target.path, { env: options.env, unreadable: 'problem' });
      migrations.push(...other.migrations);
      problems.push(...withoutRuleOwned(other.problems));
    } else {
      const folderScope = scopeFromName(basename(dirname(target.path)));
      const bytes = readOrProblem(target.path);
      if (!Buffer.isBuffer(bytes)) {
        problems.push(bytes);
        continue;
      }
      const parsed = parseMigration(target.path, bytes, { folderScope, env: options.env });
      if (parsed.migration) migrations.push(parsed.migration);
      problems.push(...withoutRuleOwned(parsed.problems));
    }
  }
  if (migrations.length > set.migrations.length) {
    // Re-check versions across everything now read, without reporting a pair twice.
    const known = new Set(problems.filter((problem) => problem.code === 'DUPLICATE_VERSION').map((problem) => problem.message));
    problems.push(...findDuplicateVersions(migrations).filter((problem) => !known.has(problem.message)));
  }

  const base = options.base
    ? await baseChanges(dir, options.base, set.migrations, false, (path) => displayPath(cwd, path), options.env)
    : undefined;
  const atHead = options.fix && !options.fixAll && !options.base ? await committedAtHead(dir, set.migrations) : undefined;
  const include =
    targets.length === 0
      ? undefined
      : (path: string) => targets.some((target) => path === target.path || (target.directory && path.startsWith(target.path + sep)));
  const output = lintMigrationSet({
    migrations,
    problems,
    levels,
    base,
    include,
    displayPath: (path) => displayPath(cwd, path),
    settings,
    fileResults,
  });
  // With a base, CI judges what the pull request changes: findings in files it did not touch are
  // the fleet's history (applied, and not to be edited), counted and listed apart unless --all;
  // so are those of the statements an edited file kept as they were (edited-statements.ts).
  const unchanged = base && !options.all ? new Set([...base.unchanged].map((path) => displayPath(cwd, path))) : undefined;
  const edited = unchanged && base ? await editedFiles(base, migrations, output.findings, context) : undefined;
  const inEdited = edited ? new Set(splitEditedFindings(output.findings, edited).existing) : undefined;
  const isExisting = (finding: Finding) => Boolean(unchanged?.has(finding.file) || inEdited?.has(finding));
  const judged = unchanged ? output.findings.filter((finding) => !isExisting(finding)) : output.findings;
  const existing = unchanged ? output.findings.filter(isExisting) : undefined;
  const errors = judged.filter((finding) => finding.severity === 'error').length;
  const reported = (path: string) => !include || include(path);
  const notes = [
    ...(base?.note ? [base.note] : []),
    ...(base
      ? (base.renamed ?? []).filter((file) => reported(file.path)).map((file) => renameNote(base.ref, file, displayPath(cwd, file.path)))
      : []),
  ];
  return {
    findings: judged,
    summary: { files: output.files, errors, warnings: judged.length - errors, ...(existing ? { existing: existing.length } : {}) },
    sources: Object.fromEntries(output.sources),
    ...(existing ? { existing } : {}),
    ...(inEdited && inEdited.size > 0 ? { existingStatements: inEdited.size } : {}),
    ...(base ? { onBase: base.onBase } : {}),
    ...(atHead ? { committed: atHead.committed, edited: atHead.edited } : {}),
    ...(notes.length > 0 ? { notes } : {}),
  };
}

/**
 * What lint says of a file renamed since the base with the same SQL, as status words it
 * ("renamed (now <file>)"): nothing for the databases to do, and not judged as deleted or new.
 */
function renameNote(ref: string, file: { from: string; fromFile: string }, now: string): string {
  return `${file.fromFile} on ${shortRef(ref)} is renamed (now ${now}), with the same version and SQL: nothing to do for the databases that applied it (the ledger keeps the name it was applied under; status shows it as renamed), so it is neither deleted nor new here`;
}

/**
 * The reader's CONCURRENTLY-in-a-transaction problems are what the concurrently-in-transaction rule
 * finds too, with the clause's full range and the rule's level: lint reports them once, as the rule.
 */
function withoutRuleOwned(problems: readonly MigrationProblem[]): MigrationProblem[] {
  return problems.filter((problem) => problem.code !== CONCURRENTLY_IN_TRANSACTION);
}

/**
 * The branch's changes against `ref`: compared with the merge base of HEAD and the ref (what the
 * branch changed since it forked, as `git diff REF...HEAD`), or with the ref's tip when they have
 * none (then `note` says so). Every file on either is left alone by --fix: both may be applied.
 */
async function baseChanges(
  dir: string,
  ref: string,
  migrations: readonly Migration[],
  exact = false,
  display: (path: string) => string = (path) => path,
  env?: NodeJS.ProcessEnv,
): Promise<BaseRead> {
  const tree = exact ? undefined : await readBase(dir, ref);
  const files = tree ? tree.files : await readBaseFiles(dir, ref);
  const comparison = compareWithBase(files, migrations);
  const { renames, deleted } = comparison;
  const modified: Array<BaseChanges['modified'][number]> = comparison.modified.map(({ migration, before, renamedFrom }) => ({
    path: migration.path,
    baseChecksum: before.checksum,
    checksum: migration.checksum,
    ...(renamedFrom ? { renamedFrom: display(renamedFrom.path) } : {}),
  }));
  const unchanged = new Set(comparison.unchanged.map((migration) => migration.path));
  const renamed = comparison.renamed.map(({ migration, from }) => ({
    path: migration.path,
    from: from.path,
    fromFile: display(from.path),
  }));
  // Parsed once, when first asked for: edited-applied's place and the edited files' findings both read it.
  const parsedBase = new Map<string, ParsedMigration | undefined>();
  const parsedBaseOf = (path: string) => {
    if (!parsedBase.has(path)) {
      const before = files.get(path) ?? renames.get(path);
      parsedBase.set(path, before ? parseBaseVersion(dir, before, env) : undefined);
    }
    return parsedBase.get(path);
  };
  if (!exact && modified.length > 0) await locateFirstChanges(modified, migrations, parsedBaseOf);
  // A renamed file is applied under its new name as under its old one: --fix leaves it alone, out-of-order skips it.
  const onBase = new Set([...files.keys(), ...(tree?.tipFiles.keys() ?? []), ...renames.keys()]);
  const tip = tree
    ? [...tree.tipFiles.values()].flatMap((file) => (file.version ? [{ path: file.path, file: display(file.path), ...file.version }] : []))
    : undefined;
  return {
    ref,
    modified,
    deleted,
    unchanged,
    onBase,
    ...(renamed.length > 0 ? { renamed } : {}),
    ...(tree?.note ? { note: tree.note } : {}),
    ...(tip ? { tip } : {}),
    parsedBaseOf,
  };
}

/**
 * For each modified file, the first statement that differs from its version on the base: where
 * edited-applied points (a file unreadable there, or changed only in its header, keeps line 1).
 */
async function locateFirstChanges(
  modified: Array<BaseChanges['modified'][number]>,
  migrations: readonly Migration[],
  parsedBaseOf: BaseRead['parsedBaseOf'],
): Promise<void> {
  // Today's statements may be lazy (--cache), and the base's are parsed here.
  await loadParser();
  const byPath = new Map(migrations.map((migration) => [migration.path, migration]));
  for (const file of modified) {
    const head = byPath.get(file.path);
    const then = parsedBaseOf(file.path)?.migration;
    if (!head || !then) continue;
    const span = firstChangedStatement(head, then);
    if (span) file.firstChange = span;
  }
}

/**
 * The changes against a base, and `parsedBaseOf`: a file's version there, by today's path (a
 * renamed file's under its old name), parsed as the directory's reader parses it (once per file).
 */
type BaseRead = BaseChanges & { parsedBaseOf: (path: string) => ParsedMigration | undefined };

/**
 * The files the branch edited that have findings, each with its version on the base and the
 * findings lint gives that version (read with today's other files: what came before it is the
 * same), so `splitEditedFindings` can tell the findings the edit left as they were.
 */
async function editedFiles(
  base: BaseRead,
  migrations: readonly Migration[],
  findings: readonly Finding[],
  context: LintContext,
): Promise<Map<string, EditedFile>> {
  const { cwd, levels, settings } = context;
  const display = (path: string) => displayPath(cwd, path);
  const withFindings = new Set(findings.map((finding) => finding.file));
  // A renamed file, changed or not, is judged as an edited one: by statement, against its version under the old name.
  const candidates = [...base.modified, ...(base.renamed ?? [])].filter((file) => withFindings.has(display(file.path)));
  if (candidates.length === 0) return new Map();
  // Both versions' statements are parsed here (today's may be lazy under --cache).
  await loadParser();
  const byPath = new Map(migrations.map((migration) => [migration.path, migration]));
  const versions = new Map<string, { head: Migration; base: Migration }>();
  const problems: MigrationProblem[] = [];
  for (const { path } of candidates) {
    const head = byPath.get(path);
    const parsed = base.parsedBaseOf(path);
    // Not readable there as a migration: nothing to compare with, so all its findings are judged.
    if (!head || !parsed?.migration) continue;
    versions.set(path, { head, base: parsed.migration });
    problems.push(...withoutRuleOwned(parsed.problems));
  }
  if (versions.size === 0) return new Map();
  // The base versions by their path there (a renamed file's old one), linted in today's places.
  const basePaths = new Set([...versions.values()].map(({ base: before }) => before.path));
  const then = lintMigrationSet({
    migrations: migrations.map((migration) => versions.get(migration.path)?.base ?? migration),
    problems,
    levels,
    include: (path) => basePaths.has(path),
    displayPath: display,
    settings,
  });
  const edited = new Map<string, EditedFile>();
  for (const [path, { head, base: before }] of versions) {
    const file = display(before.path);
    edited.set(display(path), { head, base: before, baseFindings: then.findings.filter((finding) => finding.file === file) });
  }
  return edited;
}

/**
 * What --fix without --base leaves alone: the files committed at HEAD, and of them those with an
 * uncommitted edit of their statements (compared as edited-applied compares them, not by bytes).
 * A committed migration may be in the fleet's ledger, and a fix to it is drift on every tenant; an
 * uncommitted edit does not make it any less applied (it is the drift to stop, not a licence for
 * more). Only an untracked file is surely new. Outside a git work tree nothing tells applied from
 * new, so --fix is refused (and --base, a git ref, cannot be used there either): only --fix-all fixes.
 */
async function committedAtHead(
  dir: string,
  migrations: readonly Migration[],
): Promise<{ committed: ReadonlySet<string>; edited: ReadonlySet<string> }> {
  if (migrations.length === 0) return { committed: new Set(), edited: new Set() };
  try {
    const head = await baseChanges(dir, 'HEAD', migrations, true);
    const edited = new Set(head.modified.map((file) => file.path));
    const renamed = (head.renamed ?? []).map((file) => file.path);
    return { committed: new Set([...head.unchanged, ...renamed, ...edited]), edited };
  } catch (error) {
    const code = error instanceof TenantMigrateError ? error.code : (error as NodeJS.ErrnoException).code;
    // A repository without a first commit: nothing is committed, so nothing is applied from it.
    if (code === 'BASE_REF_NOT_FOUND') return { committed: new Set(), edited: new Set() };
    // Not a git work tree, or no git at all.
    if (code === 'NOT_A_GIT_REPOSITORY' || code === 'ENOENT') {
      throw new TenantMigrateError(
        'FIX_NEEDS_BASE',
        text(
          'fix.needs-base',
          '{dir} is not inside a git work tree, so {option} cannot tell the migrations already applied from new ones, and a fix to an applied one fails the next deploy with drift on every tenant',
          { option: 'fix', values: { dir } },
        ),
        {
          // --base is a git ref, so it cannot help here: the way out is a git checkout, or --fix-all.
          hint: text(
            'fix.outside-git',
            'run it in a git checkout of these migrations (there {option} leaves committed files alone, and with {option:base} those on the ref the fleet is deployed from), or pass {option:fixAll} to fix every file here, applied ones too: only for files no database has run yet',
            { option: 'fix' },
          ),
        },
      );
    }
    throw error;
  }
}

async function describePath(path: string, asGiven: string): Promise<NamedPath> {
  try {
    return { path, directory: (await stat(path)).isDirectory() };
  } catch {
    throw new TenantMigrateError('PATH_NOT_FOUND', `no such file or directory: ${asGiven}`, {
      hint: 'name migration files or folders that exist (paths are relative to the current directory)',
    });
  }
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/** Relative to the working directory with forward slashes: what CI annotations and SARIF expect. */
function displayPath(cwd: string, path: string): string {
  const shown = path.startsWith(cwd + sep) ? path.slice(cwd.length + 1) : isAbsolute(path) ? relative(cwd, path) : path;
  return sep === '/' ? shown : shown.split(sep).join('/');
}
