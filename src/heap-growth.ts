/**
 * How far V8 lets the heap grow past what survived the last full collection. A fleet command
 * keeps one small result per target (the report needs them all) while it makes garbage per
 * target (queries, plans, progress lines) at a high rate; with V8's own factor, up to 4x at
 * that allocation rate, the old space of a 100,000-tenant dry run grew to ~275 MB around ~68 MB
 * that was alive (peak RSS 357-414 MB). At 1.5x it stays near the live size (222 MB) for about
 * 10% more CPU on that run and nothing measurable on small fleets. Called by the CLI and the
 * Action entries only: a library must not change its host process's V8 settings.
 */
import { setFlagsFromString } from 'node:v8';

export const HEAP_GROWING_PERCENT = 50;

export function boundHeapGrowth(): void {
  // Read by V8 at each full collection, so setting it after start-up takes effect.
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
