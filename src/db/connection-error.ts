import { TenantMigrateError } from '../errors.js';
import { text } from '../messages.js';
import { describeServer, maskUrl, passwordsIn, scrubSecrets } from './connection-url.js';

/**
 * A driver error at connect time as a TenantMigrateError that says which server, what went wrong
 * and what to check. The driver's text is scrubbed: it may quote the connection string.
 */
export function connectionError(error: unknown, url: string): TenantMigrateError {
  const secrets = passwordsIn([url]);
  const cause = error as { code?: string; message?: string; detail?: string; hint?: string };
  // PostgreSQL's own DETAIL and HINT, when it gave them, are kept under the message.
  const detail =
    [cause?.detail ? `DETAIL: ${cause.detail}` : '', cause?.hint ? `HINT: ${cause.hint}` : ''].filter(Boolean).join('\n') || undefined;
  const driverMessage = scrubSecrets(String(cause?.message ?? error), secrets);
  const server = describeServer(url);
  const masked = maskUrl(url);
  const code = cause?.code ?? '';
  if (code === '28P01' || code === '28000') {
    return new TenantMigrateError('AUTH_FAILED', `authentication failed at ${server}: ${driverMessage}`, {
      hint: `check the user and password in the URL (${masked})`,
      detail,
      cause: error,
    });
  }
  if (code === '3D000') {
    return new TenantMigrateError('DATABASE_MISSING', `the database at ${server} does not exist`, {
      hint: `create it, or fix the URL (${masked})`,
      detail,
      cause: error,
    });
  }
  if (
    ['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ECONNRESET'].includes(code) ||
    /timeout/i.test(driverMessage)
  ) {
    return new TenantMigrateError('CONNECT_FAILED', `cannot reach ${server}: ${driverMessage}`, {
      hint:
        code === 'ECONNRESET'
          ? `the server closed the connection while it was opened (a restart, a proxy, TLS required?); tried again for a moment (${masked})`
          : code === 'ECONNREFUSED'
            ? `nothing listens on that host and port (the server is down or restarting, or the port is wrong); tried again for a moment (${masked})`
            : `is the server up and the host and port right? (${masked})`,
      cause: error,
    });
  }
  if (code === '53300') {
    return new TenantMigrateError('TOO_MANY_CONNECTIONS', `${server} has no connection slot left: ${driverMessage}`, {
      hint: text(
        'connect.too-many',
        "the server (or the role, or the database) is at its connection limit: lower {option}, or raise max_connections / the role's CONNECTION LIMIT ({url})",
        { option: 'maxConnections', values: { url: masked } },
      ),
      cause: error,
    });
  }
  if (code === '57P03') {
    return new TenantMigrateError('SERVER_NOT_READY', `${server} is not accepting connections yet: ${driverMessage}`, {
      hint: 'the server is starting up, shutting down or in recovery (a restart, a failover): tried again until the connect timeout; run again once it is up, or raise the connect timeout',
      detail,
      cause: error,
    });
  }
  // The URL asks for TLS (sslmode=require or stricter) from a server that has none.
  const noTls = /does not support SSL/i.test(driverMessage);
  return new TenantMigrateError('CONNECT_FAILED', `cannot connect to ${server}: ${driverMessage}`, {
    hint: noTls
      ? `the server takes no TLS connections, and the URL asks for one: drop sslmode from it, or turn ssl on in the server (${masked})`
      : `check the URL (${masked})`,
    detail,
    cause: error,
  });
}
