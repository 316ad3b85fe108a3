// Name boundaries: a particle never ends a name, a weekday's possessive is no place, and an
// organisation's head word never ends a person's name.

import { extract } from '../../../../src/extract/extract.js';
import type { Lang } from '../../../../src/types.js';

function entities(text: string, lang: Lang): string[] {
  return extract({ id: 't', source: 't.txt', lang, text }).entities.map((e) => `${e.name}:${e.type}`);
}

test('"Pablo Ruiz von Betis Sevilla": the person is Pablo Ruiz', () => {
  const found = entities('Zuvor hatte der Klub den spanischen Mittelfeldspieler Pablo Ruiz von Betis Sevilla geholt.', 'de');
  expect(found).toContain('Pablo Ruiz:Person');
  expect(found.filter((e) => e.startsWith('Pablo Ruiz von'))).toEqual([]);
  expect(entities('Kommissionschefin Ursula von der Leyen reiste ab.', 'de')).toContain('Ursula von der Leyen:Person');
});

test('"in Sunday\'s election" names no place', () => {
  expect(entities("The party won the most seats in Sunday's parliamentary election.", 'en')).toEqual([]);
  expect(entities("Sales fell in March's figures from Vandrell.", 'en').filter((e) => e.startsWith('March'))).toEqual([]);
});

test('"the State Electoral Commission said" is an organisation, not a person', () => {
  expect(entities('Turnout was 62 percent, the State Electoral Commission said.', 'en')).toEqual(['State Electoral Commission:Organization']);
});

test('after a role, a given name and a known place word are a person ("Ministerpräsident Boris Rhein")', () => {
  expect(entities('Hessens Ministerpräsident Boris Rhein sprach in seinem Grußwort.', 'de')).toContain('Boris Rhein:Person');
  // Without the role the river stays a river.
  expect(entities('Der Rhein führt Hochwasser, sagte Boris.', 'de')).toContain('Rhine:Location');
});
