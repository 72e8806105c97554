/**
 * tenant add|remove|list and tenant template refresh as terminal text. Their results carry
 * masked URLs only, so nothing here can print a password.
 */

import type { TenantListing } from '../fleet/list-tenants.js';
import type { ProvisionResult } from '../fleet/provision-tenant.js';
import type { RemoveTenantResult } from '../fleet/remove-tenant.js';
import type { TemplateRefreshResult } from '../fleet/tenant-template.js';
import { formatMs, formatTargetError, formatVersion, textTable } from './fleet-text.js';

function placeText(result: { kind?: string; database?: string; schema?: string; url?: string }): string {
  return result.schema ? `schema ${result.schema} in ${result.url}` : `database ${result.database} (${result.url})`;
}

export function renderProvisionText(result: ProvisionResult): string {
  const lines: string[] = [];
  if (result.ok) {
    const how = result.method === 'template' ? 'copied from the template' : `${result.applied.length} migration(s) run in one go`;
    const verb =
      result.status === 'resumed'
        ? result.reactivated
          ? 'added back (its removed row is active again, its data kept)'
          : 'finished (an earlier add had left it unfinished)'
        : result.reactivated
          ? 'added again (its removed row is active again)'
          : 'added';
    lines.push(
      `tenant ${result.name} ${verb}: ${placeText(result)}, ${how}, version ${formatVersion(result.version)}${result.registered ? ', registered in the tenants table' : ', not registered (--no-register)'}; ${formatMs(result.durationMs)}`,
    );
    if (result.method === 'template' && result.applied.length > 0) {
      lines.push(`  then applied what the template lacked: ${result.applied.map((step) => step.name).join(', ')}`);
    }
  } else {
    lines.push(`tenant ${result.name} NOT added${result.url ? ` (${placeText(result)})` : ''}; ${formatMs(result.durationMs)}`);
    if (result.error) lines.push(formatTargetError(result.error));
    const left = leftBehind(result);
    if (left) lines.push(left);
  }
  if (result.steps.length > 0) lines.push(`  steps: ${result.steps.map((step) => `${step.step} ${formatMs(step.durationMs)}`).join(', ')}`);
  for (const warning of result.warnings) lines.push(`  warning: ${warning}`);
  return lines.join('\n');
}

/**
 * A failed add keeps the database it made (or found), so that running it again finishes the same
 * tenant: say so, since "nothing of this migration was kept" reads as if nothing was.
 */
function leftBehind(result: ProvisionResult): string | undefined {
  const reached = result.steps.some((step) => ['create-database', 'create-schema', 'clone-template', 'migrate'].includes(step.step));
  if (!reached || !result.url) return undefined;
  const place = result.schema ? `its schema ${result.schema}` : `its database ${result.database}`;
  const discard = result.schema ? `DROP SCHEMA ${result.schema} CASCADE` : `DROP DATABASE ${result.database}`;
  // What the failed add did apply, when it got past its migrations (the row is what failed).
  const applied = result.applied.length > 0 ? ` (this add applied ${appliedList(result.applied.map((step) => step.name))})` : '';
  const state = result.version === null ? 'with no migration applied' : `at version ${formatVersion(result.version)}${applied}`;
  return `  ${place} stays, ${state} and not registered: run the same tenant add again to finish it, or ${discard} to discard it`;
}

function appliedList(names: readonly string[]): string {
  return names.length <= 5 ? names.join(', ') : `${names.slice(0, 5).join(', ')} and ${names.length - 5} more`;
}

export function renderRemoveText(result: RemoveTenantResult): string {
  if (!result.ok) {
    const done = [result.deactivated ? 'its row was marked inactive' : '', result.dropped ? 'its place was dropped' : ''].filter(Boolean);
    return `tenant ${result.name} NOT removed${done.length > 0 ? ` (${done.join(', ')})` : ''}\n${formatTargetError(result.error!)}`;
  }
  const row = result.deactivated ? 'its row is marked inactive' : 'its row was already inactive';
  const place = result.dropped
    ? `, ${placeText(result)} dropped`
    : result.kind
      ? `, ${placeText(result)} kept (tenant add ${result.name} brings it back)`
      : '';
  return `tenant ${result.name} removed: ${row}${place}`;
}

export function renderTenantListText(tenants: readonly TenantListing[]): string {
  if (tenants.length === 0) return 'no tenants (tenant-migrate tenant add NAME creates one)';
  const rows = tenants.map((tenant) => [
    tenant.name,
    tenant.active ? 'active' : 'inactive',
    tenant.kind,
    tenant.kind === 'invalid' ? (tenant.problem ?? '') : tenant.schema ? `${tenant.schema} in ${tenant.url}` : (tenant.url ?? ''),
  ]);
  const active = tenants.filter((tenant) => tenant.active).length;
  return `${textTable(['TENANT', 'STATE', 'KIND', 'WHERE'], rows)}\n\n${tenants.length} tenant(s), ${active} active`;
}

export function renderTemplateRefreshText(result: TemplateRefreshResult): string {
  const target = result.target;
  if (!result.ok) return `template database ${result.database} NOT refreshed\n${formatTargetError(target.error!)}`;
  const change =
    target.applied.length > 0
      ? `${formatVersion(target.fromVersion)} -> ${formatVersion(target.toVersion)} (${target.applied.length} migration(s))`
      : `already at version ${formatVersion(target.toVersion)}`;
  return `template database ${result.database}${result.created ? ' created,' : ''} ${change}; ${formatMs(result.durationMs)}`;
}
