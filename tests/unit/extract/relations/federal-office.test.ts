// "Bundes-" offices name their state: Germany, or Austria / Switzerland when the text is about them.

import { extract } from '../../../../src/extract/extract.js';

function relations(text: string): string[] {
  const ex = extract({ id: 't', source: 't.txt', lang: 'de', text });
  const name = new Map(ex.entities.map((e) => [e.id, e.name]));
  return ex.relations.map((r) => `${name.get(r.source)} ${r.type} ${name.get(r.target)} ${r.rule}`);
}

test('Bundeskanzler and a Bundes- minister compound belong to Germany, even from a foreign dateline', () => {
  const found = relations('WASHINGTON (dpa) - Bundeskanzler Friedrich Merz ist in den USA eingetroffen. '
    + 'Auch Bundesinnenministerin Jana Beispiel reiste mit. Deutschland und die USA wollen reden.');
  expect(found).toContain('Friedrich Merz LEADER_OF Germany de.role.federal-office');
  expect(found).toContain('Jana Beispiel WORKS_FOR Germany de.role.federal-office');
  expect(found.filter((r) => r.includes('LEADER_OF United States'))).toEqual([]);
});

test('an Austrian story gives Austria', () => {
  const found = relations('WIEN (APA) - Bundeskanzler Karl Nehammer hat in Österreich eine Reform angekündigt. '
    + 'Österreich brauche neue Regeln, sagte er. Auch Deutschland schaue zu.');
  expect(found).toContain('Karl Nehammer LEADER_OF Austria de.role.federal-office');
  expect(found.filter((r) => r.includes('Nehammer LEADER_OF Germany'))).toEqual([]);
});

test('no federal owner when no federal state is named, nor for a Bundestrainer, nor for a former chancellor', () => {
  expect(relations('Bundeskanzler Friedrich Merz sprach am Montag vor Studenten.').filter((r) => r.includes('federal'))).toEqual([]);
  expect(relations('Bundestrainer Julian Nagelsmann lobte Deutschland.').filter((r) => r.includes('federal'))).toEqual([]);
  expect(relations('Deutschland trauert: der frühere Bundeskanzler Gerhard Beispiel ist tot.').filter((r) => r.includes('federal'))).toEqual([]);
});
