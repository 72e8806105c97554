/**
 * Error codes that mean the command was called wrongly: exit 2. The list is the `exit: 'usage'`
 * entries of src/error-codes.ts, the one table of codes.
 */
export { USAGE_ERROR_CODES } from '../error-codes.js';
