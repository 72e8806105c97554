/**
 * Text generated from the option catalogue: action.yml's inputs (and, later, the README's tables).
 * scripts/generate-docs.ts writes it; test/options/catalogue.test.ts fails when a file is stale.
 */
import { actionInputs, actionYmlDefault, actionYmlDescription } from './catalogue.js';

/** action.yml's `inputs:` block, every value quoted as a YAML double-quoted (JSON) string. */
export function renderActionYmlInputs(): string {
  const lines = ['inputs:'];
  for (const [, spec] of actionInputs()) {
    lines.push(`  ${spec.input}:`);
    lines.push(`    description: ${JSON.stringify(actionYmlDescription(spec))}`);
    lines.push('    required: false');
    const fallback = actionYmlDefault(spec);
    if (fallback !== undefined) lines.push(`    default: ${JSON.stringify(fallback)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** action.yml with its inputs block replaced by the catalogue's (everything else kept). */
export function withCatalogueInputs(actionYml: string): string {
  const start = actionYml.search(/^inputs:$/m);
  const end = actionYml.search(/^outputs:$/m);
  if (start < 0 || end < start) throw new Error('action.yml: expected an inputs: block followed by outputs:');
  return `${actionYml.slice(0, start)}${renderActionYmlInputs()}\n${actionYml.slice(end)}`;
}
