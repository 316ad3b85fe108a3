// A dateline that names only a city ("BERLIN (dpa) -") gives an owner-less role ("Finanzminister X")
// the city's country, but only when the story is about that country (named more often than any
// other); a visit or summit story keeps the guess out.

import { extract } from '../../../../src/extract/extract.js';
import type { Lang } from '../../../../src/types.js';

function relations(text: string, lang: Lang): string[] {
  const ex = extract({ id: 't', source: 't.txt', lang, text });
  const name = new Map(ex.entities.map((e) => [e.id, e.name]));
  return ex.relations.map((r) => `${name.get(r.source)} ${r.type} ${name.get(r.target)} ${r.rule} ${r.confidence}`);
}

test('German: a domestic story takes the dateline city country for a minister without owner', () => {
  const text = 'BERLIN (dpa) - Finanzminister Jörg Kukies hat am Montag neue Schulden angekündigt. '
    + 'Deutschland müsse mehr investieren, sagte er. Die Wirtschaft in Deutschland wachse kaum.';
  const found = relations(text, 'de').filter((r) => r.includes('implicit-country'));
  expect(found).toEqual([expect.stringMatching(/^Jörg Kukies WORKS_FOR Germany any\.role\.implicit-country 0\.\d+$/)]);
  expect(Number(found[0]!.split(' ').pop())).toBeLessThan(0.7);
});

test('English: "ZAGREB, April 18 (Reuters) -" gives Croatia to the prime minister', () => {
  const text = 'ZAGREB, April 18 (Reuters) - Prime Minister Andrej Plenkovic said on Friday that Croatia would raise pensions. '
    + 'Croatia has the fastest growing economy in the region, he added.';
  expect(relations(text, 'en')).toContain('Andrej Plenkovic LEADER_OF Croatia any.role.implicit-country 0.5');
});

test('a visit story about another country keeps the dateline country out', () => {
  const text = 'HANOI (dpa) - Bundespräsident Frank-Walter Steinmeier ist zu einem Besuch in Vietnam eingetroffen. '
    + 'Deutschland und Vietnam wollen enger zusammenarbeiten, sagte Außenminister Max Weber. Deutschland sei ein wichtiger Partner.';
  expect(relations(text, 'de').filter((r) => r.includes('Vietnam') && r.includes('implicit'))).toEqual([]);
});

test('no guess from a city the knowledge base does not place in a country', () => {
  const text = 'SPRINGFIELD (AP) - Governor Jane Doe signed the budget on Monday.';
  expect(relations(text, 'en').filter((r) => r.includes('implicit-country'))).toEqual([]);
});
