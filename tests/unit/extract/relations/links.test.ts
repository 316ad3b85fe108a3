// Relation fixes of helper "links" (quality round 4), each with a sentence that must give the result and
// one that must not: WORKS_FOR gives way to LEADER_OF for the same pair; arms and aid are no trade;
// "Its president" takes no dateline country; pronoun subjects in inverted German order reach the rules.

import { extract } from '../../../../src/extract/extract.js';
import type { Lang } from '../../../../src/types.js';

function relations(text: string, lang: Lang): string[] {
  const ex = extract({ id: 't', source: 't.txt', lang, text });
  const name = new Map(ex.entities.map((e) => [e.id, e.name]));
  return ex.relations.map((r) => `${r.type} ${name.get(r.source)} -> ${name.get(r.target)}`).sort();
}

describe('LEADER_OF is more specific than WORKS_FOR', () => {
  test('"X, the chief executive of Siemens, said" gives LEADER_OF only', () => {
    const found = relations('Roland Busch, the chief executive of Siemens, said the company would grow.', 'en');
    expect(found).toContain('LEADER_OF Roland Busch -> Siemens');
    expect(found).not.toContain('WORKS_FOR Roland Busch -> Siemens');
  });
  test('an employee keeps WORKS_FOR', () => {
    expect(relations('Peter Roe, who works for Siemens, said the company would grow.', 'en')).toContain('WORKS_FOR Peter Roe -> Siemens');
  });
});

describe('arms and aid are no trade', () => {
  test.each([
    ['de', 'Deutschland liefert Waffen an die Ukraine.'],
    ['de', 'Polen liefert weitere Kampfpanzer an die Ukraine.'],
    ['en', 'The United States supplies weapons to Ukraine.'],
    ['en', 'Japan shipped humanitarian aid to Ukraine.'],
  ] as const)('%s: %s gives no TRADES_WITH', (lang, text) => {
    expect(relations(text, lang).filter((r) => r.startsWith('TRADES_WITH'))).toEqual([]);
  });
  test('German arms deliveries give SUPPORTS instead', () => {
    expect(relations('Polen liefert weitere Kampfpanzer an die Ukraine.', 'de')).toContain('SUPPORTS Poland -> Ukraine');
  });
  test.each([
    ['de', 'Deutschland exportiert Autos nach China.', 'TRADES_WITH China -> Germany'],
    ['en', 'Japan exports cars to China.', 'TRADES_WITH China -> Japan'],
  ] as const)('%s: goods are trade: %s', (lang, text, want) => {
    expect(relations(text, lang)).toContain(want);
  });
});

describe('a possessive role takes no dateline country', () => {
  test('"Its president, X, said" after several organisations: no owner', () => {
    const text = 'NAIROBI, March 3 (Reuters) - The African Union, the World Bank and the IMF met in Kenya on Monday. '
      + 'Its president, Jane Roe, said the talks were good.';
    expect(relations(text, 'en').filter((r) => r.includes('Jane Roe'))).toEqual([]);
  });
  test('"Ihr Präsident" in German: no owner from the dateline', () => {
    const text = 'NAIROBI (dpa) - Die Afrikanische Union und die Weltbank berieten am Montag in Kenia. Ihr Präsident, Max Roe, lobte die Gespräche.';
    expect(relations(text, 'de').filter((r) => r.includes('Max Roe') && r.includes('Kenya'))).toEqual([]);
  });
  test('"its" may still refer to the country that is the subject', () => {
    const text = 'NAIROBI, March 3 (Reuters) - Kenya has reached a deal with the IMF, its finance minister Jane Roe said on Tuesday.';
    expect(relations(text, 'en')).toContain('WORKS_FOR Jane Roe -> Kenya');
  });
  test('a role without possessive keeps the dateline country', () => {
    const text = 'NAIROBI, March 3 (Reuters) - Kenya will raise taxes, Finance Minister Jane Roe said on Tuesday.';
    expect(relations(text, 'en')).toContain('WORKS_FOR Jane Roe -> Kenya');
  });
});

describe('a federal office is no office of the dateline country', () => {
  test('"HANOI (dpa) - Bundespräsident X" gives X no Vietnam', () => {
    const text = 'HANOI (dpa) - Bundespräsident Frank-Walter Steinmeier ist zu einem dreitägigen Besuch in Vietnam eingetroffen.';
    const found = relations(text, 'de');
    expect(found.filter((r) => r.startsWith('LEADER_OF'))).toEqual([]);
    expect(found).toContain('VISITED Frank-Walter Steinmeier -> Vietnam');
  });
  test('a non-federal office keeps the dateline country', () => {
    const text = 'HANOI (dpa) - Regierungschef Pham Minh Chinh hat am Montag neue Reformen in Vietnam angekündigt.';
    expect(relations(text, 'de')).toContain('LEADER_OF Pham Minh Chinh -> Vietnam');
  });
});

describe('subject pronouns reach the relation rules', () => {
  test('German inverted order: "Danach reiste er nach", "Am Montag kam er mit X zusammen"', () => {
    const text = 'Bundeskanzler Olaf Scholz ist nach Vietnam gereist. Am Montag kam er mit Präsident Vo Van Thuong zusammen. Danach reiste er nach Indonesien.';
    const found = relations(text, 'de');
    expect(found).toContain('VISITED Olaf Scholz -> Indonesia');
    expect(found).toContain('MET_WITH Olaf Scholz -> Vo Van Thuong');
  });
  test('English "He met"', () => {
    const found = relations('Chancellor Olaf Scholz travelled to Vietnam on Monday. He met President Vo Van Thuong in Hanoi.', 'en');
    expect(found).toContain('MET_WITH Olaf Scholz -> Vo Van Thuong');
  });
  test('an ambiguous "er" links nobody', () => {
    const text = 'Am Montag empfing der Präsident Vo Van Thuong den Bundeskanzler Olaf Scholz. Danach reiste er nach Indonesien.';
    expect(relations(text, 'de').filter((r) => r.startsWith('VISITED'))).toEqual([]);
  });
});

describe('German verb-second rules: the subject after the finite verb', () => {
  const intro = 'Die Ökonomin Maria Schmidt kommt aus Bayern. ';
  test.each([
    ['Zuvor arbeitete sie für die Deutsche Bank.', 'WORKS_FOR Maria Schmidt -> Deutsche Bank'],
    ['Seit 2021 ist sie Chefin der Commerzbank.', 'LEADER_OF Maria Schmidt -> Commerzbank'],
    ['Seit 2019 ist sie Mitglied der SPD.', 'MEMBER_OF Maria Schmidt -> SPD'],
    ['Seit 2020 leitet sie den IWF.', 'LEADER_OF Maria Schmidt -> IMF'],
    ['Seit 2022 spielt sie für den THW Kiel.', 'MEMBER_OF Maria Schmidt -> THW Kiel'],
  ])('%s', (sentence, want) => {
    expect(relations(intro + sentence, 'de')).toContain(want);
  });
  test.each([
    'Zuvor arbeitete sie nicht für die Deutsche Bank.',
    'Seit 2021 ist sie nicht mehr Chefin der Commerzbank.',
    'Seit 2019 ist sie kein Mitglied der SPD.',
    'Danach trafen sie die Chefin der Commerzbank.',
  ])('no relation of Maria Schmidt: %s', (sentence) => {
    expect(relations(intro + sentence, 'de').filter((r) => r.includes('Maria Schmidt'))).toEqual([]);
  });
});

describe('present perfect office: "has been chief executive of"', () => {
  test('"She has been chief executive of Commerzbank" gives LEADER_OF', () => {
    const text = 'Economist Maria Smith was born in Ohio. She has been chief executive of Commerzbank since 2021.';
    expect(relations(text, 'en')).toContain('LEADER_OF Maria Smith -> Commerzbank');
  });
  test('"has not been" gives nothing', () => {
    const text = 'Economist Maria Smith was born in Ohio. She has not been chief executive of Commerzbank since 2021.';
    expect(relations(text, 'en').filter((r) => r.includes('Commerzbank'))).toEqual([]);
  });
});
