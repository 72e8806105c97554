import type { TargetError } from './types.js';

/** A target's failure already described for the report (which migration, file:line, what stayed applied). */
export class TargetFailure extends Error {
  constructor(readonly failure: TargetError) {
    super(failure.message);
    this.name = 'TargetFailure';
  }
}
