/**
 * testcontainers, loaded only when Docker is asked for. It is a CommonJS package: imported from
 * the ESM bundle (dist/, esbuild with code splitting) its namespace holds nothing but `default`,
 * while under tsx or plain Node the named exports are there too. Both shapes give the same API.
 */
import { TenantMigrateError } from '../errors.js';
import { text } from '../messages.js';

export type Testcontainers = typeof import('testcontainers');

export async function loadTestcontainers(): Promise<Testcontainers> {
  let module: Testcontainers & { default?: Testcontainers };
  try {
    module = await import('testcontainers');
  } catch (error) {
    throw new TenantMigrateError('DOCKER_UNAVAILABLE', loadFailure(error), {
      hint: text(
        'testcontainers.install',
        'npm install testcontainers, or use a server ({option:ephemeralUrl}) or {option:ephemeral=embedded}',
      ),
      cause: error,
    });
  }
  return module.default ?? module;
}

/** "Not installed" only when testcontainers itself is missing: a dependency it cannot load is another story. */
function loadFailure(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: string }).code;
  const missingItself =
    (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') && /['"]testcontainers['"]/.test(message.split('\n')[0]);
  return missingItself ? 'the testcontainers package is not installed' : `testcontainers did not load: ${message.split('\n')[0]}`;
}
