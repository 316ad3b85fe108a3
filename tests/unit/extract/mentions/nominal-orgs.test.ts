// "the company", "der Konzern", "die Bank", "das Festival", "der Gipfel" refer to the one fitting
// organisation or event just named; the head must fit its kind; ambiguity or a following name: no guess.

import { extractInline } from '../../../helpers/extracted.js';
import type { Lang } from '../../../../src/types.js';

const run = extractInline;

test('English: "the company" / "the bank" are mentions of the company or bank just named, and rules see them', () => {
  const company = run('Siemens plans a new plant. The company is based in Munich.', 'en');
  expect(company.mentions.get('Siemens')).toEqual(['Siemens', 'The company']);
  expect(company.relations).toContain('LOCATED_IN Siemens -> Munich');
  const bank = run('The European Investment Bank will lend the money. The bank, which is based in Luxembourg, said so.', 'en');
  expect(bank.relations).toContain('LOCATED_IN EIB -> Luxembourg');
});

test('German case forms: Verein, Bank, Gipfel, Festival', () => {
  expect(run('Der Rigaer Verein FK RFS spielte am Sonntag. Der Verein hat seinen Sitz in Riga.', 'de').relations).toContain('LOCATED_IN FK RFS -> Riga');
  expect(run('Die Commerzbank meldete Gewinne. Die Bank hat ihren Sitz in Frankfurt.', 'de').relations).toContain('LOCATED_IN Commerzbank -> Frankfurt');
  expect(run('Der NATO-Gipfel beginnt am Dienstag. Der Gipfel findet in Vilnius statt.', 'de').relations).toContain('HELD_IN NATO Summit -> Vilnius');
  // The descriptor before the name ("Festival „…“") shows the kind when the names do not.
  expect(run('Kasachstan nimmt am Festival „Slawischer Basar“ teil. Das Festival findet in Witebsk statt.', 'de').relations).toContain('HELD_IN Slavianski Bazaar -> Vitebsk');
  const gen = run('Die Commerzbank meldete Gewinne. Der Sitz der Bank ist Frankfurt.', 'de');
  expect(gen.mentions.get('Commerzbank')).toEqual(['Commerzbank', 'der Bank']);
});

test('the head must fit the kind: a bank phrase needs a bank, a summit phrase a summit, a club phrase a club', () => {
  expect(run('The WHO issued a warning. The bank is based in Geneva.', 'en').relations).toEqual([]);
  expect(run('Die Berlinale beginnt am Donnerstag. Der Gipfel findet in Berlin statt.', 'de').relations.filter((r) => r.startsWith('HELD_IN'))).toEqual([]);
  expect(run('Siemens meldete Gewinne. Der Verein hat seinen Sitz in München.', 'de').relations).toEqual([]);
  // An international body is no company.
  expect(run('NATO leaders met on Monday. The company is based in Brussels.', 'en').relations).toEqual([]);
});

test('two candidates, a modifier in a compound, or a name right after the phrase: no mention', () => {
  expect(run('Siemens and BASF plan a plant. The company is based in Munich.', 'en').relations).toEqual([]);
  // "Commerzbank-Tochter X": the bank only modifies the compound.
  expect(run('Geld kommt von der Commerzbank-Tochter. Die Bank hat ihren Sitz in Hamburg.', 'de').relations).toEqual([]);
  const named = run('Siemens plans a new plant. The company Voltaro is based in Munich.', 'en');
  expect(named.mentions.get('Siemens')).toEqual(['Siemens']);
  // Nothing named before: no antecedent.
  expect(run('The company is based in Munich.', 'en').relations).toEqual([]);
});

test('places like countries: "die Stadt" / "the city" is the one city just named; two cities: no mention', () => {
  const de = run('Die Delegation reiste nach Witebsk. Die Stadt liegt in Belarus.', 'de');
  expect(de.mentions.get('Vitebsk')).toEqual(['Witebsk', 'Die Stadt']);
  expect(de.relations).toContain('LOCATED_IN Vitebsk -> Belarus');
  const two = run('Delegates met in Kazan and Moscow. The city lies on the Volga.', 'en');
  expect(two.mentions.get('Kazan')).toEqual(['Kazan']);
  expect(two.mentions.get('Moscow')).toEqual(['Moscow']);
});

test('an event phrase with another fitting event named before in the text: no guess', () => {
  const r = run('Die Berlinale begann am Donnerstag. Der Regisseur hatte 2019 beim Filmfestival in Cannes gewonnen. Der Minister lobte das Festival.', 'de');
  expect([...r.mentions.values()].flat()).not.toContain('das Festival');
});

test('a news agency that reports is no antecedent; a nationality adjective may stand between', () => {
  const told = run('Battery maker Voltaro grew. Its chief told Reuters about it. The group is based in Oslo.', 'en');
  expect(told.mentions.get('Reuters')).toEqual(['Reuters']);
  const adj = run('Siemens meldete Gewinne. Der deutsche Konzern hat seinen Sitz in München.', 'de');
  expect(adj.relations).toContain('LOCATED_IN Siemens -> Munich');
  // Not any adjective: "the new company" may be another one.
  expect(run('Siemens plans a new plant. The new company is based in Munich.', 'en').relations).toEqual([]);
});

test('a sports club is no company, and "der Verein" finds a club known by its name alone', () => {
  const wrong = run('Der Stürmer wechselte zu Galatasaray Istanbul. Der Siemens-Chef Roland Busch sprach am Montag. Das Unternehmen mit Sitz in München will wachsen.', 'de');
  expect(wrong.relations.filter((r) => r.startsWith('LOCATED_IN'))).toEqual([]);
  expect(run('Der Stürmer wechselte zu Galatasaray Istanbul. Der Verein hat seinen Sitz in Istanbul.', 'de').relations).toContain('LOCATED_IN Galatasaray Istanbul -> Istanbul');
});

test('modifiers between determiner and noun: "the South American trade bloc", "the ten-member bloc"', () => {
  const bloc = run('Argentina is a member of Mercosur. Chile is an associate member of the South American trade bloc.', 'en');
  expect(bloc.mentions.get('Mercosur')).toEqual(['Mercosur', 'the South American trade bloc']);
  expect(bloc.relations).toContain('MEMBER_OF Chile -> Mercosur');
  expect(run('Laos chairs ASEAN this year. Timor-Leste joined the ten-member bloc in 2025.', 'en').relations).toContain('MEMBER_OF Timor-Leste -> ASEAN');
  // An unknown word between is no modifier: no guess.
  expect(run('Argentina is a member of Mercosur. Chile criticised the famous trade bloc.', 'en').mentions.get('Mercosur')).toEqual(['Mercosur']);
  // The kind still has to fit: a bloc phrase needs a bloc.
  expect(run('Siemens reported profits. Chile is a member of the regional trade bloc.', 'en').relations).toEqual([]);
});
