/**
 * Messages as data. A sentence that names an option is written once, with the option as a
 * placeholder, and each face words it its own way: the CLI says `--lock-timeout`, the Action says
 * `the lock-timeout input`, the library says `the lockTimeout option`. The core never writes a CLI
 * flag into prose.
 *
 * HOW TO WRITE ONE (an error message or a hint):
 *
 *   throw new TenantMigrateError('LOCK_TIMEOUT', 'the table is busy', {
 *     hint: text('lock-timeout.raise', 'run again later, or raise {option}', { option: 'lockTimeout' }),
 *   });
 *
 * - The id (`lock-timeout.raise`) is stable: scripts may match it in --json output.
 * - `{option}` is the message's option; `{option:key}` names another one; `{option:key=value}`
 *   an option with its value (`--ephemeral docker`, `ephemeral: docker`); `{name}` is a value.
 * - Keys are the option catalogue's (src/options/catalogue.ts).
 */
import type { OptionKey } from './options/catalogue.js';

export interface Text {
  /** Stable id, e.g. `option.invalid` or `lock-timeout.raise`. */
  id: string;
  /** The sentence, with `{option}`, `{option:key}`, `{option:key=value}` and `{name}` placeholders. */
  template: string;
  values?: Record<string, string | number>;
  /** The option the sentence is about (the Action's annotations and --json carry it). */
  option?: OptionKey;
}

/** How a face names an option, with or without a value. */
export interface Terms {
  option(key: OptionKey, value?: string): string;
}

/** The library's words: its option names, as callers pass them. */
export const LIBRARY_TERMS: Terms = {
  option: (key, value) => (value === undefined ? `the ${key} option` : `${key}: ${JSON.stringify(value)}`),
};

export function text(id: string, template: string, data: { option?: OptionKey; values?: Record<string, string | number> } = {}): Text {
  return { id, template, ...(data.values ? { values: data.values } : {}), ...(data.option ? { option: data.option } : {}) };
}

export function renderText(message: Text | string, terms: Terms = LIBRARY_TERMS): string {
  if (typeof message === 'string') return message;
  return message.template.replace(
    /\{(option(?::([A-Za-z]+)(?:=([^}]*))?)?|[A-Za-z]+)\}/g,
    (whole, name: string, key?: string, value?: string) => {
      if (name.startsWith('option') && (name === 'option' || key)) {
        const option = (key ?? message.option) as OptionKey | undefined;
        return option ? terms.option(option, value) : whole;
      }
      const shown = message.values?.[name];
      return shown === undefined ? whole : String(shown);
    },
  );
}

/** The same text with its values passed through `map` (e.g. to scrub passwords). */
export function mapTextValues(message: Text, map: (value: string) => string): Text {
  if (!message.values) return message;
  return {
    ...message,
    values: Object.fromEntries(
      Object.entries(message.values).map(([name, value]) => [name, typeof value === 'string' ? map(value) : value]),
    ),
  };
}

/** The fields of a report's error (TargetError) for a hint given as data. */
export function hintFields(hint: Text): { hint: string; hintText: Text } {
  return { hint: renderText(hint), hintText: hint };
}

/** The fields of a report's error (TargetError) for a message given as data. */
export function messageFields(message: Text): { message: string; messageText: Text } {
  return { message: renderText(message), messageText: message };
}

/** `{option} is "x"; expected ...`: an option value the library cannot take. */
export function invalidOption(option: OptionKey, value: unknown, takes: string): Text {
  return text('option.invalid', '{option} is {value}; expected {takes}', {
    option,
    values: { value: typeof value === 'string' ? JSON.stringify(value) : String(value), takes },
  });
}
