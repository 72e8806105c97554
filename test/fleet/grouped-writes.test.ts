import { describe, expect, it } from 'vitest';
import { GroupedWrites } from '../../src/fleet/grouped-writes.js';

describe('grouped writes (the run record)', () => {
  it('writes what arrives during a write in one next batch, in order, and drain waits for all of it', async () => {
    const batches: number[][] = [];
    let release: () => void = () => {};
    const writes = new GroupedWrites<number>(async (items) => {
      batches.push(items);
      if (batches.length === 1) await new Promise<void>((resolve) => (release = resolve));
    });
    const first = writes.add(1);
    const later = [2, 3, 4].map((item) => writes.add(item));
    expect(batches).toEqual([[1]]);
    release();
    await first;
    await Promise.all(later);
    expect(batches).toEqual([[1], [2, 3, 4]]);
    void writes.add(5);
    await writes.drain();
    expect(batches).toEqual([[1], [2, 3, 4], [5]]);
  });

  it('a failed batch settles its items and the next batch is still written', async () => {
    const written: number[][] = [];
    const writes = new GroupedWrites<number>(async (items) => {
      if (items.includes(1)) throw new Error('master went away');
      written.push(items);
    });
    await Promise.all([writes.add(1), writes.add(2)]);
    await writes.add(3);
    expect(written).toEqual([[2], [3]]);
  });

  it('keeps batches within the size given', async () => {
    const sizes: number[] = [];
    const writes = new GroupedWrites<number>(async (items) => {
      sizes.push(items.length);
    }, 2);
    await Promise.all([1, 2, 3, 4, 5].map((item) => writes.add(item)));
    expect(sizes).toEqual([1, 2, 2]);
  });
});
