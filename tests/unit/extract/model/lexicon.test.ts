import { getLexicon, isEnglishCommonWord, isGermanCommonNoun, lexiconMissing } from '../../../../src/extract/model/lexicon.js';

describe('lexicon (dictionary-de / dictionary-en word lists)', () => {
  test('both lists load', () => {
    expect(lexiconMissing()).toEqual([]);
    const lex = getLexicon();
    expect(lex.deNouns.size).toBeGreaterThan(10000);
    expect(lex.enCommon.size).toBeGreaterThan(10000);
    expect(getLexicon()).toBe(lex);
  });

  test.each([
    ['Zusammenarbeit', true], ['Partner', true], ['Partnern', true], ['Präsidentschaft', true], ['Landwirtschaft', true],
    ['Kooperationspotenzial', true], ['Handelsumsatz', true], ['Gütertransit', true], ['Staatsführung', true], ['Präsidentin', true],
    ['Lukaschenko', false], ['Bilezki', false], ['Witebsk', false], ['Kazinform', false], ['Tokajew', false], ['Alexander', false],
  ])('isGermanCommonNoun(%s) = %s', (word, expected) => {
    expect(isGermanCommonNoun(word)).toBe(expected);
  });

  test.each([['The', true], ['President', true], ['However', true], ['Washington', false], ['Biden', false], ['Reuters', false]])(
    'isEnglishCommonWord(%s) = %s',
    (word, expected) => {
      expect(isEnglishCommonWord(word)).toBe(expected);
    },
  );
});
