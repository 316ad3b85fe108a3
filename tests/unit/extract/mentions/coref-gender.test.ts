// Pronoun gender in coreference: "sie"/"she" refer to the most recent woman or person of unknown
// gender, "er"/"he" to a man or unknown. Gender comes from role forms, titles, first names and
// earlier pronouns. Sentences written for this test.

import { analyze } from '../../../../src/extract/analyze.js';
import { firstNameGender, isFirstName } from '../../../../src/extract/model/first-names.js';

function pronouns(text: string, lang: 'de' | 'en'): string[] {
  const doc = analyze({ id: 'g', source: 'test', lang, text });
  return doc.mentions.filter((m) => m.via === 'coref' && m.tokenEnd - m.tokenStart === 1).map((m) => `${m.text}->${m.name}`);
}

describe('pronoun gender', () => {
  const cases: Array<[string, 'de' | 'en', string, string[]]> = [
    ['German female role form', 'de', 'Präsidentin Karla Mertens traf Minister Jonas Probst. „Gut“, sagte sie. „Schlecht“, sagte er.', ['sie->Karla Mertens', 'er->Jonas Probst']],
    ['female role form wins over recency', 'de', 'Trainerin Kim Yoon traf Minister Lars Oberg. „Ja“, sagte sie.', ['sie->Kim Yoon']],
    ['German male pronoun skips a known woman', 'de', 'Minister Lars Oberg traf Sängerin Kim Yoon. „Nein“, sagte er.', ['er->Lars Oberg']],
    ['titles Ms. and Mr.', 'en', 'Ms. Kowalczyk met Mr. Okafor. "Fine," she said. "No," he said.', ['she->Kowalczyk', 'he->Okafor']],
    ['German title Frau', 'de', 'Frau Brandtner traf Herrn Okafor. „Gut“, sagte sie.', ['sie->Brandtner']],
    ['first names', 'en', 'Minister Maria Tennant met Minister David Ruiz. "Yes," she said.', ['she->Maria Tennant']],
    ['first names, male', 'en', 'Minister David Ruiz met Minister Maria Tennant. "No," he said.', ['he->David Ruiz']],
    ['unknown gender takes either pronoun', 'en', 'Minister Kiri Tanaro arrived. "Yes," she said.', ['she->Kiri Tanaro']],
    ['an earlier pronoun fixes the gender', 'en', 'Minister Kiri Tanaro arrived. "Yes," he said. "Maybe," she added.', ['he->Kiri Tanaro']],
    ['no woman to refer to', 'de', 'Minister Lars Oberg kam. „Gut“, sagte sie.', []],
  ];
  test.each(cases)('%s', (_n, lang, text, expected) => expect(pronouns(text, lang)).toEqual(expected));
});

describe('first-name data', () => {
  test.each([
    ['maria', 'f'], ['sofia', 'f'], ['helena', 'f'], ['david', 'm'], ['ramon', 'm'], ['chad', 'm'], ['kiri', undefined], ['berlin', undefined],
  ] as Array<[string, 'f' | 'm' | undefined]>)('firstNameGender(%s) = %s', (name, gender) => expect(firstNameGender(name)).toBe(gender));

  test.each([['paris', true], ['milan', true], ['table', false], ['kasachstan', false]] as Array<[string, boolean]>)('isFirstName(%s) = %s', (name, known) => {
    expect(isFirstName(name)).toBe(known);
  });
});
