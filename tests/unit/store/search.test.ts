// Search ranking on a hand-built snapshot: exact names first, then whole words, then prefixes,
// then word prefixes and inner matches; more mentions first within a rank; accents and case folded.

import { buildSnapshot, foldForSearch } from '../../../src/store/file/snapshot.js';
import type { StoredDocument } from '../../../src/store/file/snapshot.js';
import { searchEntities, withinOneEdit } from '../../../src/store/file/queries.js';
import type { Entity, EntityType } from '../../../src/types.js';

function entity(name: string, type: EntityType, mentions: number, aliases: string[] = []): Entity {
  const id = `${type.toLowerCase()}:${foldForSearch(name).replace(/ /g, '-')}`;
  const spans = Array.from({ length: mentions }, (_, i) => ({ doc: 'd1', start: i, end: i + 1, text: 'x' }));
  return { id, name, type, aliases, mentions: spans };
}

const stored: StoredDocument = {
  file: { id: 'd1', path: '/dev/null', mtimeMs: 0 },
  document: { id: 'd1', source: 's', lang: 'en', text: 'x'.repeat(50) },
  extraction: {
    documents: [{ id: 'd1', source: 's', lang: 'en', text: 'x'.repeat(50) }],
    entities: [
      entity('Minsk', 'City', 1),
      entity('Minsk Tractor Works', 'Organization', 9),
      entity('Greater Minsk', 'Region', 5),
      entity('Minskaya Oblast', 'Region', 3),
      entity('Aminskiy', 'Person', 7),
      entity('Łukasz Żółć', 'Person', 1, ['Lukas Zolc']),
      entity('São Paulo', 'City', 2, ['Sao Paulo']),
    ],
    relations: [],
    warnings: [],
  },
};
const snap = buildSnapshot([stored]);
const names = (q: string, limit?: number): string[] => searchEntities(snap, q, limit).map((e) => e.name);

test.each<[string, string[]]>([
  // exact, then whole word (more mentions first), then prefix, then inner match
  ['minsk', ['Minsk', 'Minsk Tractor Works', 'Greater Minsk', 'Minskaya Oblast', 'Aminskiy']],
  ['MINSK', ['Minsk', 'Minsk Tractor Works', 'Greater Minsk', 'Minskaya Oblast', 'Aminskiy']],
  ['tractor works', ['Minsk Tractor Works']],
  ['sao paulo', ['São Paulo']],
  ['SÃO', ['São Paulo']],
  ['żółć', ['Łukasz Żółć']],
  ['zolc', ['Łukasz Żółć']],
  ['mi', ['Minsk Tractor Works', 'Minskaya Oblast', 'Minsk', 'Greater Minsk']],
  ['minks', ['Minsk Tractor Works', 'Greater Minsk', 'Minsk']],
  ['greater minks', ['Greater Minsk']],
  ['tractr minsk', ['Minsk Tractor Works']],
  ['xyz', []],
  ['mimsk oblast', []],
  ['', []],
])('search %j', (q, expected) => {
  expect(names(q)).toEqual(expected);
});

test.each<[string, string, boolean]>([
  ['lukashenko', 'lukaschenko', true],
  ['lukashenko', 'lukashenka', true],
  ['minsk', 'minsk', true],
  ['minsk', 'mink', true],
  ['abc', 'abcd', true],
  ['abcd', 'abdc', true],
  ['abcd', 'badc', false],
  ['abcde', 'abced', true],
  ['minsk', 'pinsky', false],
  ['', 'a', true],
  ['ab', 'ba', true],
  ['abc', 'cba', false],
])('withinOneEdit(%j, %j) is %j', (a, b, expected) => {
  expect([withinOneEdit(a, b), withinOneEdit(b, a)]).toEqual([expected, expected]);
});

test('limit cuts the ranked list; a limit of 0 gives nothing', () => {
  expect(names('minsk', 2)).toEqual(['Minsk', 'Minsk Tractor Works']);
  expect(names('minsk', 0)).toEqual([]);
});

test.each([
  ['Lukaschenko', 'lukaschenko'],
  ['Zürich', 'zurich'],
  ['Straße', 'strasse'],
  ['  Slavianski-Bazaar ', 'slavianski bazaar'],
])('foldForSearch(%j) = %j', (input, folded) => {
  expect(foldForSearch(input)).toBe(folded);
});
