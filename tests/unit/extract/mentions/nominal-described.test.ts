// Companies introduced by a descriptor ("battery maker Voltaro", "der Schiffbaukonzern Nordwerft") are
// organisations, also where the name comes again, and the antecedents of "the company" / "der Konzern".

import { extract } from '../../../../src/extract/extract.js';
import type { Lang } from '../../../../src/types.js';

function run(text: string, lang: Lang): { entities: Map<string, { type: string; mentions: string[] }>; relations: string[] } {
  const ex = extract({ id: 't', source: 't.txt', lang, text });
  const name = new Map(ex.entities.map((e) => [e.id, e.name]));
  return {
    entities: new Map(ex.entities.map((e) => [e.name, { type: e.type, mentions: e.mentions.map((m) => m.text) }])),
    relations: ex.relations.map((r) => `${r.type} ${name.get(r.source)} -> ${name.get(r.target)}`),
  };
}

test('English: "battery maker Voltaro" is an organisation, its later mentions too, and "the company" refers to it', () => {
  const r = run('Swedish battery maker Voltaro will build a plant. The company is based in Gothenburg. Voltaro has faced delays.', 'en');
  expect(r.entities.get('Voltaro')?.type).toBe('Organization');
  expect(r.entities.get('Voltaro')?.mentions).toEqual(['Voltaro', 'The company', 'Voltaro']);
  expect(r.relations).toContain('LOCATED_IN Voltaro -> Gothenburg');
});

test('German: a compound descriptor ("Schiffbaukonzern") before a word the dictionary does not know', () => {
  const r = run('Der Schiffbaukonzern Nordwerft will Stellen schaffen. Der Konzern hat seinen Sitz in Kiel.', 'de');
  expect(r.entities.get('Nordwerft')?.type).toBe('Organization');
  expect(r.relations).toContain('LOCATED_IN Nordwerft -> Kiel');
});

test('no company without a descriptor, before a common word, a given name or a longer name', () => {
  expect(run('The chipmaker Monday said it would grow.', 'en').entities.has('Monday')).toBe(false);
  expect(run('Der Konzern Umsatz stieg.', 'de').entities.has('Umsatz')).toBe(false);
  expect(run('Das Unternehmen Verluste machte keiner.', 'de').entities.has('Verluste')).toBe(false);
  expect(run('The firm Anna Schmidt founded grew fast.', 'en').entities.get('Anna')?.type).not.toBe('Organization');
  const longer = run('Shares of the retailer Nordic Fashion Brands rose.', 'en');
  expect([...longer.entities.keys()].filter((n) => n === 'Nordic Fashion')).toEqual([]);
});
