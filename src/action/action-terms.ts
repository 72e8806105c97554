/**
 * Error messages and hints are written for the CLI ("pass it with --dir"). In the Action the
 * same settings are inputs: say `migrations-dir`, not a flag the user cannot pass.
 */
const FLAG_TO_INPUT: Array<[RegExp, string]> = [
  [/--ephemeral docker\b/g, 'ephemeral: docker'],
  [/--ephemeral embedded\b/g, 'ephemeral: embedded'],
  [/--ephemeral-url\b/g, 'the ephemeral-url input'],
  [/--dir\b/g, 'the migrations-dir input'],
  [/--master-url\b/g, 'the master-db-url input'],
  [/--tenants-query\b/g, 'the tenants-query input'],
  [/--postgres-image\b/g, 'the postgres-image input'],
  [/--schema-file\b/g, 'the schema-file input'],
  [/--base\b/g, 'the base-ref input'],
  [/--(concurrency|shard|target|to|steps)\b/g, 'the $1 input'],
];

export function inActionTerms(text: string): string {
  return FLAG_TO_INPUT.reduce((result, [flag, input]) => result.replace(flag, input), text);
}
