import type { Scope } from './types.js';

/** Folder names (and `Scope:` header values) and the scope each means; `host` is the Python runner's name for master. */
const SCOPE_NAMES: Record<string, Scope> = { master: 'master', host: 'master', tenant: 'tenant', tenants: 'tenant', both: 'both' };

export function scopeFromName(name: string): Scope | undefined {
  return SCOPE_NAMES[name.trim().toLowerCase()];
}

export const SCOPE_FOLDERS = Object.keys(SCOPE_NAMES);

/** The timelines a scope's migrations belong to. */
export function timelinesOf(scope: Scope): Array<'master' | 'tenant'> {
  return scope === 'both' ? ['master', 'tenant'] : [scope];
}
