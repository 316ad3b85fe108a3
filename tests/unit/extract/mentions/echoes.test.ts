// A name found once from its context is found at its other occurrences too.

import { extract } from '../../../../src/extract/extract.js';

function mentions(text: string, name: string): string[] {
  return extract({ id: 't', source: 't.txt', lang: 'en', text }).entities.find((e) => e.name === name)?.mentions.map((m) => m.text) ?? [];
}

test('a company introduced by its context is found again later, over a weaker place guess', () => {
  const text = 'Norwegian telecoms group Vandrell agreed to buy a rival on Monday. Shares in Vandrell rose 4 percent in Oslo.';
  const found = mentions(text, 'Vandrell');
  expect(found).toEqual(['Vandrell', 'Vandrell']);
});

test('only the same capitalised words, never inside another name, and not a lone common word', () => {
  const text = 'Norwegian telecoms group Vandrell agreed to buy a rival on Monday. The vandrell logo and Vandrell Bank AG stayed apart.';
  const ex = extract({ id: 't', source: 't.txt', lang: 'en', text });
  const v = ex.entities.find((e) => e.name === 'Vandrell');
  expect(v?.mentions.map((m) => m.start)).toEqual([text.indexOf('Vandrell')]);
});

test('movements and alliances are organisations by their head word', () => {
  expect(mentions('The Homeland Movement won 14 seats. The Homeland Movement will join the government.', 'Homeland Movement')).toHaveLength(2);
  const de = extract({ id: 't', source: 't.txt', lang: 'de', text: 'Die Nationale Bewegung gewann die Wahl deutlich.' });
  expect(de.entities.map((e) => `${e.name}:${e.type}`)).toContain('Nationale Bewegung:Organization');
});
