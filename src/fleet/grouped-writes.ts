/**
 * Group commit for the run record: writes asked for while one is on its way go together in the
 * next, so a fleet of 10,000 targets costs a few hundred round trips (and commits) on the master
 * instead of two per target, and no caller waits longer than one write behind the current one.
 * Items keep their order: a batch holds them as they were asked for.
 */
export class GroupedWrites<Item> {
  private pending: Array<{ item: Item; written: () => void }> = [];
  /** The loop writing batches, while there are any. */
  private flushing: Promise<void> | undefined;

  constructor(
    /** Writes one batch; a failure is the caller's to note (every item of the batch is then settled). */
    private readonly writeBatch: (items: Item[]) => Promise<void>,
    private readonly maxBatch = 500,
  ) {}

  /** Resolves once the item's batch was written (or failed). */
  add(item: Item): Promise<void> {
    return new Promise((written) => {
      this.pending.push({ item, written });
      this.flushing ??= this.flush();
    });
  }

  /** Resolves once everything asked for so far was written (before the run's part is closed). */
  async drain(): Promise<void> {
    while (this.flushing) await this.flushing;
  }

  private async flush(): Promise<void> {
    try {
      while (this.pending.length > 0) {
        const batch = this.pending.splice(0, this.maxBatch);
        try {
          await this.writeBatch(batch.map((entry) => entry.item));
        } catch {
          // writeBatch reports its own failures; the items are settled either way.
        }
        for (const entry of batch) entry.written();
      }
    } finally {
      this.flushing = undefined;
    }
  }
}
