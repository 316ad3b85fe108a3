// Editions of recurring events: a year next to the series' name makes one edition.

import { extract } from '../../../../src/extract/extract.js';
import type { Lang } from '../../../../src/types.js';

function events(text: string, lang: Lang): string[] {
  return extract({ id: 't', source: 't.txt', lang, text }).entities.filter((e) => e.type === 'Event').map((e) => `${e.name} [${e.aliases.join('|')}]`);
}

test.each([
  ['de', 'Das IOC hat die Olympischen Winterspiele 2034 an Salt Lake City vergeben.', '2034 Winter Olympics [Olympischen Winterspiele 2034]'],
  ['de', 'Die FIFA hat die WM 2030 an Spanien, Portugal und Marokko vergeben.', '2030 World Cup [WM 2030]'],
  ['de', 'Die Weltmeisterschaft 2030 wird auf drei Kontinenten gespielt.', '2030 World Cup [Weltmeisterschaft 2030]'],
  ['en', 'Saudi Arabia will host the 2034 World Cup, FIFA said.', '2034 World Cup [2034 World Cup]'],
  ['en', 'Osaka opened Expo 2025 on Sunday.', '2025 World Expo [Expo 2025]'],
] as const)('%s: %s', (lang, text, expected) => {
  expect(events(text, lang)).toContain(expected);
});

test('the edition gets the relations of the sentence', () => {
  const ex = extract({ id: 't', source: 't.txt', lang: 'de', text: 'Das IOC hat die Olympischen Winterspiele 2034 an Salt Lake City vergeben.' });
  const name = new Map(ex.entities.map((e) => [e.id, e.name]));
  expect(ex.relations.map((r) => `${name.get(r.source)} ${r.type} ${name.get(r.target)}`)).toContain('2034 Winter Olympics HELD_IN Salt Lake City');
});

test('no edition without a year next to the name, and bare series words alone are no event', () => {
  expect(events('Die Olympischen Winterspiele finden in Italien statt.', 'de')).toEqual(['Winter Olympics [Olympischen Winterspiele]']);
  expect(events('Die WM beginnt im Juni, im Jahr 2030 dann in Spanien.', 'de')).toEqual([]);
  expect(events('The World Cup final was watched by 2000 people.', 'en').filter((e) => /\d/.test(e))).toEqual([]);
});
