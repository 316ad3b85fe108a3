// A state's office ("Prime Minister X" in a text datelined from the country's capital) takes the
// dateline's country even when the person also leads a party; an office whose owner the phrase names
// ("New Development Bank President X", a long name right before the role) takes no country.

import { extract } from '../../../../src/extract/extract.js';
import type { Lang } from '../../../../src/types.js';

function relations(text: string, lang: Lang): string[] {
  const ex = extract({ id: 't', source: 't.txt', lang, text });
  const name = new Map(ex.entities.map((e) => [e.id, e.name]));
  return ex.relations.map((r) => `${r.type} ${name.get(r.source)} -> ${name.get(r.target)}`);
}

test('a prime minister who also leads his party holds the office of the dateline country', () => {
  const r = relations(
    "ZAGREB, April 18 (Reuters) - Croatia's ruling HDZ won the most seats, leaving Prime Minister Andrej Plenkovic to look for a partner. " +
      '"We have a clear mandate," said Plenkovic, who has led the HDZ since 2016. Croatia joined the EU in 2013.',
    'en',
  );
  expect(r).toContain('LEADER_OF Andrej Plenkovic -> Croatia');
  expect(r).toContain('LEADER_OF Andrej Plenkovic -> HDZ');
});

test('an office whose owner the phrase names takes no country from the dateline', () => {
  const r = relations(
    'KAZAN, October 23 (TASS). Russian President Vladimir Putin opened the BRICS summit in Kazan. New Development Bank President Dilma Rousseff said the Shanghai-based lender would lend more.',
    'en',
  );
  expect(r).toContain('LEADER_OF Dilma Rousseff -> New Development Bank');
  expect(r.filter((x) => x.startsWith('LEADER_OF Dilma Rousseff -> Russia') || x.startsWith('WORKS_FOR Dilma Rousseff -> Russia'))).toEqual([]);
});
