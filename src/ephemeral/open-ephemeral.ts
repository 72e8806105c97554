/**
 * Picks and opens the ephemeral provider. `auto` prefers what costs least and matches production
 * best: a server the user named, then a container when an engine answers, then the embedded
 * PostgreSQL, which always works.
 */
import { checkDatabaseUrl } from '../db/connection-url.js';
import { TenantMigrateError } from '../errors.js';
import { text } from '../messages.js';
import { type EngineProbe, probeDockerEngine } from './docker-engine.js';
import { openDockerProvider } from './docker-provider.js';
import { openEmbeddedProvider } from './embedded-provider.js';
import type { EphemeralEvent, EphemeralProvider, ProviderChoice, ProviderName } from './provider.js';
import { openServerProvider } from './server-provider.js';

export interface OpenEphemeralOptions {
  provider?: ProviderChoice;
  /** A server to make databases on (`--ephemeral-url`). */
  url?: string;
  /** Image for the docker provider. */
  image?: string;
  onEvent?: (event: EphemeralEvent) => void;
  /** Replaces the real engine probe (tests, or a caller that already knows). */
  probeEngine?: () => Promise<EngineProbe>;
}

export interface ProviderDecision {
  provider: ProviderName;
  /** Why this one, for the progress output and the report. */
  reason: string;
}

/** The choice itself, without I/O: `engine` is asked only when the answer depends on it. */
export async function chooseProvider(
  requested: ProviderChoice,
  url: string | undefined,
  engine: () => Promise<EngineProbe>,
): Promise<ProviderDecision> {
  if (requested === 'server') {
    if (!url) {
      throw new TenantMigrateError(
        'EPHEMERAL_URL_MISSING',
        text('ephemeral.server-needs-url', '{option:ephemeral=server} needs a server to create databases on'),
        {
          hint: text(
            'ephemeral.pass-url',
            'pass {option:ephemeralUrl=postgresql://user:password@host:5432/postgres} (a user with CREATEDB)',
            {
              option: 'ephemeralUrl',
            },
          ),
        },
      );
    }
    return { provider: 'server', reason: 'asked for' };
  }
  if (requested === 'docker' || requested === 'embedded') return { provider: requested, reason: 'asked for' };
  if (url) return { provider: 'server', reason: 'an ephemeral server URL was given' };
  const probe = await engine();
  if (probe.answers) return { provider: 'docker', reason: probe.reason };
  return { provider: 'embedded', reason: probe.reason };
}

export async function openEphemeral(options: OpenEphemeralOptions = {}): Promise<EphemeralProvider & { reason: string }> {
  // A mistyped URL is a usage error, said as such, not "the server does not answer".
  if (options.url) checkDatabaseUrl(options.url, 'the ephemeral server URL');
  const decision = await chooseProvider(options.provider ?? 'auto', options.url, options.probeEngine ?? probeDockerEngine);
  const provider = await openChosen(decision.provider, options);
  return Object.assign(provider, { reason: decision.reason });
}

function openChosen(name: ProviderName, options: OpenEphemeralOptions): Promise<EphemeralProvider> {
  switch (name) {
    case 'server':
      return openServerProvider(options.url as string, { onEvent: options.onEvent });
    case 'docker':
      return openDockerProvider({ image: options.image, onEvent: options.onEvent });
    case 'embedded':
      return openEmbeddedProvider({ onEvent: options.onEvent });
  }
}
