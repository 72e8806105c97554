/**
 * The shape every throwaway-PostgreSQL provider has: a server that hands out fresh databases and
 * takes all of them back on `close()`. Verify asks for one database per timeline and never cares
 * whether it lives on a shared server, in a container, or in an embedded process.
 */
export type ProviderName = 'server' | 'docker' | 'embedded';
export type ProviderChoice = ProviderName | 'auto';
export const PROVIDER_CHOICES: readonly ProviderChoice[] = ['auto', 'server', 'docker', 'embedded'];

export interface EphemeralDatabase {
  name: string;
  /** Connection URL with its password: never print it, print `maskUrl(url)`. */
  url: string;
  /** Drops the database; safe to call twice. */
  drop(): Promise<void>;
}

export interface EphemeralProvider {
  name: ProviderName;
  /** Where the databases live, password masked, for progress lines and reports. */
  description: string;
  /** A new empty database; `label` ends up in its name to tell the databases apart (e.g. `master`). */
  createDatabase(label: string): Promise<EphemeralDatabase>;
  /** Drops every database still alive and stops whatever the provider started; safe to call twice. */
  close(): Promise<void>;
}

/** What a provider reports while it works: starting a container takes a while, people should see why. */
export type EphemeralEvent =
  | { type: 'provider-starting'; provider: ProviderName; detail: string }
  | { type: 'provider-ready'; provider: ProviderName; detail: string }
  | { type: 'database-created'; provider: ProviderName; database: string }
  | { type: 'database-dropped'; provider: ProviderName; database: string };

/** The docker provider's image when none is given: a current PostgreSQL. */
export const DEFAULT_POSTGRES_IMAGE = 'postgres:18';
