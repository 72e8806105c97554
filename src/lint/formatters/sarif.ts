/**
 * SARIF 2.1.0, the format GitHub code scanning ingests (github/codeql-action/upload-sarif):
 * one run, the rule catalogue in tool.driver.rules, and a result per finding with a relative
 * artifact URI and a region. Columns are counted in code points, and the run says so.
 */
import { VERSION } from '../../version.js';
import { RULES } from '../registry.js';
import type { LintResult } from '../types.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

export interface SarifFormatOptions {
  /** Where the rule docs live, for helpUri (e.g. a repository's docs/rules.md URL). */
  rulesDocUrl?: string;
}

export function formatSarif(result: LintResult, options: SarifFormatOptions = {}): string {
  const ruleIndex = new Map(RULES.map((rule, index) => [rule.id, index]));
  const rules = RULES.map((rule) => ({
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: rule.description },
    fullDescription: { text: rule.docs.rationale },
    help: {
      text: `${rule.docs.rationale}\n\nFlagged:\n${rule.docs.flagged}\n\nFixed:\n${rule.docs.fixed}`,
      markdown: `${rule.docs.rationale}\n\nFlagged:\n\n\`\`\`sql\n${rule.docs.flagged}\n\`\`\`\n\nFixed:\n\n\`\`\`sql\n${rule.docs.fixed}\n\`\`\``,
    },
    ...(options.rulesDocUrl ? { helpUri: `${options.rulesDocUrl}#${rule.id}` } : {}),
    defaultConfiguration: { level: rule.severity },
    properties: { tags: [rule.severity === 'error' ? 'correctness' : 'safety'] },
  }));
  const results = result.findings.map((finding) => ({
    ruleId: finding.rule,
    ...(ruleIndex.has(finding.rule) ? { ruleIndex: ruleIndex.get(finding.rule) } : {}),
    level: finding.severity,
    message: { text: finding.hint ? `${finding.message}. Hint: ${finding.hint}` : finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: toUri(finding.file) },
          region: {
            startLine: finding.line,
            startColumn: finding.column,
            endLine: finding.endLine,
            endColumn: finding.endColumn,
          },
        },
      },
    ],
  }));
  const sarif = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'tenant-migrate',
            semanticVersion: VERSION,
            rules,
          },
        },
        columnKind: 'unicodeCodePoints',
        results,
      },
    ],
  };
  return JSON.stringify(sarif, null, 2);
}

/** A relative path as a URI reference: forward slashes, each segment percent-encoded. */
export function toUri(path: string): string {
  return path
    .replace(/\\/g, '/')
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

function pascalCase(id: string): string {
  return id.replace(/(^|-)([a-z])/g, (_match, _dash, letter: string) => letter.toUpperCase());
}
