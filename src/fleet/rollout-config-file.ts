/**
 * Reads `rollout` from tenant-migrate.config.json in a directory (or from the "tenant-migrate"
 * key of its package.json), the same files lint reads its rule levels from.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { TenantMigrateError } from '../errors.js';
import { type RolloutConfig, rolloutFromConfig } from './rollout-config.js';

export const CONFIG_FILE = 'tenant-migrate.config.json';

export async function loadRolloutConfig(cwd: string): Promise<RolloutConfig> {
  const own = await readJson(join(cwd, CONFIG_FILE));
  if (own !== undefined) return rolloutFromConfig(isObject(own) ? own.rollout : undefined, CONFIG_FILE);
  const manifest = await readJson(join(cwd, 'package.json'));
  const section = isObject(manifest) ? manifest['tenant-migrate'] : undefined;
  return rolloutFromConfig(isObject(section) ? section.rollout : undefined, 'package.json "tenant-migrate"');
}

async function readJson(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new TenantMigrateError('CONFIG_INVALID', `${path} is not valid JSON: ${(error as Error).message}`, {
      location: { file: path },
      hint: 'fix the JSON (no comments or trailing commas)',
    });
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
