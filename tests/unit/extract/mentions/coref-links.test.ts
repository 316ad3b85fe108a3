// Subject pronouns (helper "links", quality round 4): "Er reiste", "Danach traf sie X", "In Hanoi
// wurde er empfangen", "He met" refer to the only fitting person named just before (or the subject of
// the sentence before); several candidates without a subject, a plural "sie" and an object "sie" give nothing.

import type { AnalyzedDocument } from '../../../../src/extract/pipeline-types.js';
import { analyzeText, expectOffsetsHold } from '../fixtures/helpers.js';

function corefs(doc: AnalyzedDocument): string[] {
  return doc.mentions.filter((m) => m.via === 'coref').map((m) => `${m.text}->${m.name}`);
}

describe('subject pronouns', () => {
  const cases: Array<[string, 'de' | 'en', string, string[]]> = [
    ['sentence-initial "Er"', 'de', 'Präsident Igor Petrow kam. Er lobte die Partner.', ['Er->Igor Petrow']],
    ['"er" after the finite verb (inverted order)', 'de', 'Präsident Igor Petrow reiste nach Minsk. In Minsk wurde er vom Regierungschef empfangen.', ['er->Igor Petrow']],
    ['"er" after "kam" with an adverbial first', 'de', 'Präsident Igor Petrow reiste ab. Am Montag kam er mit Anna Iwanowa zusammen.', ['er->Igor Petrow']],
    ['"sie" after a singular verb in a sentence opened by an adverb', 'de', 'Außenministerin Anna Iwanowa reiste ab. Danach traf sie Igor Petrow.', ['sie->Anna Iwanowa']],
    ['a plural verb makes "sie" no woman', 'de', 'Außenministerin Anna Iwanowa reiste ab. Danach trafen sie Igor Petrow.', []],
    ['"sie" as the object of a named subject', 'de', 'Außenministerin Anna Iwanowa reiste ab. Präsident Igor Petrow traf sie in Minsk.', []],
    ['the subject of the sentence before wins over a later person', 'de', 'Präsident Igor Petrow empfing am Montag Oleg Smirnow. Danach reiste er nach Minsk.', ['er->Igor Petrow']],
    ['two persons, neither opening the sentence: nothing', 'de', 'Am Montag empfing Präsident Igor Petrow den Minister Oleg Smirnow. Danach reiste er nach Minsk.', []],
    ['a person of the other gender does not take the pronoun', 'de', 'Außenministerin Anna Iwanowa traf Igor Petrow. Er reiste dann ab.', ['Er->Igor Petrow']],
    ['nobody named in the two sentences before', 'de', 'Präsident Igor Petrow kam. Es regnete. Der Markt war voll. Das Wetter blieb schlecht. Er lobte die Partner.', []],
    ['English "He" and a later "he"', 'en', 'President Igor Petrov arrived in Minsk. He met Anna Ivanova. Later he travelled to Astana.', ['He->Igor Petrov', 'he->Igor Petrov']],
    ['English: in its own sentence, the only person before it', 'en', 'Igor Petrov hopes that he can travel to Astana.', ['he->Igor Petrov']],
  ];
  test.each(cases)('%s', (_name, lang, text, expected) => {
    const doc = analyzeText(text, lang);
    expect(corefs(doc)).toEqual(expected);
    expectOffsetsHold(doc);
  });
});
