/**
 * tenant-migrate.config.json (or the "tenant-migrate" key of package.json) holds the settings of
 * several parts (lint's rules, the rollout's waves); each part reads its own section through these
 * two helpers, so a missing file, bad JSON and a non-object section are told the same way.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { TenantMigrateError } from './errors.js';

/** The parsed JSON of a file, or undefined when it does not exist. Bad JSON is a CONFIG_INVALID error. */
export async function readJsonFile(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  return parseJson(text, path);
}

/** readJsonFile for the places that resolve options synchronously (as .env is read). */
export function readJsonFileSync(path: string): unknown {
  if (!existsSync(path)) return undefined;
  return parseJson(readFileSync(path, 'utf8'), path);
}

function parseJson(text: string, path: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    // The location names the file: the message says what is wrong with it.
    throw new TenantMigrateError('CONFIG_INVALID', `not valid JSON: ${(error as Error).message}`, {
      location: { file: path },
      hint: 'fix the JSON (no comments or trailing commas)',
    });
  }
}

export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
