import type { AnalyzedDocument } from '../../../../src/extract/pipeline-types.js';
import { analyzeText, expectOffsetsHold } from '../fixtures/helpers.js';

function corefs(doc: AnalyzedDocument): string[] {
  return doc.mentions.filter((m) => m.via === 'coref').map((m) => `${m.text}->${m.name}`);
}

describe('coreference', () => {
  const cases: Array<[string, 'de' | 'en', string, string[]]> = [
    [
      'role phrases with and without a country, pronoun after a speech verb',
      'de',
      'Der belarussische Präsident Alexander Lukaschenko reiste ab. „Wir sind bereit“, sagte der belarussische Staatschef. ' +
        'Das sagte er gestern. „Gut“, fügte das belarussische Staatsoberhaupt hinzu. Der Präsident lächelte.',
      ['der belarussische Staatschef->Alexander Lukashenko', 'er->Alexander Lukashenko', 'das belarussische Staatsoberhaupt->Alexander Lukashenko', 'Der Präsident->Alexander Lukashenko'],
    ],
    [
      'English pronouns and the president',
      'en',
      'Kazakh President Kassym-Jomart Tokayev arrived. "We are ready," he said. The president smiled, he added.',
      ['he->Kassym-Jomart Tokayev', 'The president->Kassym-Jomart Tokayev', 'he->Kassym-Jomart Tokayev'],
    ],
    [
      'the most recent compatible person wins',
      'de',
      'Präsident Igor Petrow traf Außenministerin Anna Iwanowa. Die Außenministerin sagte, der Präsident habe recht.',
      ['Die Außenministerin->Anna Iwanowa', 'der Präsident->Igor Petrow'],
    ],
    [
      'a country adjective must match the person’s country',
      'de',
      'Der belarussische Präsident Alexander Lukaschenko kam. Der kasachische Präsident lobte ihn.',
      [],
    ],
    [
      'nobody to refer to',
      'de',
      'Der Präsident lobte die Partner. „Gut“, sagte er.',
      [],
    ],
    [
      'plural role phrases are groups, not the person',
      'en',
      'Prime Minister Keir Starmer met President Jane Roe. The two leaders agreed. The presidents smiled.',
      [],
    ],
    [
      'a plural pronoun that is no quote attribution stays unresolved',
      'de',
      'Präsident Igor Petrow kam. Sie lobten die Partner.',
      [],
    ],
  ];
  test.each(cases)('%s', (_name, lang, text, expected) => {
    const doc = analyzeText(text, lang);
    expect(corefs(doc)).toEqual(expected);
    expectOffsetsHold(doc);
  });

  test('coreference mentions point to the same entity id and are sorted into the mention list', () => {
    const doc = analyzeText('Präsident Igor Petrow kam. „Ja“, sagte er.');
    const persons = doc.mentions.filter((m) => m.type === 'Person');
    expect(new Set(persons.map((m) => m.entityId))).toEqual(new Set(['person:igor-petrow']));
    const starts = doc.mentions.map((m) => m.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });
});
