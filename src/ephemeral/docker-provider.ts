/**
 * The `docker` provider: a PostgreSQL container (testcontainers), image chosen to match
 * production (`--postgres-image`), then databases made on it like on any server. testcontainers
 * is imported only when this provider is used: the Action's bundle and most runs never need it.
 */
import { randomBytes } from 'node:crypto';
import { TenantMigrateError } from '../errors.js';
import { text } from '../messages.js';
import { cleanupOnSignal } from './cleanup-on-signal.js';
import { probeDockerEngine } from './docker-engine.js';
import { loadTestcontainers } from './load-testcontainers.js';
import { DEFAULT_POSTGRES_IMAGE, type EphemeralEvent, type EphemeralProvider } from './provider.js';
import { openServerProvider } from './server-provider.js';

export { DEFAULT_POSTGRES_IMAGE } from './provider.js';

export interface DockerProviderOptions {
  image?: string;
  onEvent?: (event: EphemeralEvent) => void;
}

const POSTGRES_PORT = 5432;

export async function openDockerProvider(options: DockerProviderOptions = {}): Promise<EphemeralProvider> {
  const image = options.image ?? DEFAULT_POSTGRES_IMAGE;
  const { GenericContainer, Wait } = await loadTestcontainers();
  // Asked first, so a missing engine is reported as such, not as a container that did not start.
  const engine = await probeDockerEngine();
  if (!engine.answers) {
    throw new TenantMigrateError('DOCKER_UNAVAILABLE', engine.reason, {
      hint: text(
        'docker.unavailable',
        'start Docker (or point DOCKER_HOST at an engine), or use a server ({option:ephemeralUrl}) or {option:ephemeral=embedded}',
      ),
    });
  }
  const password = randomBytes(12).toString('hex');
  options.onEvent?.({ type: 'provider-starting', provider: 'docker', detail: `starting a ${image} container` });

  let container: Awaited<ReturnType<InstanceType<typeof GenericContainer>['start']>>;
  try {
    container = await new GenericContainer(image)
      .withEnvironment({ POSTGRES_USER: 'postgres', POSTGRES_PASSWORD: password, POSTGRES_DB: 'postgres' })
      .withExposedPorts(POSTGRES_PORT)
      // Throwaway data: memory-backed and without durability, which is all a dry-run needs.
      .withTmpFs({ '/var/lib/postgresql': 'rw' })
      .withCommand(['postgres', '-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'])
      // The image's entrypoint runs a temporary server for initialisation, then the real one:
      // the ready message appears twice, and only the second one means it accepts clients.
      .withWaitStrategy(Wait.forAll([Wait.forListeningPorts(), Wait.forLogMessage(/database system is ready to accept connections/, 2)]))
      .withStartupTimeout(180_000)
      .start();
  } catch (error) {
    throw new TenantMigrateError('DOCKER_START_FAILED', `the ${image} container did not start: ${(error as Error).message}`, {
      hint: text('docker.image', 'check that the image exists and can be pulled ({option}), or use {option:ephemeral=embedded}', {
        option: 'postgresImage',
      }),
      cause: error,
    });
  }
  const stop = async () => {
    await container.stop({ remove: true, timeout: 5_000 }).catch(() => undefined);
  };
  const forgetSignal = cleanupOnSignal(stop);
  const url = `postgresql://postgres:${password}@${container.getHost()}:${container.getMappedPort(POSTGRES_PORT)}/postgres`;
  try {
    const provider = await openServerProvider(url, {
      as: 'docker',
      description: `docker ${image}`,
      onEvent: options.onEvent,
      onClose: stop,
    });
    options.onEvent?.({ type: 'provider-ready', provider: 'docker', detail: `${image} on port ${container.getMappedPort(POSTGRES_PORT)}` });
    return provider;
  } catch (error) {
    await stop();
    throw error;
  } finally {
    forgetSignal();
  }
}
