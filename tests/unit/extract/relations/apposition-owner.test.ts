// An owner-less role followed by the name in commas ("Its chief executive, Jane Roe, said") gets its
// owner like "Its chief executive Jane Roe" does; a name that runs on into a list does not.

import { extract } from '../../../../src/extract/extract.js';
import type { Lang } from '../../../../src/types.js';

function relations(text: string, lang: Lang): string[] {
  const ex = extract({ id: 't', source: 't.txt', lang, text });
  const name = new Map(ex.entities.map((e) => [e.id, e.name]));
  return ex.relations.map((r) => `${name.get(r.source)} ${r.type} ${name.get(r.target)}`);
}

test.each([
  ['en', 'Airbus raised its forecast on Monday. Its chief executive, Guillaume Faury, said demand was strong.', 'Guillaume Faury LEADER_OF Airbus'],
  ['de', 'Die Deutsche Bank meldete Gewinne. Deren Chef, Christian Sewing, sagte, man sei zufrieden.', 'Christian Sewing LEADER_OF Deutsche Bank'],
] as const)('%s: role, comma, name, comma', (lang, text, expected) => {
  expect(relations(text, lang)).toContain(expected);
});

test('a name that runs on into a list is not taken as the apposition', () => {
  const text = 'Airbus raised its forecast on Monday. Its chief executive, Guillaume Faury and two analysts said demand was strong.';
  expect(relations(text, 'en').filter((r) => r.startsWith('Guillaume Faury'))).toEqual([]);
});
