/** The connection budget is per server as the ledger identity resolves it, not per spelling of its host. */
import { describe, expect, it } from 'vitest';
import { ConnectionBudget } from '../../src/db/connection-budget.js';
import { budgetServer } from '../../src/fleet/target-session.js';

describe('the connection budget of a server', () => {
  it('is one for every spelling of one server: loopback names, the default port, upper case, ?host=', () => {
    const budget = new ConnectionBudget(4, budgetServer);
    const one = budget.of('postgresql://deploy@localhost/tenant_a');
    expect(budget.of('postgresql://deploy@127.0.0.1:5432/tenant_b')).toBe(one);
    expect(budget.of('postgresql://other@LOCALHOST:5432/tenant_c')).toBe(one);
    expect(budget.of('postgresql:///tenant_d?host=localhost&user=deploy')).toBe(one);
    expect(budget.of('postgresql://deploy@localhost:6432/tenant_e')).not.toBe(one);
    expect(budget.of('postgresql://deploy@db.internal/tenant_f')).not.toBe(one);
  });

  it('host names resolved to one address (the tenant listing resolves them) share one budget', () => {
    const budget = new ConnectionBudget(4, budgetServer);
    budget.useServerNames((server) => (server === '10.0.0.5:5432' ? 'db.internal:5432' : server));
    expect(budget.of('postgresql://deploy@10.0.0.5/tenant_a')).toBe(budget.of('postgresql://deploy@db.internal/tenant_b'));
    expect(budget.of('postgresql://deploy@10.0.0.6/tenant_c')).not.toBe(budget.of('postgresql://deploy@db.internal/tenant_b'));
  });
});
