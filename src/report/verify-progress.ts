/**
 * Verify's progress as log lines, shared by the CLI (stderr) and the Action (the step log).
 * Events that need no line return none.
 */
import { formatLocation } from '../errors.js';
import type { VerifyEvent } from '../verify/verify-migrations.js';
import { formatDuration } from './verify-view.js';

export function describeVerifyEvent(event: VerifyEvent): string[] {
  switch (event.type) {
    case 'plan':
      if (event.timelines.length === 0) return ['no migration to verify'];
      return event.timelines.map(
        (timeline) =>
          `${timeline.timeline}: ${timeline.underTest} migration(s) to verify${timeline.setup ? `, ${timeline.setup} older to apply first` : ''}`,
      );
    case 'provider-starting':
      return [`${event.detail}...`];
    case 'provider-chosen':
      return [`ephemeral databases: ${event.provider}${event.reason === 'asked for' ? '' : ` (${event.reason})`}`];
    case 'database-created':
      return [`created database ${event.database}`];
    case 'database-dropped':
      return [`dropped database ${event.database}`];
    case 'migration-done': {
      const { result } = event;
      const lines = [`${event.timeline}: ${result.name} ${result.status} (${formatDuration(result.durationMs)})`];
      for (const finding of result.findings.filter((f) => f.severity !== 'info')) {
        const where = finding.file ? `${formatLocation({ file: finding.file, line: finding.line, column: finding.column })}: ` : '';
        lines.push(`  ${where}${finding.severity}: ${finding.message}`);
      }
      return lines;
    }
    default:
      return [];
  }
}
