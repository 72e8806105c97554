/**
 * Text generated from the option catalogue and the error codes: action.yml's inputs, and the
 * README's option reference, Action input table and list of error codes.
 * scripts/generate-docs.ts writes it; test/options/catalogue.test.ts fails when a file is stale.
 */
import { ERROR_CODES } from '../error-codes.js';
import {
  actionCommandsOf,
  actionInputs,
  actionYmlDefault,
  actionYmlDescription,
  catalogueEntries,
  defaultFor,
  OPTIONS,
  type OptionKey,
  POSITIONALS,
  type PositionalCommand,
  usageOf,
} from './catalogue.js';
import { ACTION_COMMANDS, type CliCommandName, type OptionSpec } from './option-spec.js';

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

const ALL_ACTION_COMMANDS = ACTION_COMMANDS.length;

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** The README's table of Action inputs. */
export function renderActionInputsTable(): string {
  const rows = actionInputs().map(([, spec]) => {
    const commands = actionCommandsOf(spec);
    const fallback = actionYmlDefault(spec);
    const perCommand = commands.map((command) => defaultFor(spec, command)).filter((value) => value !== undefined);
    const shownDefault =
      fallback !== undefined
        ? `\`${fallback}\``
        : perCommand.length > 0
          ? commands.map((command) => `${command} \`${defaultFor(spec, command)}\``).join(', ')
          : '';
    const usedBy = commands.length === ALL_ACTION_COMMANDS ? 'all' : commands.join(', ');
    return `| \`${spec.input}\` | ${shownDefault} | ${usedBy} | ${cell(actionYmlDescription(spec))} |`;
  });
  return ['| input | default | used by | meaning |', '|---|---|---|---|', ...rows].join('\n');
}

/** The README's reference of every CLI option: which commands take it, its default, what it does. */
export function renderCliOptionsTable(): string {
  const rows = catalogueEntries()
    .filter(([, spec]) => spec.flag !== false)
    .map(([key, spec]) => {
      const commands = spec.commands.filter((command) => !(ACTION_ONLY as readonly string[]).includes(command));
      const usedBy = spec.global ? 'every command' : commands.join(', ');
      const defaults = [...new Set(commands.map((command) => defaultFor(spec, command as CliCommandName)))].filter(
        (value) => value !== undefined,
      );
      const shownDefault =
        defaults.length === 1
          ? `\`${String(defaults[0])}\``
          : commands
              .filter((command) => defaultFor(spec, command as CliCommandName) !== undefined)
              .map((command) => `${command} \`${defaultFor(spec, command as CliCommandName)}\``)
              .join(', ');
      const choices = spec.choices ? ` (${spec.choices.join(', ')})` : '';
      const notWith = conflictNote(key);
      return `| \`--${spec.flag}\` | ${usedBy} | ${shownDefault} | ${cell(spec.help)}${choices && !spec.help.includes(spec.choices?.[0] ?? '') ? cell(choices) : ''}${notWith} | ${spec.input ? `\`${spec.input}\`` : ''} |`;
    });
  return ['| flag | commands | default | meaning | Action input |', '|---|---|---|---|---|', ...rows].join('\n');
}

/**
 * The flags an option cannot be given with, whichever of the two declares the conflict; prefixed
 * with the commands where it holds when the option has others too (`--to`: rollback only).
 */
function conflictNote(key: OptionKey): string {
  const spec = OPTIONS[key] as OptionSpec;
  const own = spec.conflicts ?? [];
  const others = catalogueEntries()
    .filter(([, other]) => other.conflicts?.includes(key))
    .map(([other]) => other);
  const notes = [...new Set([...own, ...others])].map((other) => {
    const otherSpec = (OPTIONS as Record<string, OptionSpec>)[other];
    const shared = spec.commands.filter((command) => otherSpec?.commands.includes(command));
    const where = shared.length < spec.commands.length ? `${shared.join(', ')}: ` : '';
    return `${where}not with \`--${otherSpec?.flag}\``;
  });
  return notes.length > 0 ? ` (${notes.join('; ')})` : '';
}

/** The README's table of the commands' positional arguments, from POSITIONALS. */
export function renderPositionalsTable(): string {
  const rows = Object.entries(POSITIONALS).flatMap(([command, positionals]) =>
    (positionals ?? []).map((positional) => {
      const usage = `tenant-migrate ${command
        .split(' ')
        .slice(0, -1)
        .concat(usageOf(command as PositionalCommand))
        .join(' ')}`;
      const choices = positional.choices && !positional.help.includes(positional.choices[0]) ? ` (${positional.choices.join(', ')})` : '';
      return `| \`${usage}\` | \`${positional.name}\` | ${positional.required ? 'yes' : 'no'} | ${cell(positional.help)}${cell(choices)} |`;
    }),
  );
  return ['| command | argument | required | meaning |', '|---|---|---|---|', ...rows].join('\n');
}

/** Action commands that are no CLI command (status and rollback are both). */
const ACTION_ONLY = ['check', 'deploy', 'report'] as const;

/** The README's list of every error code, from src/error-codes.ts. */
export function renderErrorCodesTable(): string {
  const rows = (Object.entries(ERROR_CODES) as Array<[string, { exit: string; means: string }]>).map(
    ([code, info]) => `| \`${code}\` | ${info.exit === 'usage' ? '2' : '1'} | ${cell(info.means)} |`,
  );
  return ['| code | exit | what it means, what to do |', '|---|---|---|', ...rows].join('\n');
}

const BLOCKS: Record<string, () => string> = {
  'cli-options': renderCliOptionsTable,
  'cli-arguments': renderPositionalsTable,
  'action-inputs': renderActionInputsTable,
  'error-codes': renderErrorCodesTable,
};

/** The README with each generated block (between `<!-- generated:NAME -->` and `<!-- /generated:NAME -->`) rewritten. */
export function withGeneratedBlocks(readme: string): string {
  let text = readme;
  for (const [name, render] of Object.entries(BLOCKS)) {
    const start = `<!-- generated:${name} (npm run docs; edit src/options/catalogue.ts or src/error-codes.ts) -->`;
    const end = `<!-- /generated:${name} -->`;
    const from = text.indexOf(start);
    const to = text.indexOf(end);
    if (from < 0 || to < from) throw new Error(`README.md: the generated block ${name} is missing`);
    text = `${text.slice(0, from + start.length)}\n${render()}\n${text.slice(to)}`;
  }
  return text;
}
