// "das Land" / "the country" refer to the one country just named; two candidates: no guess.

import { extract } from '../../../../src/extract/extract.js';
import type { Lang } from '../../../../src/types.js';

function run(text: string, lang: Lang): { entities: Map<string, { mentions: string[]; aliases: string[] }>; relations: string[] } {
  const ex = extract({ id: 't', source: 't.txt', lang, text });
  const name = new Map(ex.entities.map((e) => [e.id, e.name]));
  return {
    entities: new Map(ex.entities.map((e) => [e.name, { mentions: e.mentions.map((m) => m.text), aliases: e.aliases }])),
    relations: ex.relations.map((r) => `${r.type} ${name.get(r.source)} -> ${name.get(r.target)}`),
  };
}

test('German and English: the phrase is a mention of the country the text just named, and rules see it', () => {
  const de = run('Kenia ist ein wichtiger Partner. Das Land ist Mitglied der Afrikanischen Union.', 'de');
  expect(de.entities.get('Kenya')?.mentions).toEqual(['Kenia', 'Das Land']);
  expect(de.relations).toContain('MEMBER_OF Kenya -> African Union');
  const en = run('Finland applied in May. The country joined NATO in April 2023.', 'en');
  expect(en.relations).toContain('MEMBER_OF Finland -> NATO');
});

test('the phrase is no alias of the country', () => {
  expect(run('Finland applied in May. The country joined NATO in April 2023.', 'en').entities.get('Finland')?.aliases).toEqual(['Finland']);
});

test('two countries just named, or none, or a name right after the phrase: no mention', () => {
  const two = run('Kenia und Deutschland sind Partner. Das Land ist Mitglied der Afrikanischen Union.', 'de');
  expect(two.relations.filter((r) => r.startsWith('MEMBER_OF'))).toEqual([]);
  const none = run('The country joined NATO in April 2023.', 'en');
  expect(none.relations).toEqual([]);
  const named = run('Finland applied in May. The country of Sweden joined NATO later.', 'en');
  expect(named.entities.get('Finland')?.mentions).toEqual(['Finland']);
});
