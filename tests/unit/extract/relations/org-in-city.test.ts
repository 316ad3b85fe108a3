// "the IMF in Washington", "die Internationale Energieagentur (IEA) in Paris": an organisation named
// with its city sits there; the city of an event ("fand in Wien statt") or a place name is no seat.

import { extract } from '../../../../src/extract/extract.js';
import type { Lang } from '../../../../src/types.js';

function located(text: string, lang: Lang): string[] {
  const ex = extract({ id: 't', source: 't.txt', lang, text });
  const name = new Map(ex.entities.map((e) => [e.id, e.name]));
  return ex.relations.filter((r) => r.type === 'LOCATED_IN').map((r) => `${name.get(r.source)} -> ${name.get(r.target)}`);
}

test.each([
  ['de', 'Die Internationale Energieagentur (IEA) in Paris hatte ihre Prognose gesenkt.', 'IEA -> Paris'],
  ['en', 'The report will be presented to the UN General Assembly in New York in September.', 'UN General Assembly -> New York'],
] as const)('%s: %s', (lang, text, expected) => {
  expect(located(text, lang)).toContain(expected);
});

test('no seat without the article before the organisation', () => {
  expect(located('Siemens in Moskau kündigte Stellen.', 'de').filter((r) => r.startsWith('Siemens'))).toEqual([]);
  expect(located('Talks between Siemens in Moscow and its partners failed.', 'en').filter((r) => r.startsWith('Siemens'))).toEqual([]);
});
