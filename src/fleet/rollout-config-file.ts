/**
 * Reads `rollout` from tenant-migrate.config.json in a directory (or from the "tenant-migrate"
 * key of its package.json), the same files lint reads its rule levels from.
 */
import { join } from 'node:path';
import { isJsonObject, readJsonFile } from '../config-file.js';
import { type RolloutConfig, rolloutFromConfig } from './rollout-config.js';

export const CONFIG_FILE = 'tenant-migrate.config.json';

export async function loadRolloutConfig(cwd: string): Promise<RolloutConfig> {
  const own = await readJsonFile(join(cwd, CONFIG_FILE));
  if (own !== undefined) return rolloutFromConfig(isJsonObject(own) ? own.rollout : undefined, CONFIG_FILE);
  const manifest = await readJsonFile(join(cwd, 'package.json'));
  const section = isJsonObject(manifest) ? manifest['tenant-migrate'] : undefined;
  return rolloutFromConfig(isJsonObject(section) ? section.rollout : undefined, 'package.json "tenant-migrate"');
}
