// The bulk loader's schedule: every pair of buckets (and every bucket with itself) is written
// exactly once, and the blocks that run at the same time never share a bucket (so concurrent
// transactions never lock the same node).

import { bucketOf, pairRounds } from '../../../../src/store/neo4j/bulk.js';

describe.each([2, 4, 6, 8])('pairRounds(%i)', (k) => {
  const rounds = pairRounds(k);

  test('covers every unordered pair i <= j exactly once', () => {
    const seen = rounds.flat().map(([a, b]) => `${a},${b}`);
    const expected: string[] = [];
    for (let a = 0; a < k; a++) for (let b = a; b < k; b++) expected.push(`${a},${b}`);
    expect([...seen].sort()).toEqual(expected.sort());
  });

  test('no bucket appears twice within a round, and pairs are ordered', () => {
    for (const round of rounds) {
      const buckets = round.flatMap(([a, b]) => (a === b ? [a] : [a, b]));
      expect(new Set(buckets).size).toBe(buckets.length);
      for (const [a, b] of round) expect(a).toBeLessThanOrEqual(b);
    }
  });

  test('every round keeps k/2 writers busy', () => {
    for (const round of rounds) expect(round).toHaveLength(k / 2);
  });
});

test('bucketOf is stable, in range and spreads ids', () => {
  const counts = [0, 0, 0, 0];
  for (let i = 0; i < 4000; i++) {
    const b = bucketOf(`person:someone-${i}`, 4);
    expect(b).toBe(bucketOf(`person:someone-${i}`, 4));
    counts[b] = (counts[b] as number) + 1;
  }
  for (const c of counts) expect(c).toBeGreaterThan(800);
  expect(bucketOf('', 3)).toBeGreaterThanOrEqual(0);
});
