// The short-list sorts of code-order.ts must give exactly what Array.prototype.sort gives by UTF-16
// code units (the default sort for strings, `<` for ids), stable, for short and long lists alike.

import { sortById, sortStrings } from '../../../src/extract/code-order.js';

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A deterministic pseudo-random list of strings from a small alphabet (many shared prefixes and duplicates). */
function strings(count: number, seed: number): string[] {
  const alphabet = ['a', 'b', 'B', '-', ':', '>', '0', '9', 'ä', 'z', '_', ' '];
  let x = seed;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let s = '';
    x = (x * 1103515245 + 12345) % 2147483648;
    const length = x % 6;
    for (let k = 0; k < length; k++) {
      x = (x * 1103515245 + 12345) % 2147483648;
      s += alphabet[x % alphabet.length];
    }
    out.push(s);
  }
  return out;
}

const CASES: Array<[string, string[]]> = [
  ['empty', []],
  ['one', ['x']],
  ['sorted', ['a', 'b', 'c']],
  ['reversed', ['c', 'b', 'a']],
  ['prefixes', ['person:john-2', 'person:john', 'person:john-b', 'person:jo']],
  ['case and accents', ['b', 'B', 'ä', 'a', 'Z']],
  ['duplicates', ['b', 'a', 'b', 'a']],
  ...[3, 10, 40, 64, 65, 200].map((n): [string, string[]] => [`random ${n}`, strings(n, n)]),
];

describe('sortStrings', () => {
  it.each(CASES)('orders %s by code units', (_name, list) => {
    const expected = [...list].sort();
    const actual = sortStrings([...list]);
    expect(actual).toEqual(expected);
  });

  it('sorts in place and returns the list', () => {
    const list = ['b', 'a'];
    expect(sortStrings(list)).toBe(list);
    expect(list).toEqual(['a', 'b']);
  });

  it('does not order by locale: "B" before "a", "z" before "ä"', () => {
    expect(sortStrings(['a', 'B', 'ä', 'z'])).toEqual(['B', 'a', 'z', 'ä']);
    expect(sortStrings(['a', 'B', 'ä', 'z'])).not.toEqual(['a', 'ä', 'B', 'z']);
  });
});

describe('sortById', () => {
  it.each(CASES)('orders records (%s) by id, stable', (_name, list) => {
    const records = list.map((id, i) => ({ id, i }));
    const expected = [...records].sort((a, b) => byCodeUnits(a.id, b.id));
    expect(sortById([...records])).toEqual(expected);
  });

  it('keeps equal ids in their order', () => {
    const records = [{ id: 'b', i: 0 }, { id: 'a', i: 1 }, { id: 'b', i: 2 }, { id: 'a', i: 3 }];
    expect(sortById(records).map((r) => r.i)).toEqual([1, 3, 0, 2]);
  });
});
