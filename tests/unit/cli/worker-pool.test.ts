// The worker pool hands out files in batches: never empty, never above the cap, and smaller towards
// the end of the queue so that the workers finish together. (That `--workers N` gives the same
// bytes as one thread is tested end to end in extract.test.ts.)

import { batchSize } from '../../../src/cli/worker-pool.js';

describe('worker pool batches', () => {
  it.each([
    [10_000, 2, 32],
    [256, 2, 32],
    [200, 2, 25],
    [64, 2, 8],
    [40, 2, 5],
    [9, 2, 1],
    [1, 2, 1],
    [1, 1, 1],
    [100, 16, 1],
  ])('%i files left, %i workers: batches of %i', (remaining, workers, size) => {
    expect(batchSize(remaining, workers)).toBe(size);
  });

  it('hands out every file exactly once', () => {
    for (const [total, workers] of [[1, 1], [7, 2], [1000, 2], [333, 3]] as const) {
      let next = 0;
      let batches = 0;
      while (next < total) {
        const size = batchSize(total - next, workers);
        expect(size).toBeGreaterThanOrEqual(1);
        next = Math.min(total, next + size);
        batches += 1;
      }
      expect(next).toBe(total);
      expect(batches).toBeLessThanOrEqual(total);
    }
  });
});
