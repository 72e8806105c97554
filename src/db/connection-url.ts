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

/** Every password that appears in the given URLs, to scrub from text that came from elsewhere (a driver's error). */
export function passwordsIn(urls: Iterable<string>): string[] {
  const passwords = new Set<string>();
  for (const url of urls) {
    try {
      const password = decodeURIComponent(new URL(url).password);
      if (password) passwords.add(password);
    } catch {
      const match = /password\s*=\s*('([^']*)'|(\S+))/i.exec(url);
      if (match) passwords.add(match[2] ?? match[3]);
    }
  }
  return [...passwords];
}

/** Removes each secret (and its URL-encoded form) from a text. */
export function scrubSecrets(text: string, secrets: readonly string[]): string {
  let result = text;
  for (const secret of secrets) {
    if (secret.length < 2) continue;
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
