import { analyzeText, expectOffsetsHold, rows } from '../fixtures/helpers.js';

const kbOnly = (text: string, lang: 'de' | 'en' = 'de'): string[] => rows(analyzeText(text, lang), (m) => m.via.startsWith('kb-'));

describe('knowledge-base matcher', () => {
  const cases: Array<[string, string, string[]]> = [
    ['base name', 'Belarus und Kasachstan sind Partner.', ['Country:Belarus=Belarus', 'Country:Kazakhstan=Kasachstan']],
    ['genitive -s', 'Die Hauptstadt Kasachstans ist Astana.', ['Country:Kazakhstan=Kasachstans', 'City:Astana=Astana']],
    ['English possessive', "Kazakhstan's capital hosted Belarus’s delegation.", ['Country:Kazakhstan=Kazakhstan\'s', 'Country:Belarus=Belarus’s']],
    ['multi-word name, longest match', 'Die Eurasische Wirtschaftsunion tagte in Moskau.', ['Organization:EAEU=Eurasische Wirtschaftsunion', 'City:Moscow=Moskau']],
    ['case-insensitive name (dateline capitals)', 'MINSK und BERLIN', ['City:Minsk=MINSK', 'City:Berlin=BERLIN']],
    ['acronyms are case-sensitive', 'Die OVKS und die GUS, aber nicht gus oder Ovks.', ['Organization:CSTO=OVKS', 'Organization:CIS=GUS']],
    ['acronym before a hyphen', 'Vor dem SOZ-Gipfel sprach er.', ['Organization:SCO=SOZ']],
    ['dotted acronym', 'The U.S. delegation arrived.', ['Country:United States=U.S.']],
    ['adjective endings', 'die belarussische Seite, des kasachischen Teams, ein russischer Gast', ['Country:Belarus=belarussische', 'Country:Kazakhstan=kasachischen', 'Country:Russia=russischer']],
    ['English adjectives', 'Belarusian and Kazakh officials met.', ['Country:Belarus=Belarusian', 'Country:Kazakhstan=Kazakh']],
    ['demonyms with inflection', 'Die Kasachen und die Belarussen feierten.', ['Country:Kazakhstan=Kasachen', 'Country:Belarus=Belarussen']],
    ['place inside an event name stays its own mention', 'das Festival Slawischer Basar in Witebsk', ['Event:Slavianski Bazaar=Slawischer Basar', 'City:Vitebsk=Witebsk']],
    ['lowercase words are no names', 'minsk und belarus', []],
    ['no partial words', 'Belaruslandschaft und Minsker', []],
  ];
  test.each(cases)('%s', (_name, text, expected) => {
    expect(kbOnly(text)).toEqual(expected);
  });

  test('a hyphen compound of adjectives gives one mention per part with exact spans', () => {
    const text = 'Die engen belarussisch-kasachischen Beziehungen.';
    const doc = analyzeText(text);
    const parts = doc.mentions.filter((m) => m.via === 'kb-adjective');
    expect(parts.map((m) => [m.name, m.text, m.start, m.end])).toEqual([
      ['Belarus', 'belarussisch', 10, 22],
      ['Kazakhstan', 'kasachischen', 23, 35],
    ]);
    expectOffsetsHold(doc);
  });

  test('name before a hyphen: "Belarus-Besuch"', () => {
    expect(kbOnly('Der Belarus-Besuch war kurz.')).toEqual(['Country:Belarus=Belarus']);
  });

  test('mentions carry sentence and token indices', () => {
    const doc = analyzeText('Erster Satz. Dann kam Lukaschenko nach Minsk.');
    const m = doc.mentions.find((x) => x.name === 'Minsk')!;
    expect(m.sentence).toBe(1);
    expect(doc.sentences[1]!.tokens[m.tokenStart]!.text).toBe('Minsk');
    expect(m.tokenEnd).toBe(m.tokenStart + 1);
  });

  test('mentions never overlap outside hyphen compounds and event compounds', () => {
    const doc = analyzeText('Der belarussische Präsident Alexander Lukaschenko reiste nach Astana in Kasachstan zur Eurasischen Wirtschaftsunion.');
    const plain = doc.mentions.filter((m) => m.via !== 'coref');
    for (let i = 1; i < plain.length; i++) expect(plain[i]!.start).toBeGreaterThanOrEqual(plain[i - 1]!.end);
  });
});
