// The short-list sorts of code-order.ts must give exactly what Array.prototype.sort gives by UTF-16
// code units (the default sort for strings), stable, for short and long lists alike.

import { sortStrings } from '../../../src/extract/code-order.js';

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
