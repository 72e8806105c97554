import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TenantMigrateError } from '../errors.js';

/**
 * Connection strings are secrets: whatever prints one (a report, an error, a progress line)
 * prints `maskUrl(url)`, which keeps host, port, user and database and replaces the password.
 */
export function maskUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    for (const key of [...parsed.searchParams.keys()]) {
      if (/pass|secret|token|key/i.test(key)) parsed.searchParams.set(key, '***');
    }
    return parsed.toString();
  } catch {
    // Not a URL (a key=value DSN, say): hide anything that looks like a password.
    return url.replace(/(password\s*=\s*)('[^']*'|\S+)/gi, '$1***').replace(/(\/\/[^:/@]+:)[^@]*@/, '$1***@');
  }
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
    let password: string | undefined;
    try {
      password = decodeURIComponent(new URL(url).password) || undefined;
    } catch {
      const match = /password\s*=\s*('([^']*)'|(\S+))/i.exec(url);
      password = match ? (match[2] ?? match[3]) : undefined;
    }
    if (password && !isTrivialPassword(password, url)) passwords.add(password);
  }
  return [...passwords];
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
  let result = text.replace(/(postgres(?:ql)?:\/\/[^\s:/@]+:)[^\s@]+@/gi, '$1***@');
  for (const secret of secrets) {
    for (const form of new Set([secret, encodeURIComponent(secret)])) result = result.split(form).join('***');
  }
  return result;
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
export type MasterUrlSource = '--master-url' | 'MASTER_DB_URL' | '.env';

export interface ResolvedMasterUrl {
  url: string;
  source: MasterUrlSource;
}

/**
 * The master URL as the goose loop and the Python runner find it: the flag, else the
 * MASTER_DB_URL environment variable, else MASTER_DB_URL in the working directory's `.env`.
 */
export function resolveMasterUrl(options: { flag?: string; env: NodeJS.ProcessEnv; cwd: string }): ResolvedMasterUrl {
  if (options.flag) return { url: checkDatabaseUrl(options.flag, '--master-url'), source: '--master-url' };
  const fromEnv = options.env.MASTER_DB_URL;
  if (fromEnv) return { url: checkDatabaseUrl(fromEnv, 'MASTER_DB_URL'), source: 'MASTER_DB_URL' };
  const dotEnvPath = join(options.cwd, '.env');
  if (existsSync(dotEnvPath)) {
    const fromFile = parseDotEnv(readFileSync(dotEnvPath, 'utf8')).MASTER_DB_URL;
    if (fromFile) return { url: checkDatabaseUrl(fromFile, `MASTER_DB_URL in ${dotEnvPath}`), source: '.env' };
  }
  throw new TenantMigrateError('MASTER_URL_MISSING', 'no master database URL: MASTER_DB_URL is not set', {
    hint: 'pass --master-url postgresql://user@host:5432/master, set MASTER_DB_URL, or put MASTER_DB_URL=... in .env',
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
 * A PostgreSQL URL checked before any connection: the scheme, a host, a port that is a number.
 * The error shows the URL masked, never the password, and says where it came from.
 */
export function checkDatabaseUrl(url: string, source: string): string {
  const trimmed = url.trim();
  let parsed: URL | undefined;
  try {
    parsed = new URL(trimmed);
  } catch {
    parsed = undefined;
  }
  const problem = !parsed
    ? 'it is not a URL'
    : !/^postgres(ql)?:$/.test(parsed.protocol)
      ? `its scheme is ${parsed.protocol.replace(/:$/, '')}, not postgresql`
      : !parsed.hostname
        ? 'it names no host'
        : undefined;
  if (problem) {
    throw new TenantMigrateError('BAD_DATABASE_URL', `the database URL from ${source} is invalid: ${problem} (${maskUrl(trimmed)})`, {
      hint: 'write it as postgresql://user:password@host:5432/database',
    });
  }
  return trimmed;
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
