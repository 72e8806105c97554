/**
 * A server none of whose connects succeeded yet (every tenant's database is missing): the connect
 * attempts go a few at once instead of one by one, and the first connect that succeeds measures
 * the server as before.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { connectWithinBudget, ServerBudget } from '../../src/db/connection-budget.js';

function missingDatabase(): Error {
  return Object.assign(new Error('database "gone" does not exist'), { code: '3D000' });
}

describe('connects before the server is measured', () => {
  it('after a connect failed for its own database, the next ones run several at once', async () => {
    const budget = new ServerBudget('localhost:5432', undefined);
    let running = 0;
    let most = 0;
    const attempt = () =>
      connectWithinBudget(
        budget,
        async () => {
          running++;
          most = Math.max(most, running);
          await sleep(20);
          running--;
          throw missingDatabase();
        },
        { deadlineMs: 1_000, measure: async () => 5 },
      ).catch((error: Error) => error);
    const errors = await Promise.all(Array.from({ length: 20 }, attempt));
    expect(errors.every((error) => (error as { code?: string }).code === '3D000')).toBe(true);
    expect(most).toBeGreaterThan(1);
    expect(budget.unmeasured).toBe(true);
  });

  it('the first connect that succeeds sets the measured cap', async () => {
    const budget = new ServerBudget('localhost:5432', undefined);
    await connectWithinBudget(budget, async () => Promise.reject(missingDatabase()), { deadlineMs: 1_000 }).catch(() => {});
    const connection = await connectWithinBudget(budget, async () => 'connected', { deadlineMs: 1_000, measure: async () => 3 });
    expect(connection).toBe('connected');
    expect(budget.unmeasured).toBe(false);
    expect(budget.limit).toBe(3);
  });
});
