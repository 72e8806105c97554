/**
 * What the earlier migrations of a file's timeline leave behind (the relations they made, the
 * tables they partitioned), folded once per timeline rather than once per file: files are linted
 * in timeline order, so the list of the file before is a prefix of this file's list, and its
 * fold plus the migrations after it is this file's. Replaying every earlier migration for every
 * file made linting 1,000 files quadratic (13 s instead of well under one).
 */
import type { Migration } from '../migrations/types.js';

export interface EarlierFold<S> {
  empty(): S;
  /** Adds one migration's effect to the state. */
  add(state: S, migration: Migration): void;
  /** The last folds handed out, one per timeline seen lately (master and tenant files alternate), with their lists. */
  recent?: Array<{ earlier: readonly Migration[]; state: S }>;
}

/** Timelines whose folds are kept: master, tenant, and a few more for tools that lint several sets. */
const KEPT = 4;

/**
 * The state after `earlier`, oldest first. It is the fold's own: read it for this file, never
 * keep it (the next file's fold extends it) and never change it (copy first).
 */
export function foldEarlier<S>(fold: EarlierFold<S>, earlier: readonly Migration[]): S {
  fold.recent ??= [];
  // Rules of one file ask with the very same list, often several times: no comparison needed.
  const same = fold.recent.find((entry) => entry.earlier === earlier);
  if (same) return same.state;
  const found = fold.recent
    .filter((entry) => isPrefix(entry.earlier, earlier))
    .reduce<{ earlier: readonly Migration[]; state: S } | undefined>(
      (best, entry) => (!best || entry.earlier.length > best.earlier.length ? entry : best),
      undefined,
    );
  if (found && found.earlier.length === earlier.length) return found.state;
  // Extended in place: the file before is done with it (files are linted one after the other).
  const state = found ? found.state : fold.empty();
  for (const migration of earlier.slice(found ? found.earlier.length : 0)) fold.add(state, migration);
  fold.recent = [{ earlier, state }, ...fold.recent.filter((entry) => entry !== found)].slice(0, KEPT);
  return state;
}

function isPrefix(prefix: readonly Migration[], list: readonly Migration[]): boolean {
  if (prefix.length > list.length) return false;
  for (let index = 0; index < prefix.length; index++) if (prefix[index] !== list[index]) return false;
  return true;
}
