/**
 * The Action's inputs, read and checked once. Reading goes through a function so this module
 * stays pure: main.ts passes @actions/core's getInput, tests pass a plain lookup.
 */
import { TenantMigrateError } from '../errors.js';

export const COMMANDS = ['check', 'deploy', 'status', 'rollback'] as const;
export type ActionCommand = (typeof COMMANDS)[number];
export type FailOn = 'error' | 'warning' | 'never';
export type EphemeralChoice = 'auto' | 'docker' | 'server' | 'embedded';

export interface ActionInputs {
  command: ActionCommand;
  migrationsDir: string;
  masterDbUrl?: string;
  tenantsQuery?: string;
  concurrency?: number;
  shard?: string;
  target: 'master' | 'tenants' | 'all';
  to?: number;
  steps?: number;
  ephemeral: EphemeralChoice;
  ephemeralUrl?: string;
  postgresImage?: string;
  schemaFile?: string;
  baseRef?: string;
  githubToken?: string;
  comment: boolean;
  failOn: FailOn;
}

export function readInputs(get: (name: string) => string): ActionInputs {
  const text = (name: string) => get(name).trim() || undefined;
  const oneOf = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const value = (text(name) ?? fallback).toLowerCase();
    if (!(allowed as readonly string[]).includes(value)) {
      throw new TenantMigrateError('BAD_INPUT', `input "${name}" is "${value}"; expected one of ${allowed.join(', ')}`);
    }
    return value as T;
  };
  const integer = (name: string, minimum: number): number | undefined => {
    const value = text(name);
    if (value === undefined) return undefined;
    if (!/^\d+$/.test(value) || Number(value) < minimum) {
      throw new TenantMigrateError('BAD_INPUT', `input "${name}" is "${value}"; expected a whole number of at least ${minimum}`);
    }
    return Number(value);
  };
  const shard = text('shard');
  if (shard !== undefined && !/^\d+\/\d+$/.test(shard)) {
    throw new TenantMigrateError('BAD_INPUT', `input "shard" is "${shard}"; expected i/n, e.g. 1/4`);
  }
  const flag = (name: string, fallback: boolean) => {
    const value = text(name)?.toLowerCase();
    if (value === undefined) return fallback;
    if (['true', 'yes', 'on', '1'].includes(value)) return true;
    if (['false', 'no', 'off', '0'].includes(value)) return false;
    throw new TenantMigrateError('BAD_INPUT', `input "${name}" is "${value}"; expected true or false`);
  };
  return {
    command: oneOf('command', COMMANDS, 'check'),
    migrationsDir: text('migrations-dir') ?? 'migrations',
    masterDbUrl: text('master-db-url'),
    tenantsQuery: text('tenants-query'),
    concurrency: integer('concurrency', 1),
    shard,
    target: oneOf('target', ['master', 'tenants', 'all'] as const, 'all'),
    to: integer('to', 0),
    steps: integer('steps', 1),
    ephemeral: oneOf('ephemeral', ['auto', 'docker', 'server', 'embedded'] as const, 'auto'),
    ephemeralUrl: text('ephemeral-url'),
    postgresImage: text('postgres-image'),
    schemaFile: text('schema-file'),
    baseRef: text('base-ref'),
    githubToken: text('github-token'),
    comment: flag('comment', true),
    failOn: oneOf('fail-on', ['error', 'warning', 'never'] as const, 'error'),
  };
}
