import type { Mention } from '../../../../src/extract/pipeline-types.js';
import { analyzeText, expectOffsetsHold, rows } from '../fixtures/helpers.js';

const guessed = (m: Mention): boolean => !m.via.startsWith('kb-') && m.via !== 'coref';
const found = (text: string, lang: 'de' | 'en' = 'de'): string[] => rows(analyzeText(text, lang), guessed);

describe('unknown persons', () => {
  const cases: Array<[string, 'de' | 'en', string, string[]]> = [
    ['after a German role', 'de', 'Der Abgeordnete Andrej Bilezki sprach im Parlament.', ['Person:Andrej Bilezki=Andrej Bilezki']],
    ['after an English role', 'en', 'Foreign Minister Jane Doe arrived on Monday.', ['Person:Jane Doe=Jane Doe']],
    ['after a role and a country genitive', 'de', 'Präsident Kasachstans Kassym-Schomart Tokajew kam.', ['Person:Kassym-Schomart Tokajew=Kassym-Schomart Tokajew']],
    ['after Bürgermeister', 'de', 'Das sagte Bürgermeister Igor Petrow am Montag.', ['Person:Igor Petrow=Igor Petrow']],
    ['compound role', 'de', 'Wirtschaftsminister Olga Iwanowa eröffnete die Messe.', ['Person:Olga Iwanowa=Olga Iwanowa']],
    ['title', 'en', 'Dr. John Roe and Mr. Smith disagreed.', ['Person:John Roe=John Roe', 'Person:Smith=Smith']],
    ['said X Y', 'en', 'The talks went well, said Maria Okonkwo.', ['Person:Maria Okonkwo=Maria Okonkwo']],
    ['X Y said', 'en', 'Maria Okonkwo said the talks went well.', ['Person:Maria Okonkwo=Maria Okonkwo']],
    ['given name and a surname that is also a noun', 'de', 'Trainer Thomas Müller lobte das Team.', ['Person:Thomas Müller=Thomas Müller']],
    ['name between commas after the role', 'de', 'Der Direktor des Instituts, Samuel Mwangi, forderte Hilfe.', ['Person:Samuel Mwangi=Samuel Mwangi']],
    ['name before ", a <role>"', 'en', 'Wang Lin, a senior researcher at the institute, agreed.', ['Person:Wang Lin=Wang Lin']],
    ['name before ", a <nationality> <role>"', 'en', 'It was led by Axel Lindqvist, a Belarusian economist.', ['Person:Axel Lindqvist=Axel Lindqvist']],
    ['nationality before the name', 'en', "In the race, Kazakh Tigist Alemu beat Belarus's Mercy Chebet.", ['Person:Tigist Alemu=Tigist Alemu', 'Person:Mercy Chebet=Mercy Chebet']],
    ['German demonym before the name', 'de', 'Der Preis ging an den Kasachen Lucas Moreira.', ['Person:Lucas Moreira=Lucas Moreira']],
    ['name of a place', 'en', 'Daniel Kiprop of Kazakhstan won the race.', ['Person:Daniel Kiprop=Daniel Kiprop']],
    ['female form of a role in -e', 'de', 'Die Virologin Sabine Kellermann warnte.', ['Person:Sabine Kellermann=Sabine Kellermann']],
  ];
  test.each(cases)('%s', (_name, lang, text, expected) => {
    expect(found(text, lang)).toEqual(expected);
  });

  test('a later bare surname refers to the same person, genitive included', () => {
    const doc = analyzeText('Der Abgeordnete Andrej Bilezki reiste ab. Bilezki sagte, Bilezkis Plan sei gut.');
    expect(rows(doc, (m) => m.type === 'Person')).toEqual([
      'Person:Andrej Bilezki=Andrej Bilezki',
      'Person:Andrej Bilezki=Bilezki',
      'Person:Andrej Bilezki=Bilezkis',
    ]);
    expect(new Set(doc.mentions.filter((m) => m.type === 'Person').map((m) => m.entityId))).toEqual(new Set(['person:andrej-bilezki']));
  });

  test('a lone surname after a role resolves to the full name found elsewhere', () => {
    const doc = analyzeText('Außenminister Sergej Lawrow kam an. Später sagte Außenminister Lawrow, alles sei gut.');
    expect(doc.mentions.filter((m) => m.type === 'Person').map((m) => m.entityId)).toEqual(['person:sergej-lawrow', 'person:sergej-lawrow']);
  });

  const negatives: Array<[string, 'de' | 'en', string]> = [
    ['common nouns after a role', 'de', 'Der Präsident Zusammenarbeit Landwirtschaft wurde gelobt.'],
    ['a role with no name', 'de', 'Der Präsident lobte die Partner und die Präsidentschaft.'],
    ['sentence-initial words', 'en', 'The President thanked the Cooperation Council members.'],
    ['lowercase after role', 'en', 'The minister said nothing.'],
    ['a capitalised German adjective starts an organisation', 'de', 'Die Deutsche Bank AG wuchs.'],
    ['an inflected noun after a role', 'de', 'Der Präsident des spanischen Verbandes RFEF, der Gast, kam.'],
    ['an organisation "of" a place', 'en', 'The Central Bank of Kazakhstan raised rates.'],
  ];
  test.each(negatives)('no person from %s', (_name, lang, text) => {
    expect(rows(analyzeText(text, lang), (m) => m.type === 'Person')).toEqual([]);
  });
});

describe('unknown organisations', () => {
  const cases: Array<[string, 'de' | 'en', string, string[]]> = [
    ['legal form', 'de', 'Die Firma Zorbex GmbH investiert.', ['Organization:Zorbex GmbH=Zorbex GmbH']],
    ['adjective and head', 'de', 'Die Deutsche Bank AG und die Europäische Zentralbank berieten.', ['Organization:Deutsche Bank AG=Deutsche Bank AG', 'Organization:Europäische Zentralbank=Europäische Zentralbank']],
    ['English head', 'en', 'Officials of the World Bank and the Labour Party met.', ['Organization:World Bank=World Bank', 'Organization:Labour Party=Labour Party']],
    ['Inc. without the period', 'en', 'Acme Holdings Inc. signed.', ['Organization:Acme Holdings Inc=Acme Holdings Inc']],
    ['Ministry of ...', 'en', 'The Ministry of Foreign Affairs of Kazakhstan said so.', ['Organization:Ministry of Foreign Affairs=Ministry of Foreign Affairs']],
    ['University with a city', 'de', 'Die Staatliche Universität Minsk lud ein.', ['Organization:Staatliche Universität Minsk=Staatliche Universität Minsk']],
    ['hyphen compound', 'de', 'Forscher der Humboldt-Universität fanden es.', ['Organization:Humboldt-Universität=Humboldt-Universität']],
    ['news agency X', 'en', 'according to the news agency Xinhua.', ['Organization:Xinhua=Xinhua']],
    ['Nachrichtenagentur X', 'de', 'berichtete die Nachrichtenagentur Belapan.', ['Organization:Belapan=Belapan']],
    ['unknown acronym', 'de', 'Die Partei ZXQ gewann.', ['Organization:ZXQ=ZXQ']],
  ];
  test.each(cases)('%s', (_name, lang, text, expected) => {
    expect(found(text, lang).filter((r) => r.startsWith('Organization'))).toEqual(expected);
  });

  const negatives: Array<[string, string]> = [
    ['roman numerals', 'Papst Johannes XXIII und Ludwig XIV kamen.'],
    ['units and currencies', 'Es kostete 5 USD und lieferte 3 MW und 10 KM Strecke.'],
    ['a head without a name', 'Die Bank erhöhte den Zins. Die Partei tagte.'],
    ['an all-caps headline', 'GROSSE FREUDE IN DER STADT'],
  ];
  test.each(negatives)('no organisation from %s', (_name, text) => {
    expect(found(text).filter((r) => r.startsWith('Organization'))).toEqual([]);
  });
});

describe('unknown places', () => {
  const cases: Array<[string, 'de' | 'en', string, string[]]> = [
    ['nach X', 'de', 'Er reiste nach Gomel.', ['City:Gomel=Gomel']],
    ['aus X', 'de', 'Sie kam aus Bobruisk zurück.', ['City:Bobruisk=Bobruisk']],
    ['Gebiet X', 'de', 'Im Gebiet Grodno regnet es.', ['Region:Grodno=Grodno']],
    ['in the city of X', 'en', 'They met in the city of Shymkent.', ['City:Shymkent=Shymkent']],
    ['X region', 'en', 'Floods hit the Gomel region.', ['Region:Gomel=Gomel']],
    ['named site', 'en', 'They crossed the line on Boylston Street.', ['Location:Boylston Street=Boylston Street']],
  ];
  test.each(cases)('%s', (_name, lang, text, expected) => {
    expect(found(text, lang)).toEqual(expected);
  });

  const negatives: Array<[string, 'de' | 'en', string]> = [
    ['common nouns', 'de', 'Er kam in Zusammenarbeit mit Partnern aus Sicht der Landwirtschaft nach Angaben der Polizei.'],
    ['months and weekdays', 'en', 'It happened in January and again in March.'],
    ['known place: no guessed duplicate', 'de', 'Er reiste nach Minsk.'],
  ];
  test.each(negatives)('no guessed place from %s', (_name, lang, text) => {
    expect(found(text, lang).filter((r) => r.startsWith('City') || r.startsWith('Region'))).toEqual([]);
  });
});

describe('unknown events', () => {
  const cases: Array<[string, 'de' | 'en', string, string[]]> = [
    ['quoted title after an event word', 'de', 'Das Festival „Goldener Herbst“ beginnt morgen.', ['Event:Goldener Herbst=Goldener Herbst']],
    ['compound event word', 'de', 'Der Gesangswettbewerb „Neue Stimmen“ ist beliebt.', ['Event:Neue Stimmen=Neue Stimmen']],
    ['the X Forum', 'en', 'He spoke at the Astana International Forum yesterday.', ['Event:Astana International Forum=Astana International Forum']],
    ['Org summit (English)', 'en', 'Leaders gathered for the SCO summit.', ['Event:SCO Summit=SCO summit']],
    ['Org-Gipfel (German)', 'de', 'Am Vorabend des SOZ-Gipfels sprach er.', ['Event:SCO Summit=SOZ-Gipfels']],
    ['Org-Treffen', 'de', 'Das OVKS-Treffen fand statt.', ['Event:CSTO Summit=OVKS-Treffen']],
    ['Gipfel der <Org>', 'de', 'Er reiste zum Gipfel der Eurasischen Wirtschaftsunion nach Minsk.', ['Event:EAEU Summit=Gipfel der Eurasischen Wirtschaftsunion']],
    ['summit of the <Org>', 'en', 'He attended the summit of the SCO in Astana.', ['Event:SCO Summit=summit of the SCO']],
  ];

  test.each([
    ['de', 'Der Goldene Bär geht an das Drama „Die stille Grenze“ der Regisseurin.', 'Work:Die stille Grenze=Die stille Grenze'],
    ['en', 'Her debut "Monsoon Ledger" was the favourite.', 'Work:Monsoon Ledger=Monsoon Ledger'],
  ] as const)('a quoted title after a work word is a Work (%s)', (lang, text, expected) => {
    expect(found(text, lang)).toContain(expected);
  });
  test.each(cases)('%s', (_name, lang, text, expected) => {
    expect(found(text, lang).filter((r) => r.startsWith('Event'))).toEqual(expected);
  });

  test('the summit event spans the compound and keeps the organisation mention', () => {
    const text = 'Vor dem SOZ-Gipfel.';
    const doc = analyzeText(text);
    expect(doc.mentions.map((m) => [m.type, m.name, m.start, m.end])).toEqual([
      ['Organization', 'SCO', 8, 11],
      ['Event', 'SCO Summit', 8, 18],
    ]);
    expect(doc.mentions[1]!.entityId).toBe('event:sco-summit');
    expectOffsetsHold(doc);
  });

  test('a quoted title that holds a knowledge-base event adds no second event', () => {
    const doc = analyzeText('Kasachstan nimmt am Kunstfestival „Slawischer Basar in Witebsk“ teil.');
    expect(rows(doc, (m) => m.type === 'Event' || m.type === 'City')).toEqual(['Event:Slavianski Bazaar=Slawischer Basar', 'City:Vitebsk=Witebsk']);
  });

  test('quoted speech after an event word is no title', () => {
    expect(found('Nach dem Gipfel: „wir sind zufrieden“, sagte er.').filter((r) => r.startsWith('Event'))).toEqual([]);
  });
});

describe('organisations named by a cue noun', () => {
  test.each([
    ['de', 'Der Film wurde von der Berliner Firma Nordlicht Film produziert.', 'Organization:Nordlicht Film=Nordlicht Film'],
    ['de', 'Der Energiekonzern Zorbex will bauen.', 'Organization:Zorbex=Zorbex'],
    ['en', 'It was published by the small independent press Weaver Books in Minsk.', 'Organization:Weaver Books=Weaver Books'],
    ['en', 'The satellite was assembled by Ghalam, a joint venture of two firms.', 'Organization:Ghalam=Ghalam'],
  ] as const)('%s: %s', (lang, text, expected) => {
    expect(rows(analyzeText(text, lang), (m) => m.type === 'Organization')).toEqual([expected]);
  });

  test.each([
    ['de', 'Das Unternehmen Gewinne machte keiner.'],
    ['en', 'The company said it would grow.'],
    ['en', 'John Smith, a company spokesman, declined.'],
  ] as const)('no organisation: %s: %s', (lang, text) => {
    expect(rows(analyzeText(text, lang), (m) => m.type === 'Organization')).toEqual([]);
  });
});

describe('works and sites', () => {
  test.each([
    ['en', 'She won for "The Salt Road", a novel about three women.', 'Work:The Salt Road=The Salt Road'],
    ['de', 'Die Preise wurden im Berlinale-Palast verliehen.', 'Location:Berlinale-Palast=Berlinale-Palast'],
  ] as const)('%s: %s', (lang, text, expected) => {
    expect(found(text, lang)).toContain(expected);
  });

  test('a quoted phrase followed by something else is no work', () => {
    expect(found('He called it "Great News", a phrase he likes.', 'en').filter((r) => r.startsWith('Work'))).toEqual([]);
  });
});
