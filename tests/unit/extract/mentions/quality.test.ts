// Mention-layer quality rules on sentences written for these tests (not from any fixture article):
// case of names and acronyms, language-bound inflection, English nationality adjectives, places
// that are first names, hyphen compounds with a longer name, role words around names, places by context.

import { analyze } from '../../../../src/extract/analyze.js';
import { analyzeWith } from '../../../../src/extract/mentions/find-mentions.js';
import type { KbEntry } from '../../../../src/extract/model/kb-types.js';
import type { AnalyzedDocument, Mention } from '../../../../src/extract/pipeline-types.js';
import { expectOffsetsHold } from '../fixtures/helpers.js';

type Lang = 'de' | 'en';

function run(text: string, lang: Lang, kb?: readonly KbEntry[]): AnalyzedDocument {
  const doc = { id: 'q', source: 'test', lang, text };
  const out = kb ? analyzeWith(doc, kb) : analyze(doc);
  expectOffsetsHold(out);
  return out;
}

const show = (m: Mention): string => `${m.type}:${m.name}=${m.text}`;
const kbRows = (doc: AnalyzedDocument): string[] => doc.mentions.filter((m) => m.via.startsWith('kb-')).map(show);
const byType = (doc: AnalyzedDocument, ...types: string[]): string[] => doc.mentions.filter((m) => types.includes(m.type) && m.via !== 'coref').map(show);

describe('names and acronyms: case', () => {
  const cases: Array<[string, Lang, string, string[]]> = [
    ['sentence-initial "Who" is no WHO', 'en', 'Who will pay for the vaccines?', []],
    ['the acronym in capitals is', 'en', 'The WHO will pay for the vaccines.', ['Organization:WHO=WHO']],
    ['German: die WHO, not "Who"', 'de', 'Die WHO warnte. Who-Dunnit ist ein Genre.', ['Organization:WHO=WHO']],
    ['lowercase turkey and china are no countries', 'en', 'They served turkey on fine china in the evening.', []],
    ['capitalised Turkey and China are', 'en', 'Turkey and China signed a deal.', ['Country:Turkey=Turkey', 'Country:China=China']],
    ['a lowercase chad is no country', 'en', 'Every hanging chad was counted.', []],
    ['a name the KB hides ("!Nice") is not matched as English "Nice"', 'en', 'Nice weather drew tourists to the coast.', []],
  ];
  test.each(cases)('%s', (_n, lang, text, expected) => expect(kbRows(run(text, lang))).toEqual(expected));

  const NICE: KbEntry[] = [{ id: 'city:nice', name: 'Nice', type: 'City', names: ['Nice', 'Nizza'], example: 'Nice lies on the coast.' }];
  test.each([
    ['an English sentence starting with an adjective that is a place', 'Nice weather today.', []],
    ['the same word inside a sentence is a place', 'We flew to Nice on Monday.', ['City:Nice=Nice']],
    ['and then the text means it at the start too', 'Nice is sunny. We flew to Nice.', ['City:Nice=Nice', 'City:Nice=Nice']],
  ] as Array<[string, string, string[]]>)('%s', (_n, text, expected) => expect(kbRows(run(text, 'en', NICE))).toEqual(expected));

  const EXPO: KbEntry[] = [
    { id: 'city:kazan', name: 'Kazan', type: 'City', names: ['Kazan', 'Kasan'], example: 'Kazan hosted the summit.' },
    { id: 'location:kazan-expo', name: 'Kazan Expo', type: 'Location', names: ['Kazan Expo'], example: 'The summit met at Kazan Expo.' },
  ];
  test.each([
    ['English: a lowercase word does not continue a capitalised name', 'en', 'They met at the Kazan expo centre.', ['City:Kazan=Kazan']],
    ['English: the capitalised name', 'en', 'They met at Kazan Expo today.', ['Location:Kazan Expo=Kazan Expo']],
    ['a listed lowercase word still matches', 'en', 'The Republic of Belarus voted.', ['Country:Belarus=Republic of Belarus']],
  ] as Array<[string, Lang, string, string[]]>)('%s', (_n, lang, text, expected) => {
    expect(kbRows(run(text, lang, text.includes('Belarus') ? undefined : EXPO))).toEqual(expected);
  });
});

describe('inflection is German only; English nationality adjectives', () => {
  const cases: Array<[string, Lang, string, string[]]> = [
    ['English -an is no inflection of a continent', 'en', 'The African and Asian delegates arrived.', []],
    ['"Korean" is not South Korea', 'en', 'Korean officials declined to comment.', []],
    ['capitalised English adjectives are their countries', 'en', 'Russian, Indian and Polish diplomats met.', ['Country:Russia=Russian', 'Country:India=Indian', 'Country:Poland=Polish']],
    ['lowercase "polish" is a verb', 'en', 'Workers polish the old floors.', []],
    ['multi-word adjective', 'en', 'The South African minister spoke.', ['Country:South Africa=South African']],
    ['German genitive', 'de', 'Die Hauptstadt Kasachstans wächst.', ['Country:Kazakhstan=Kasachstans']],
    ['German dative plural of an event', 'de', 'Sie startet bei den Olympischen Spielen.', ['Event:Olympic Games=Olympischen Spielen']],
    ['German adjective endings stay', 'de', 'Die polnische und die russischen Seiten.', ['Country:Poland=polnische', 'Country:Russia=russischen']],
    ['English text takes no German genitive', 'en', 'The Kasachstans team won.', []],
  ];
  test.each(cases)('%s', (_n, lang, text, expected) => expect(kbRows(run(text, lang))).toEqual(expected));

  test('adjective mentions are marked as such', () => {
    const doc = run('The Russian envoy left.', 'en');
    expect(doc.mentions.filter((m) => m.type === 'Country').map((m) => m.via)).toEqual(['kb-adjective']);
  });
});

describe('places that are first names', () => {
  const cases: Array<[string, Lang, string, string[]]> = [
    ['English names', 'en', "Sofia Coppola met Milan Kundera, Chad Smith, Jordan Peterson, Georgia O'Keeffe and Paris Hilton.",
      ['Person:Sofia Coppola=Sofia Coppola', 'Person:Milan Kundera=Milan Kundera', 'Person:Chad Smith=Chad Smith', 'Person:Jordan Peterson=Jordan Peterson', "Person:Georgia O'Keeffe=Georgia O'Keeffe", 'Person:Paris Hilton=Paris Hilton']],
    ['German text, person and place', 'de', 'Milan Kundera lebte lange in Paris.', ['Person:Milan Kundera=Milan Kundera', 'City:Paris=Paris']],
    ['after a preposition it is the place', 'en', 'He flew from Sofia to Milan on Monday.', ['City:Sofia=Sofia', 'City:Milan=Milan']],
    // "Paris Saint-Germain" is the club (knowledge base, sports-clubs.ts), not the city.
    ['before a common word it is the place', 'en', 'Georgia Tech and Paris Saint-Germain won.', ['Country:Georgia=Georgia']],
    ['a place that is no first name stays a place', 'en', 'Vienna Mertens arrived.', ['City:Vienna=Vienna']],
  ];
  test.each(cases)('%s', (_n, lang, text, expected) => expect(byType(run(text, lang), 'Person', 'City', 'Country')).toEqual(expected));
});

describe('hyphen compounds prefer the longest KB name', () => {
  const cases: Array<[string, Lang, string, string[]]> = [
    ['Siemens Energy inside a compound', 'de', 'Der Siemens-Energy-Vorstand tagte.', ['Organization:Siemens Energy=Siemens-Energy']],
    ['the shorter name alone', 'de', 'Der Siemens-Chef tagte.', ['Organization:Siemens=Siemens']],
    ['English compound', 'en', 'A Siemens-Energy spokesman declined.', ['Organization:Siemens Energy=Siemens-Energy']],
  ];
  test.each(cases)('%s', (_n, lang, text, expected) => expect(kbRows(run(text, lang))).toEqual(expected));
});

describe('persons keep their whole name and leave role words out', () => {
  const cases: Array<[string, Lang, string, string[], string[]]> = [
    ['English role before the name', 'en', 'Foreign Secretary Ramon Villanueva met the press.', ['Person:Ramon Villanueva=Ramon Villanueva'], ['Foreign Secretary']],
    ['German role before the name', 'de', 'Regierungssprecherin Helena Vogt sagte, alles sei gut.', ['Person:Helena Vogt=Helena Vogt'], ['Regierungssprecherin']],
    ['surname that is a noun', 'de', 'Das sagte Helena Vogt am Montag.', ['Person:Helena Vogt=Helena Vogt'], []],
    ['no person without a name', 'en', 'The foreign secretary met the press.', [], ['foreign secretary']],
  ];
  test.each(cases)('%s', (_n, lang, text, persons, roles) => {
    const doc = run(text, lang);
    expect(byType(doc, 'Person')).toEqual(persons);
    expect(doc.roles.map((r) => r.text)).toEqual(roles);
  });

  test('an organisation name with an all-caps part is not cut', () => {
    expect(byType(run('Analysts at Stanbic IBTC Holdings expect growth.', 'en'), 'Organization').length).toBeGreaterThan(0);
    expect(byType(run('Analysts at Stanbic IBTC said growth slowed.', 'en'), 'Organization')).toEqual(['Organization:Stanbic IBTC=Stanbic IBTC']);
  });
});

describe('places by context', () => {
  const cases: Array<[string, string, string[]]> = [
    ['a town the German list calls a noun', 'Er kam aus Angst nach Cannes.', ['City:Cannes=Cannes']],
    ['mass nouns after aus/in are no places', 'Sie handelte aus Abscheu und lebte in Sorge.', []],
    ['a name no list knows', 'Die Familie zog nach Wyrzysk.', ['City:Wyrzysk=Wyrzysk']],
    ['a common noun is no place', 'Die Delegation reiste nach Hause.', []],
  ];
  // No knowledge base: only the context rules can find these.
  test.each(cases)('%s', (_n, text, expected) => expect(byType(run(text, 'de', []), 'City')).toEqual(expected));

  test('the knowledge base comes first', () => {
    expect(run('Er reiste nach Cannes.', 'de').mentions.filter((m) => m.type === 'City').map((m) => m.via)).toEqual(['kb-name']);
  });

  test('a place at the end of an event name gets its own mention', () => {
    expect(kbRows(run('Beim Filmfestival in Cannes gewann sie.', 'de'))).toEqual(['Event:Cannes Film Festival=Filmfestival in Cannes', 'City:Cannes=Cannes']);
  });
});

describe('role words', () => {
  const cases: Array<[Lang, string, string[]]> = [
    ['de', 'Generaldirektor Jan Ost und Vizepremier Ida Nord', ['Generaldirektor:director general', 'Vizepremier:deputy prime minister']],
    ['de', 'Vizepräsidentin Ida Nord und Staatssekretär Jan Ost', ['Vizepräsidentin:vice president', 'Staatssekretär:state secretary']],
    ['de', 'Regierungssprecher Jan Ost, Sprecherin Ida Nord, Sondergesandter Tom Berg', ['Regierungssprecher:spokesperson', 'Sprecherin:spokesperson', 'Sondergesandter:envoy']],
    ['de', 'Bundestagspräsidentin Ida Nord und Notenbankchef Jan Ost', ['Bundestagspräsidentin:speaker', 'Notenbankchef:central bank governor']],
    ['en', 'Commerce Secretary Jan Ost and the special envoy', ['Commerce Secretary:secretary', 'special envoy:envoy']],
    ['en', 'a spokesperson, the Speaker and the chief executive', ['spokesperson:spokesperson', 'Speaker:speaker', 'chief executive:chief executive']],
    ['en', 'head coach Jan Ost and Director General Ida Nord', ['head coach:coach', 'Director General:director general']],
    ['en', 'managing director Jan Ost and the governor of the central bank', ['managing director:chief executive', 'governor of the central bank:central bank governor']],
    ['de', 'Die Präsidentschaft, das Sekretariat, die Sprache, die Generation', []],
    ['en', 'The headline, the directory and good governance', []],
  ];
  test.each(cases)('%s: %s', (lang, text, expected) => {
    expect(run(text, lang, []).roles.map((r) => `${r.text}:${r.role}`)).toEqual(expected);
  });
});
