/**
 * Functions a column DEFAULT may call without rewriting the table: PostgreSQL (11+) evaluates a
 * non-volatile default once and stores the value, so only volatile functions force a rewrite.
 * This is an allowlist of built-ins marked IMMUTABLE or STABLE in pg_proc that people put in
 * defaults; any other function (a user's own, an extension's, a misspelling) is treated as
 * possibly volatile, because lint cannot see its definition. `arity` lists the argument counts
 * that resolve to the safe built-in (`now(123)` is no built-in at all).
 */
type Arity = readonly number[] | 'any';

const SAFE: Record<string, Arity> = {
  // Time: STABLE within a transaction.
  now: [0],
  transaction_timestamp: [0],
  statement_timestamp: [0],
  current_date: [0],
  date_trunc: [2, 3],
  date_part: [2],
  extract: [2],
  make_date: [3],
  make_time: [3],
  make_timestamp: [6],
  make_timestamptz: [6, 7],
  make_interval: 'any',
  to_timestamp: [1, 2],
  to_date: [2],
  to_char: [2],
  timezone: [2],
  age: [1, 2],
  justify_interval: [1],
  justify_days: [1],
  justify_hours: [1],
  // Text.
  lower: [1],
  upper: [1],
  initcap: [1],
  concat: 'any',
  concat_ws: 'any',
  length: [1, 2],
  char_length: [1],
  substr: [2, 3],
  substring: [2, 3],
  trim: [1, 2],
  btrim: [1, 2],
  ltrim: [1, 2],
  rtrim: [1, 2],
  lpad: [2, 3],
  rpad: [2, 3],
  replace: [3],
  repeat: [2],
  left: [2],
  right: [2],
  format: 'any',
  md5: [1],
  encode: [2],
  decode: [2],
  chr: [1],
  split_part: [3],
  translate: [3],
  reverse: [1],
  quote_ident: [1],
  quote_literal: [1],
  to_hex: [1],
  // JSON.
  to_json: [1],
  to_jsonb: [1],
  json_build_object: 'any',
  jsonb_build_object: 'any',
  json_build_array: 'any',
  jsonb_build_array: 'any',
  json_object: [1, 2],
  jsonb_object: [1, 2],
  array_to_json: [1, 2],
  row_to_json: [1, 2],
  jsonb_set: [3, 4],
  // Arrays.
  array_fill: [2, 3],
  string_to_array: [2, 3],
  array_to_string: [2, 3],
  array_append: [2],
  array_prepend: [2],
  array_cat: [2],
  cardinality: [1],
  array_length: [2],
  // Numbers.
  abs: [1],
  round: [1, 2],
  floor: [1],
  ceil: [1],
  ceiling: [1],
  trunc: [1, 2],
  power: [2],
  sqrt: [1],
  mod: [2],
  sign: [1],
  pi: [0],
  to_number: [2],
  // Casts written as calls, and constructors.
  int2: [1],
  int4: [1],
  int8: [1],
  float4: [1],
  float8: [1],
  numeric: [1, 2],
  text: [1],
  bool: [1],
  date: [1],
  interval: [1],
  inet: [1],
  cidr: [1],
  point: [1, 2],
  daterange: [2, 3],
  tstzrange: [2, 3],
  tsrange: [2, 3],
  int4range: [2, 3],
  int8range: [2, 3],
  numrange: [2, 3],
  // Session values (STABLE).
  current_setting: [1, 2],
  current_schema: [0],
  current_database: [0],
  uuid_nil: [0],
};

/** Built-ins known to be VOLATILE, named as such in messages. */
export const VOLATILE_FUNCTIONS = new Set([
  'random',
  'random_normal',
  'gen_random_uuid',
  'uuidv4',
  'uuidv7',
  'uuid_generate_v1',
  'uuid_generate_v1mc',
  'uuid_generate_v4',
  'gen_random_bytes',
  'clock_timestamp',
  'timeofday',
  'nextval',
  'setval',
  'txid_current',
]);

type Json = Record<string, unknown>;

export interface UnsafeCall {
  name: string;
  /** `volatile`: a known volatile built-in; `unknown`: not on the allowlist (or not with this many arguments). */
  kind: 'volatile' | 'unknown';
}

/** The first function call in an expression that is not known to be safe in a default. */
export function firstUnsafeCall(expression: unknown): UnsafeCall | undefined {
  if (Array.isArray(expression)) {
    for (const item of expression) {
      const found = firstUnsafeCall(item);
      if (found) return found;
    }
    return undefined;
  }
  if (!expression || typeof expression !== 'object') return undefined;
  for (const key in expression) {
    const value = (expression as Json)[key];
    if (!value || typeof value !== 'object') continue;
    if (key === 'FuncCall') {
      const call = value as Json;
      const names = ((call.funcname as Array<{ String?: { sval?: string } }> | undefined) ?? []).map((part) => part.String?.sval ?? '');
      const name = (names[names.length - 1] ?? '').toLowerCase();
      const schema = names.length > 1 ? names[0].toLowerCase() : 'pg_catalog';
      if (VOLATILE_FUNCTIONS.has(name)) return { name, kind: 'volatile' };
      const arity = SAFE[name];
      const argumentCount = ((call.args as unknown[] | undefined) ?? []).length;
      const known = schema === 'pg_catalog' && arity !== undefined && (arity === 'any' || arity.includes(argumentCount));
      if (!known) return { name: names.join('.'), kind: 'unknown' };
    }
    const inner = firstUnsafeCall(value);
    if (inner) return inner;
  }
  return undefined;
}
