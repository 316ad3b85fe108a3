// Sports clubs, organisations after organisation nouns, hyphen compounds, truncated names, acronym
// aliases, persons opening a sentence and datelines with a country, with the real knowledge base.

import { analyzeWith } from '../../../../src/extract/mentions/find-mentions.js';
import { parseCountryDateline } from '../../../../src/extract/mentions/dateline-country.js';
import { KB } from '../../../../src/extract/model/kb.js';
import type { AnalyzedDocument, Mention } from '../../../../src/extract/pipeline-types.js';
import { expectOffsetsHold, rows } from '../fixtures/helpers.js';

const analyze = (text: string, lang: 'de' | 'en'): AnalyzedDocument => analyzeWith({ id: 'doc1', source: 'test', lang, text }, KB);
const all = (text: string, lang: 'de' | 'en'): string[] => {
  const doc = analyze(text, lang);
  expectOffsetsHold(doc);
  return rows(doc, (m: Mention) => m.via !== 'coref');
};

describe('sports clubs', () => {
  const cases: Array<[string, 'de' | 'en', string[], string[]]> = [
    ['Der Stürmer wechselt von Hajduk Split zum SV Werder Bremen.', 'de', ['Organization:Hajduk Split=Hajduk Split', 'Organization:SV Werder Bremen=SV Werder Bremen'], []],
    ['Im Spiel gegen den FC Bayern München traf er zweimal.', 'de', ['Organization:FC Bayern Munich=FC Bayern München'], ['City:Munich=München', 'Region:Bavaria=Bayern']],
    ['Der Trainer von Dynamo Kiew lobte die Mannschaft.', 'de', ['Organization:Dynamo Kyiv=Dynamo Kiew'], ['City:Kyiv=Kiew']],
    ['The striker joined Real Madrid after a season with Fenerbahçe Istanbul.', 'en', ['Organization:Real Madrid=Real Madrid', 'Organization:Fenerbahçe=Fenerbahçe Istanbul'], ['City:Madrid=Madrid']],
    ['Manchester United beat Olympique Marseille in the cup match.', 'en', ['Organization:Manchester United=Manchester United', 'Organization:Olympique de Marseille=Olympique Marseille'], []],
  ];
  test.each(cases)('%s', (text, lang, expected, absent) => {
    const found = all(text, lang);
    for (const e of expected) expect(found).toContain(e);
    for (const a of absent) expect(found).not.toContain(a);
  });

  test('a place prefix word outside a sports text is no club', () => {
    expect(all('Der reale Preis in Madrid stieg, sagte die Bank.', 'de')).not.toContain('Organization:Real Madrid=Real Madrid');
    expect(all('Real incomes in Madrid rose last year.', 'en').some((r) => r.startsWith('Organization:Real'))).toBe(false);
  });

  test('a first name that is also a club prefix stays a person', () => {
    expect(all('Im Stadion sagte Viktoria Hansen, das Spiel sei gut gewesen.', 'de').some((r) => r.startsWith('Organization:'))).toBe(false);
  });

  test('"City" after a city outside sports stays a place', () => {
    expect(all('Prices in Mexico City rose again.', 'en').some((r) => r.startsWith('Organization:'))).toBe(false);
  });
});

describe('organisations after organisation nouns', () => {
  const cases: Array<[string, 'de' | 'en', string]> = [
    ['Die Umweltorganisation Selva Limpia kritisierte das Projekt.', 'de', 'Organization:Selva Limpia=Selva Limpia'],
    ['Auch das Kulturzentrum Tvornica lud zum Konzert.', 'de', 'Organization:Tvornica=Tvornica'],
    ['Der Betreiber Nordlink Energi widersprach.', 'de', 'Organization:Nordlink Energi=Nordlink Energi'],
    ['Danach spielte die Band Vetrovi im Park.', 'de', 'Organization:Vetrovi=Vetrovi'],
    ['The NGO Mwangaza Trust warned of floods.', 'en', 'Organization:Mwangaza Trust=Mwangaza Trust'],
    ['Funding came from the vaccine alliance Gavi and others.', 'en', 'Organization:Gavi=Gavi'],
    ['Die Impfallianz Gavi zahlte den Impfstoff.', 'de', 'Organization:Gavi=Gavi'],
  ];
  test.each(cases)('%s', (text, lang, expected) => {
    expect(all(text, lang)).toContain(expected);
  });

  test('a common noun after the cue is no name', () => {
    expect(all('Die Organisation Hilfe für Kinder sammelte.', 'de').some((r) => r.startsWith('Organization:Hilfe'))).toBe(false);
    expect(all('The NGO said the water was unsafe.', 'en').filter((r) => r.startsWith('Organization:') && r !== 'Organization:NGO=NGO')).toEqual([]);
  });
});

describe('hyphen compounds, long names and acronyms', () => {
  test('festival, region and a role after an organisation', () => {
    const found = all('Das Dunav-Jazz-Festival beginnt. In der Kunene-Region regnet es. Die Selva-Limpia-Sprecherin Ana Ruiz sprach.', 'de');
    expect(found).toContain('Event:Dunav-Jazz-Festival=Dunav-Jazz-Festival');
    expect(found).toContain('Region:Kunene=Kunene');
    expect(found).toContain('Organization:Selva Limpia=Selva-Limpia');
  });

  test('compounds of common nouns stay unnamed', () => {
    const found = all('Das Sommer-Festival beginnt. In der Berg-Region regnet es.', 'de');
    expect(found.some((r) => r.startsWith('Event:') || r.startsWith('Region:Berg'))).toBe(false);
  });

  test('names go on through of/for/and and Portuguese connectors', () => {
    const found = all('The National Party for Democratic Renewal met in São José dos Campos.', 'en');
    expect(found).toContain('Organization:National Party for Democratic Renewal=National Party for Democratic Renewal');
    expect(found).toContain('City:São José dos Campos=São José dos Campos');
    expect(all('The Electoral Commission of Kenya counted the votes.', 'en')).toContain('Organization:Electoral Commission of Kenya=Electoral Commission of Kenya');
  });

  test('a plural possessive inside the name, with its place', () => {
    expect(all("Members of the Independent Miners' Union of Bolivia marched.", 'en')).toContain("Organization:Independent Miners' Union of Bolivia=Independent Miners' Union of Bolivia");
    expect(all("The miners' union marched.", 'en').some((r) => r.startsWith('Organization:'))).toBe(false);
  });

  test('spelled-out acronyms without an organisation head make no organisation', () => {
    const found = all('Gross Domestic Product (GDP) rose while Artificial Intelligence (AI) spread.', 'en');
    expect(found.some((r) => r.startsWith('Organization:Gross') || r.startsWith('Organization:Artificial'))).toBe(false);
  });

  test('German company names with nouns and places before the legal form', () => {
    expect(all('Den Auftrag bekam Ostsee Wasserstoff GmbH & Co. KG aus Rostock.', 'de')).toContain('Organization:Ostsee Wasserstoff GmbH & Co. KG=Ostsee Wasserstoff GmbH & Co. KG');
    expect(all('Dann wurde die GmbH aufgelöst.', 'de').some((r) => r.startsWith('Organization:'))).toBe(false);
  });

  test('"and" right after a name does not join two names', () => {
    const found = all('The United Party and the Patriotic Front met.', 'en');
    expect(found.some((r) => r.includes('United Party and'))).toBe(false);
  });

  test('an acronym in brackets is one entity with the name; bare uses follow', () => {
    const doc = analyze('The Mexican Space Agency (AEM) launched a satellite. AEM said the test went well.', 'en');
    const orgs = doc.mentions.filter((m) => m.type === 'Organization');
    expect(orgs.map((m) => m.text)).toEqual(['Mexican Space Agency', 'AEM', 'AEM']);
    expect(new Set(orgs.map((m) => m.entityId)).size).toBe(1);
  });

  test('capitalised words whose initials spell the acronym make the name', () => {
    const doc = analyze('Teachers of the Ghana National Teachers Alliance (GNTA) went on strike. GNTA wants more pay.', 'en');
    const orgs = doc.mentions.filter((m) => m.type === 'Organization');
    expect(orgs[0]?.name).toBe('Ghana National Teachers Alliance');
    expect(orgs.every((m) => m.entityId === orgs[0]!.entityId)).toBe(true);
  });
});

describe('persons opening a sentence', () => {
  const cases: Array<[string, 'de' | 'en', string[]]> = [
    ['Mwila Banda said the count was fair. Later Banda added that he was tired.', 'en', ['Person:Mwila Banda=Mwila Banda', 'Person:Mwila Banda=Banda']],
    ['Tomislav Perišić wechselt nach Rijeka. Perišić schwieg dazu.', 'de', ['Person:Tomislav Perišić=Tomislav Perišić', 'Person:Tomislav Perišić=Perišić']],
    ['Ingrid Solheim, die seit Jahren dort lebt, protestierte.', 'de', ['Person:Ingrid Solheim=Ingrid Solheim']],
    ['Am Abend legten auch DJs Dragana Jovanović und andere auf.', 'de', ['Person:Dragana Jovanović=Dragana Jovanović']],
  ];
  test.each(cases)('%s', (text, lang, expected) => {
    const found = all(text, lang).filter((r) => r.startsWith('Person:'));
    expect(found).toEqual(expected);
  });

  test('dictionary words at a sentence start are no person', () => {
    expect(all('Große Koalition streitet weiter. Human Rights said nothing.', 'de').some((r) => r.startsWith('Person:'))).toBe(false);
    expect(all('Heavy Rains caused floods in the north.', 'en').some((r) => r.startsWith('Person:'))).toBe(false);
  });
});

describe('datelines with a country', () => {
  test.each([
    ['ILHÉUS, Brazil, March 3 (Reuters) - The launch was delayed.', 'en', { dateline: 'Ilhéus', publisher: 'Reuters', published: '03-03' }, ['City:Ilhéus=ILHÉUS', 'Country:Brazil=Brazil']],
    ['DAR ES SALAAM, Tanzania, May 2 (AP) - Rain fell.', 'en', { dateline: 'Dar es Salaam', publisher: 'AP', published: '05-02' }, ['City:Dar es Salaam=DAR ES SALAAM', 'Country:Tanzania=Tanzania']],
    ['DAUGAVPILS, Lettland, 3. März (LETA) - Die Regierung trat zurück.', 'de', { dateline: 'Daugavpils', publisher: 'LETA', published: '03-03' }, ['City:Daugavpils=DAUGAVPILS', 'Country:Latvia=Lettland', 'Organization:LETA=LETA']],
  ] as Array<[string, 'de' | 'en', Record<string, string>, string[]]>)('%s', (text, lang, fields, mentions) => {
    const doc = analyze(text, lang);
    expect({ dateline: doc.document.dateline, publisher: doc.document.publisher, published: doc.document.published }).toEqual(fields);
    const found = rows(doc);
    for (const m of mentions) expect(found).toContain(m);
    expectOffsetsHold(doc);
  });

  test('no dateline without a known country, a date or a dash', () => {
    expect(parseCountryDateline('Paris, Texas, is a small town.')).toBeUndefined();
    expect(parseCountryDateline('ILHÉUS, Brazil (Reuters) - no date')).toBeUndefined();
    expect(analyze('Anna, Maria, 3. März war ein Tag.', 'de').document.dateline).toBeUndefined();
    expect(analyze('Lima, Kartoffel, 3. März (XY) - Text.', 'de').document.dateline).toBeUndefined();
  });
});
