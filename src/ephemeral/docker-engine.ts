/**
 * Whether a container engine answers, asked the way testcontainers itself finds one
 * (DOCKER_HOST, ~/.testcontainers.properties, the usual sockets, rootless sockets), so `auto`
 * never picks Docker only for testcontainers to fail a moment later.
 */
import { loadTestcontainers, type Testcontainers } from './load-testcontainers.js';

export interface EngineProbe {
  answers: boolean;
  /** Why not, in a sentence a person can act on; or which engine answered. */
  reason: string;
}

const PROBE_TIMEOUT_MS = 10_000;

export async function probeDockerEngine(): Promise<EngineProbe> {
  let testcontainers: Testcontainers;
  try {
    testcontainers = await loadTestcontainers();
  } catch (error) {
    return { answers: false, reason: (error as Error).message };
  }
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${PROBE_TIMEOUT_MS / 1000} s`)), PROBE_TIMEOUT_MS);
    timer.unref();
  });
  try {
    const client = await Promise.race([testcontainers.getContainerRuntimeClient(), timeout]);
    return { answers: true, reason: `container engine at ${client.info.containerRuntime.host}` };
  } catch (error) {
    return { answers: false, reason: `no Docker engine answers (${(error as Error).message})` };
  } finally {
    clearTimeout(timer);
  }
}
