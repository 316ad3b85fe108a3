import { splitSentences } from '../../../../src/extract/text/sentences.js';

function texts(text: string): string[] {
  return splitSentences(text).map((s) => s.text);
}

describe('splitSentences', () => {
  const cases: Array<[string, string, string[]]> = [
    ['German date', 'Am 3. Juli traf er ein. Dann ging er.', ['Am 3. Juli traf er ein.', 'Dann ging er.']],
    ['ordinal after article', 'Der 2. Weltkrieg endete 1945. Danach kam der Frieden.', ['Der 2. Weltkrieg endete 1945.', 'Danach kam der Frieden.']],
    ['ordinal after am', 'Er kam am 1. Mai. Sie kam später.', ['Er kam am 1. Mai.', 'Sie kam später.']],
    ['z. B. and u. a.', 'Es gibt z. B. Äpfel und u. a. Birnen. Gut so.', ['Es gibt z. B. Äpfel und u. a. Birnen.', 'Gut so.']],
    ['titles and Nr.', 'Dr. Müller wohnt in der Str. Nr. 5 bzw. daneben. Ende.', ['Dr. Müller wohnt in der Str. Nr. 5 bzw. daneben.', 'Ende.']],
    ['English abbreviations', 'Mr. Smith visited the U.S. last year. He liked it.', ['Mr. Smith visited the U.S. last year.', 'He liked it.']],
    ['initials', 'J. R. R. Tolkien wrote books. They sold well.', ['J. R. R. Tolkien wrote books.', 'They sold well.']],
    ['decimals', 'Das Wachstum lag bei 2.5 Prozent. Gut.', ['Das Wachstum lag bei 2.5 Prozent.', 'Gut.']],
    ['a number ending a sentence', 'Die Zahl stieg auf 5. Danach fiel sie.', ['Die Zahl stieg auf 5.', 'Danach fiel sie.']],
    ['question and exclamation', 'Wirklich? Ja! Gut.', ['Wirklich?', 'Ja!', 'Gut.']],
    ['line breaks end sentences', 'Titel ohne Punkt\nErster Satz. Zweiter Satz', ['Titel ohne Punkt', 'Erster Satz.', 'Zweiter Satz']],
    ['closing quote stays with its sentence', '„Das ist gut.“ Er ging.', ['„Das ist gut.“', 'Er ging.']],
    ['dateline stays in the first sentence', 'MINSK, 3. Juli (BelTA) - Der Präsident sprach. Dann ging er.', ['MINSK, 3. Juli (BelTA) - Der Präsident sprach.', 'Dann ging er.']],
    ['lowercase after a period is no new sentence', 'Es kostet ca. zehn Euro.', ['Es kostet ca. zehn Euro.']],
  ];
  test.each(cases)('%s', (_name, text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  test('quotes spanning several sentences mark each of them, and only them', () => {
    const text = 'Er kam an. „Das ist gut! Wir sind froh. Es geht weiter“, sagte er. Dann ging er.';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => [s.text, s.quoted])).toEqual([
      ['Er kam an.', false],
      ['„Das ist gut!', true],
      ['Wir sind froh.', true],
      ['Es geht weiter“, sagte er.', true],
      ['Dann ging er.', false],
    ]);
  });

  test('a short quoted title is no direct speech', () => {
    const [s] = splitSentences('Er besuchte das Festival „Slawischer Basar“ in Witebsk.');
    expect(s!.quoted).toBe(false);
  });

  test('English straight quotes', () => {
    const sentences = splitSentences('"We agreed. Trade will grow," he said. Then he left.');
    expect(sentences.map((s) => s.quoted)).toEqual([true, true, false]);
  });

  test('indices, offsets and tokens are consistent', () => {
    const text = '  Erster Satz.\n\nZweiter Satz!  ';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.index)).toEqual([0, 1]);
    for (const s of sentences) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
      expect(s.tokens[0]!.start).toBe(s.start);
      expect(s.tokens[s.tokens.length - 1]!.end).toBe(s.end);
    }
  });

  test('empty text has no sentences', () => {
    expect(splitSentences('')).toEqual([]);
  });
});
