/** The Action's words for an option: its input (`the lock-timeout input`, `ephemeral: docker`). */
import type { Terms } from '../messages.js';
import { OPTIONS } from '../options/catalogue.js';
import type { OptionSpec } from '../options/option-spec.js';

export const ACTION_TERMS: Terms = {
  option(key, value) {
    const spec = (OPTIONS as Record<string, OptionSpec>)[key];
    // An option without an input cannot be set in the Action: say what it is called in the library.
    const input = spec?.input || undefined;
    if (value !== undefined) return `${input ?? key}: ${value}`;
    return input ? `the ${input} input` : `the ${key} setting (not an input of the Action)`;
  },
};
