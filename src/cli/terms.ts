/** The CLI's words for an option: its flag (`--lock-timeout`, `--ephemeral docker`). */
import type { Terms } from '../messages.js';
import { OPTIONS } from '../options/catalogue.js';
import type { OptionSpec } from '../options/option-spec.js';

export const CLI_TERMS: Terms = {
  option(key, value) {
    const spec = (OPTIONS as Record<string, OptionSpec>)[key];
    const name = spec?.flag ? `--${spec.flag}` : key;
    // A boolean set to a value is the flag itself or its --no- form (--no-register), as typed.
    if (spec?.flag && spec.kind === 'boolean' && (value === 'true' || value === 'false')) {
      return value === 'true' ? name : `--no-${spec.flag}`;
    }
    return value === undefined ? name : `${name} ${/\s/.test(value) ? JSON.stringify(value) : value}`;
  },
};
