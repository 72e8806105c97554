import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TenantMigrateError } from '../errors.js';
import { text } from '../messages.js';
import type { OptionKey } from '../options/catalogue.js';

/**
 * Connection strings are secrets: whatever prints one (a report, an error, a progress line)
 * prints `maskUrl(url)`, which keeps host, port, user and database and replaces the password.
 *
 * Masking works on the text, not on a parse: a password with an unencoded `@`, `#`, `/` or `?`
 * (`postgresql://deploy:p@ss#w/rd99@host/db`) fools a URL parser into taking part of it for the
 * host or a fragment. Everything between `://` and the last `@` is the user information, and all
 * of it after the user's name is hidden; when even the user's name is in doubt, all of it is.
 */
export function maskUrl(url: string): string {
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*:\/\/)/.exec(url);
  if (!scheme) {
    // Not a URL (a key=value DSN, say): hide anything that looks like a password.
    return url.replace(/(password\s*=\s*)('[^']*'|\S+)/gi, '$1***').replace(/(\/\/[^:/@\s]*:)\S*@/, '$1***@');
  }
  const rest = url.slice(scheme[1].length);
  const at = rest.lastIndexOf('@');
  const userinfo = at === -1 ? '' : rest.slice(0, at);
  const afterUser = at === -1 ? rest : rest.slice(at + 1);
  return `${scheme[1]}${maskUserinfo(userinfo, at !== -1)}${maskQuerySecrets(afterUser)}`;
}

function maskUserinfo(userinfo: string, present: boolean): string {
  if (!present) return '';
  const colon = userinfo.indexOf(':');
  const user = colon === -1 ? userinfo : userinfo.slice(0, colon);
  // A user name with characters a URL's user cannot hold unencoded is not trusted to be one.
  if (/[@/?#\s]/.test(user)) return '***@';
  return colon === -1 ? `${user}@` : `${user}:***@`;
}

/** `?password=...`, `sslpassword`, `token`, `secret`, `key` parameters: their values are hidden. */
function maskQuerySecrets(text: string): string {
  return text.replace(/([?&][^=&#]*(?:pass|secret|token|key)[^=&#]*=)[^&#]*/gi, '$1***');
}

/**
 * Every password in the given URLs that is worth hiding on its own in text that came from
 * elsewhere (a driver's error quoting it). Trivial ones are left out: hiding "ab" or "postgres"
 * everywhere would mangle ordinary words ("dat***ase") and protect nothing. Inside a URL every
 * password is hidden regardless, by `scrubSecrets` and `maskUrl`.
 */
export function passwordsIn(urls: Iterable<string>): string[] {
  const passwords = new Set<string>();
  for (const url of urls) {
    for (const password of passwordForms(url)) if (!isTrivialPassword(password, url)) passwords.add(password);
  }
  return [...passwords];
}

/**
 * A URL's password as written (between the user's `:` and the last `@`, read from the text so
 * a malformed URL gives all of it) and decoded; a DSN's `password=` value.
 */
function passwordForms(url: string): string[] {
  const scheme = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//.exec(url);
  if (!scheme) {
    const match = /password\s*=\s*('([^']*)'|(\S+))/i.exec(url);
    const password = match ? (match[2] ?? match[3]) : undefined;
    return password ? [password] : [];
  }
  const rest = url.slice(scheme[0].length);
  const at = rest.lastIndexOf('@');
  const colon = rest.indexOf(':');
  if (at === -1 || colon === -1 || colon > at) return [];
  const written = rest.slice(colon + 1, at);
  if (written === '') return [];
  let decoded = written;
  try {
    decoded = decodeURIComponent(written);
  } catch {
    // A stray "%": the written form is the one that can appear.
  }
  // scrubSecrets hides the encodeURIComponent form too; another spelling is kept as written.
  return decoded === written || encodeURIComponent(decoded) === written ? [decoded] : [decoded, written];
}

/** Passwords too common to be secret: a default or a word that also names things in messages. */
const TRIVIAL_PASSWORDS = new Set(['postgres', 'postgresql', 'password', 'secret', 'admin', 'root', 'test', 'changeme']);

/** Shorter than 4 characters, a common default, or the URL's own user or database name. */
export function isTrivialPassword(password: string, url: string): boolean {
  if (password.length < 4 || TRIVIAL_PASSWORDS.has(password.toLowerCase())) return true;
  try {
    const parsed = new URL(url);
    const names = [parsed.username, parsed.pathname.replace(/^\//, '')].map((name) => decodeURIComponent(name).toLowerCase());
    return names.includes(password.toLowerCase());
  } catch {
    // A key=value DSN: its user and database are not worth parsing; the length and word checks stand.
    return false;
  }
}

/** Hides the password of any URL in a text, then each given secret (and its URL-encoded form). */
export function scrubSecrets(text: string, secrets: readonly string[]): string {
  // Up to the last @ before a space: a password may hold an unencoded @.
  let result = text.replace(/(postgres(?:ql)?:\/\/[^\s:/@]*:)\S*@/gi, '$1***@');
  for (const secret of secrets) {
    for (const form of new Set([secret, encodeURIComponent(secret)])) result = result.split(form).join('***');
  }
  return result;
}

/**
 * The URL as the driver should read it: `sslmode` with libpq's meaning, the one psql, goose and
 * every libpq-based tool give the same URL (require: encrypted, the certificate not checked;
 * verify-full: checked). Without this, pg reads require as verify-full, so a URL that works in
 * psql fails on a server with a private CA, and it prints a ten-line warning on every run.
 * A URL that says uselibpqcompat itself is left as it is.
 */
export function driverUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  if (!parsed.searchParams.has('sslmode') || parsed.searchParams.has('uselibpqcompat')) return url;
  parsed.searchParams.set('uselibpqcompat', 'true');
  return parsed.toString();
}

/** The same server with another database name. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

export function databaseOf(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, '')) || 'postgres';
}

/** Where the master URL came from, so an error can name the place to fix. */
/** `masterUrl`: the option (the CLI's --master-url, the Action's master-db-url input). */
export type MasterUrlSource = 'masterUrl' | 'MASTER_DB_URL' | '.env';

export interface ResolvedMasterUrl {
  url: string;
  source: MasterUrlSource;
}

/**
 * The master URL as the goose loop and the Python runner find it: the flag, else the
 * MASTER_DB_URL environment variable, else MASTER_DB_URL in the working directory's `.env`.
 */
export function resolveMasterUrl(options: { flag?: string; env: NodeJS.ProcessEnv; cwd: string }): ResolvedMasterUrl {
  if (options.flag) return { url: checkDatabaseUrl(options.flag, { option: 'masterUrl' }), source: 'masterUrl' };
  const fromEnv = options.env.MASTER_DB_URL;
  if (fromEnv) return { url: checkDatabaseUrl(fromEnv, 'MASTER_DB_URL'), source: 'MASTER_DB_URL' };
  const dotEnvPath = join(options.cwd, '.env');
  const dotEnv = existsSync(dotEnvPath) ? parseDotEnv(readFileSync(dotEnvPath, 'utf8')) : {};
  if (dotEnv.MASTER_DB_URL) return { url: checkDatabaseUrl(dotEnv.MASTER_DB_URL, `MASTER_DB_URL in ${dotEnvPath}`), source: '.env' };
  // An application's own variable is not taken for the master (it may be a tenant's), but said.
  const nearby = ['DATABASE_URL', 'MASTER_DATABASE_URL', 'DB_URL'].filter((name) => options.env[name] || dotEnv[name]);
  const seen = nearby.length > 0 ? ` (${nearby.join(', ')} is set, but is not read as the master's)` : '';
  throw new TenantMigrateError('MASTER_URL_MISSING', `no master database URL: MASTER_DB_URL is not set${seen}`, {
    hint: text(
      'master-url.pass',
      'pass {option:masterUrl=postgresql://user@host:5432/master}, set MASTER_DB_URL, or put MASTER_DB_URL=... in .env',
      {
        option: 'masterUrl',
      },
    ),
  });
}

/** `KEY=value` lines of a .env file; quotes are removed, `#` comments and `export ` prefixes ignored. */
export function parseDotEnv(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.trim().replace(/^export\s+/, '');
    const match = /^([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
    if (!match) continue;
    let value = match[2].trim();
    const quoted = /^(['"])(.*)\1$/.exec(value);
    if (quoted) value = quoted[2];
    else value = value.replace(/\s+#.*$/, '');
    values[match[1]] = value;
  }
  return values;
}

/**
 * A PostgreSQL URL checked before any connection: the scheme, a host, a port that is a number,
 * and a user information that parses one way only. A password holding `@`, `#`, `/` or `?`
 * unencoded is read by URL parsers as part of the host, path or a fragment (the driver would
 * connect to the wrong host with a piece of the password), so it is refused with the escape to
 * write. The error shows the URL masked, never the password, and says where it came from.
 */
/** `source` says where the URL came from: a place (`tenant acme`), or an option, named in each face's terms. */
export function checkDatabaseUrl(url: string, source: string | { option: OptionKey }): string {
  const trimmed = url.trim();
  const problem = urlProblem(trimmed);
  if (problem) {
    const values = { problem, url: maskUrl(trimmed) };
    const message =
      typeof source === 'string'
        ? text('database-url.invalid', 'the database URL from {source} is invalid: {problem} ({url})', { values: { source, ...values } })
        : text('database-url.invalid', 'the database URL from {option} is invalid: {problem} ({url})', { option: source.option, values });
    throw new TenantMigrateError('BAD_DATABASE_URL', message, {
      hint: 'write it as postgresql://user:password@host:5432/database, with @ # / ? : % in the password percent-encoded (@ is %40, # is %23, / is %2F, ? is %3F)',
    });
  }
  return trimmed;
}

function urlProblem(text: string): string | undefined {
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//.exec(text);
  if (scheme) {
    // Read from the text first: a parser would split these URLs somewhere else than meant.
    const rest = text.slice(scheme[0].length);
    if (/\s/.test(text)) return 'it contains a space';
    const ats = rest.split('@').length - 1;
    if (ats > 1) return `it has ${ats} "@" signs: a password holding "@" must write it as %40`;
    if (text.includes('#')) return 'it has a "#" (a password holding "#" must write it as %23; a database URL has no fragment)';
    const authorityEnd = rest.search(/[/?]/);
    if (ats === 1 && authorityEnd !== -1 && authorityEnd < rest.indexOf('@')) {
      return `a "${rest[authorityEnd]}" comes before the "@": a password holding "/" or "?" must write it as %2F or %3F`;
    }
  }
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    return 'it is not a URL';
  }
  if (!/^postgres(ql)?:$/.test(parsed.protocol)) return `its scheme is ${parsed.protocol.replace(/:$/, '')}, not postgresql`;
  try {
    decodeURIComponent(parsed.username);
    decodeURIComponent(parsed.password);
    decodeURIComponent(parsed.pathname);
  } catch {
    return 'it has a "%" that starts no valid escape (a password holding "%" must write it as %25)';
  }
  if (!parsed.hostname) return 'it names no host';
  return undefined;
}

/** `host:port/database` for messages: what a reader needs to find the server, nothing secret. */
export function describeServer(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || '5432'}/${databaseOf(url)}`;
  } catch {
    return maskUrl(url);
  }
}
