import type { Rule } from '../types.js';

export const envsubUnset: Rule = {
  id: 'envsub-unset',
  severity: 'warning',
  description: 'A goose ENVSUB section uses a ${VAR} that is not set where lint runs, so that SQL could not be checked.',
  docs: {
    kind: 'file',
    rationale:
      'With "-- +goose ENVSUB ON" the SQL is only complete once variables are substituted. Lint substitutes from its own environment; a variable it lacks leaves that part unchecked, and a deploy that lacks it fails.',
    flagged: `-- +goose Up
-- +goose ENVSUB ON
GRANT SELECT ON ALL TABLES IN SCHEMA public TO \${READONLY_ROLE};

-- +goose Down
REVOKE SELECT ON ALL TABLES IN SCHEMA public FROM \${READONLY_ROLE};`,
    fixed: `-- +goose Up
-- +goose ENVSUB ON
GRANT SELECT ON ALL TABLES IN SCHEMA public TO \${READONLY_ROLE:-readonly};

-- +goose Down
REVOKE SELECT ON ALL TABLES IN SCHEMA public FROM \${READONLY_ROLE:-readonly};`,
  },
  problemCodes: ['ENVSUB_UNSET'],
};
