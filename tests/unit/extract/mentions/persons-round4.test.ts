// Person and club finding, round 4 (helper "persons"): sentences written for these tests, each
// change with a sentence that must give the result and one that must not.

import { analyze } from '../../../../src/extract/analyze.js';
import type { AnalyzedDocument, Mention } from '../../../../src/extract/pipeline-types.js';
import { expectOffsetsHold } from '../fixtures/helpers.js';

type Lang = 'de' | 'en';

function run(text: string, lang: Lang): AnalyzedDocument {
  const out = analyze({ id: 'r4', source: 'test', lang, text });
  expectOffsetsHold(out);
  return out;
}

const show = (m: Mention): string => `${m.type}:${m.name}=${m.text}`;
const persons = (doc: AnalyzedDocument): string[] => doc.mentions.filter((m) => m.type === 'Person' && m.via !== 'coref').map(show);
const orgs = (doc: AnalyzedDocument): string[] => doc.mentions.filter((m) => m.type === 'Organization').map(show);
const sentences = (doc: AnalyzedDocument): string[] => doc.sentences.map((s) => s.text);

describe('persons: round-4 gaps', () => {
  test('a name before a comma and a possessive role ("X, Microsoft\'s chief executive, said")', () => {
    const doc = run("On Monday, Priya Raghunathan, Globex's chief executive, said the plant would open.", 'en');
    expect(persons(doc)).toContain('Person:Priya Raghunathan=Priya Raghunathan');
  });
  test('negative: a place before a possessive role phrase is no person', () => {
    const doc = run("Stock prices fell in Berlin, Germany's capital, on Monday.", 'en');
    expect(persons(doc)).toEqual([]);
  });

  test('a known first name that is also a common word opens a sentence ("Harry Kane scored")', () => {
    expect(persons(run('Harry Kolbeck scored twice on Saturday.', 'en'))).toEqual(['Person:Harry Kolbeck=Harry Kolbeck']);
  });
  test('negative: the same first name alone before a common noun makes no person', () => {
    expect(persons(run('Harry Potter fans queued outside the cinema.', 'en')).filter((p) => p.includes('fans'))).toEqual([]);
    expect(persons(run('Victory Parade crowds filled the square.', 'en'))).toEqual([]);
  });

  test('a particle inside a name before a speech verb ("Peter van Dijk said")', () => {
    expect(persons(run('After the match Peter van Brakel said the team had earned it.', 'en'))).toEqual(['Person:Peter van Brakel=Peter van Brakel']);
  });
  test('negative: a name never starts with the particle', () => {
    const found = persons(run('The trophy went to van Brakel said nobody.', 'en'));
    expect(found.some((p) => p.includes('=van'))).toBe(false);
  });

  test('initials before a surname after a role ("chairman C.C. Wei")', () => {
    expect(persons(run('Globex chairman C.C. Weng said demand was strong.', 'en'))).toEqual(['Person:C.C. Weng=C.C. Weng']);
    expect(persons(run('Der Vorstandschef J. R. Korhonen sagte, die Nachfrage sei stark.', 'de'))).toEqual(['Person:J. R. Korhonen=J. R. Korhonen']);
  });
  test('negative: initials without a name after them are no person', () => {
    expect(persons(run('The chairman said U.S. demand was strong.', 'en'))).toEqual([]);
  });

  test('a first name that is also a noun after a role compound with an organisation prefix ("DHB-Vorstandschef Mark Schober")', () => {
    expect(persons(run('DHB-Vorstandschef Mark Schober sagte, man sei zufrieden.', 'de'))).toEqual(['Person:Mark Schober=Mark Schober']);
  });
  test('negative: a noun that is no first name after a role stays out', () => {
    expect(persons(run('Der Vorstandschef Geld Schober sagte nichts.', 'de')).some((p) => p.includes('Geld'))).toBe(false);
  });

  test('a German demonym noun after an article before a name ("Der Nigerianer Victor Osimhen")', () => {
    expect(persons(run('Der Nigerianer Victor Okonkwe traf zweimal.', 'de'))).toEqual(['Person:Victor Okonkwe=Victor Okonkwe']);
  });
  test('negative: a capitalised adjective after an article starts an organisation, not a person', () => {
    expect(persons(run('Die Deutsche Bahn Fernverkehr meldete Verspätungen.', 'de'))).toEqual([]);
    expect(persons(run('Die Nigerianische Kolbe Werke meldeten Gewinne.', 'de'))).toEqual([]);
  });
});

describe('persons: name particles', () => {
  test('a sentence-initial name with a particle, and the later surname with its particle ("Peter van Dijk scored ... Van Dijk")', () => {
    const doc = run('Peter van Brakel scored twice. Van Brakel was happy.', 'en');
    expect(persons(doc)).toEqual(['Person:Peter van Brakel=Peter van Brakel', 'Person:Peter van Brakel=Van Brakel']);
  });
  test('negative: a particle before a name that is no first name, or before a dictionary word, makes no person', () => {
    expect(persons(run('Costa del Sol attracts tourists.', 'en'))).toEqual([]);
    expect(persons(run('Thomas der Bäcker backte Brot.', 'de'))).toEqual([]);
  });
  test('a name with a particle before a comma and a role ("Peter van Dijk, chief executive of ...")', () => {
    const doc = run('TOKYO, May 14 (Reuters) - Peter van Brakel, chief executive of Globex, visited Japan this week.', 'en');
    expect(persons(doc)).toEqual(['Person:Peter van Brakel=Peter van Brakel']);
  });
  test('negative: a lowercase particle alone before the comma is no name start', () => {
    expect(persons(run('The shares went to van Brakel, chief executive of Globex, on Monday.', 'en')).some((p) => p.includes('=van'))).toBe(false);
  });
  test('two particles after a demonym ("Der Spanier Luis de la Fuente")', () => {
    expect(persons(run('Der Spanier Luis de la Fuerta sagte, das Team sei bereit.', 'de'))).toEqual(['Person:Luis de la Fuerta=Luis de la Fuerta']);
  });
  test('an Arabic article joined to the surname ("Khalid al-Falih"), and the bare "Al-Falih" later', () => {
    const doc = run('Energy Minister Khalid al-Fahoum said output would rise. Al-Fahoum added more.', 'en');
    expect(persons(doc)).toEqual(['Person:Khalid al-Fahoum=Khalid al-Fahoum', 'Person:Khalid al-Fahoum=Al-Fahoum']);
  });
  test('negative: a lowercase hyphen word after a name is no name part', () => {
    expect(persons(run('Energy Minister Khalid Fahoum said al-based output would rise.', 'en'))).toEqual(['Person:Khalid Fahoum=Khalid Fahoum']);
  });
});

describe('persons: "led by", nationality possessive', () => {
  test('2-4 name words after "led by" / "geleitet von"', () => {
    expect(persons(run('The Reform Party, led by Dragan Hajduković Berisha, came second.', 'en'))).toEqual(['Person:Dragan Hajduković Berisha=Dragan Hajduković Berisha']);
    expect(persons(run('Die Delegation, geleitet von Anna Berghof, traf am Montag ein.', 'de'))).toEqual(['Person:Anna Berghof=Anna Berghof']);
  });
  test('negative: an organisation or a common phrase after "led by" is no person', () => {
    expect(persons(run('A coalition led by Green Future Alliance won.', 'en'))).toEqual([]);
    expect(persons(run('The mission was led by senior envoys from Geneva.', 'en'))).toEqual([]);
  });
  test('a country\'s possessive before a name whose last word is also an English word that is a proper name ("China\'s Lei Ting")', () => {
    expect(persons(run("In the women's section, China's Lei Ting won gold.", 'en'))).toEqual(['Person:Lei Ting=Lei Ting']);
  });
  test('negative: a country\'s possessive before an institution stays no person', () => {
    expect(persons(run("China's Foreign Ministry said on Monday it was ready.", 'en'))).toEqual([]);
  });
});

describe('persons: a known first name inside the sentence', () => {
  test('before a word the English lists know only as a proper name ("the club\'s Harry Kane")', () => {
    expect(persons(run("The club's Harry Kane scored twice.", 'en'))).toEqual(['Person:Harry Kane=Harry Kane']);
  });
  test('after a name already found in the possessive ("Bayern Munich\'s Harry Kane")', () => {
    const doc = run("Bayern Munich's Harry Kolbeck scored twice in the match.", 'en');
    expect(persons(doc)).toEqual(['Person:Harry Kolbeck=Harry Kolbeck']);
    expect(orgs(doc)).toEqual(["Organization:FC Bayern Munich=Bayern Munich's"]);
  });
  test('negative: a first name before a common word, or after an unknown capitalised word, makes no person', () => {
    expect(persons(run('The club signed Harry Bridge contracts on Monday.', 'en'))).toEqual([]);
    expect(persons(run('The Zorvath Harry Kolbeck trophy was awarded.', 'en'))).toEqual([]);
  });
});

describe('sentences: regnal numerals', () => {
  test('a one-letter numeral after a name ends the sentence before a function word', () => {
    const doc = run('Die Delegation traf König Frederik X. Danach reiste sie nach Aarhus.', 'de');
    expect(sentences(doc)).toEqual(['Die Delegation traf König Frederik X.', 'Danach reiste sie nach Aarhus.']);
    expect(persons(doc)).toContain('Person:Frederik X=Frederik X');
    expect(sentences(run('They met King Charles V. He spoke first.', 'en'))).toHaveLength(2);
  });
  test('negative: no split inside the sentence, nor after an initial before a surname', () => {
    expect(sentences(run('König Frederik X. empfing den Gast.', 'de'))).toHaveLength(1);
    expect(sentences(run('The report by John V. Kelleher was published.', 'en'))).toHaveLength(1);
    expect(sentences(run('Dr. Anna X. Meier sprach.', 'de'))).toHaveLength(1);
  });
});

describe('clubs: "Bayern" before a city', () => {
  test('in a sports text it is the club, not Bavaria and Munich', () => {
    expect(orgs(run('Bayern Munich won the match against Dortmund.', 'en'))).toEqual(['Organization:FC Bayern Munich=Bayern Munich']);
  });
  test('a region before its city is the club even without a sports word ("Bayern Munich beat Dortmund")', () => {
    expect(orgs(run('Bayern Munich beat Dortmund 3-1 on Saturday.', 'en'))).toEqual(['Organization:FC Bayern Munich=Bayern Munich']);
  });
  test('after the full club name, the place word alone or as a compound\'s first part is the club', () => {
    const doc = run('Der FC Bayern München gewann das Spiel. Bayern führt die Tabelle an. Bayern-Präsident Uli Kolbe sagte, man sei froh.', 'de');
    expect(orgs(doc)).toEqual(['Organization:FC Bayern Munich=FC Bayern München', 'Organization:FC Bayern Munich=Bayern', 'Organization:FC Bayern Munich=Bayern']);
  });
  test('negative: after a place preposition, or without the club named in full, it stays the region', () => {
    const doc = run('Der FC Bayern München gewann das Spiel. Die Mannschaft reist nach Bayern zurück.', 'de');
    expect(doc.mentions.map(show)).toContain('Region:Bavaria=Bayern');
    expect(run('Bayern führt die Tabelle an, das Spiel war gut.', 'de').mentions.map(show)).toContain('Region:Bavaria=Bayern');
  });
  test('negative: without sports it stays the region', () => {
    const doc = run('Bayern has the highest number of breweries; Munich the most visitors.', 'en');
    expect(orgs(doc)).toEqual([]);
    expect(doc.mentions.map(show)).toContain('Region:Bavaria=Bayern');
  });
});
