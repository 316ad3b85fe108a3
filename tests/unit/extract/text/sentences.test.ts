import { splitSentences } from '../../../../src/extract/text/sentences.js';
import { WordTable, tokenizeWordsInto, type TableWord } from '../../../../src/extract/text/tokenize.js';
import { MARK_BREAK, MARK_PARAGRAPH, MARK_QUOTE, MARK_TERMINAL, newTokenMarks } from '../../../../src/extract/text/token-marks.js';
import type { Token } from '../../../../src/extract/pipeline-types.js';

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

describe('splitSentences with the tokenizer\'s marks', () => {
  const table = new WordTable((text: string, lower: string) => ({ text, lower }));

  function viaMarks(text: string): ReturnType<typeof splitSentences> {
    const words: TableWord[] = [];
    const tokens: Token[] = [];
    const marks = newTokenMarks();
    const count = tokenizeWordsInto(text, table, words, tokens, marks);
    return splitSentences(text, tokens, count, marks);
  }

  /** Texts from characters that end, open or break sentences and quotations, by a fixed-seed generator. */
  function randomTexts(n: number): string[] {
    const pieces = ['Er', 'kam', 'Dr', 'z', 'B', 'am', '3', '2.5', 'Mai', 'der', 'Juli', 'U.S', 'ca', '.', '.', '!', '?', '…', ',', '„', '“', '"', '«', '»', "'", '’', '(', ')', '-', '–', ' ', ' ', ' ', '\n', '\n\n', ' \n ', '\n \n', 'Ärger', 'schön'];
    let seed = 12345;
    const next = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const out: string[] = [];
    for (let k = 0; k < n; k++) {
      let text = '';
      const length = 1 + Math.floor(next() * 60);
      for (let p = 0; p < length; p++) {
        text += pieces[Math.floor(next() * pieces.length)]!;
        if (next() < 0.5) text += ' ';
      }
      out.push(text);
    }
    return out;
  }

  test('give the sentences of the token-by-token walk', () => {
    const texts = [
      ...randomTexts(3000),
      '„Das ist gut! Wir sind froh.\n\nEs geht weiter“, sagte er. Dann ging er.',
      'Titel\n\n„Offen bis zum Absatz, mit Komma\n\nNeuer Absatz. Ende.',
      '',
      '...\n',
    ];
    let differences = 0;
    for (const text of texts) if (JSON.stringify(viaMarks(text)) !== JSON.stringify(splitSentences(text))) differences++;
    expect(differences).toBe(0);
  });

  test('mark terminals, quotes and line breaks, and nothing in a plain sentence', () => {
    const words: TableWord[] = [];
    const tokens: Token[] = [];
    const marks = newTokenMarks();
    tokenizeWordsInto('Ein Satz ohne Ende', table, words, tokens, marks);
    expect(marks.count).toBe(0);
    const count = tokenizeWordsInto('„Ja.“\n\nNein', table, words, tokens, marks);
    expect(count).toBe(5);
    const got = Array.from({ length: marks.count }, (_, m) => [marks.tokens[m], marks.bits[m]]);
    expect(got).toEqual([[0, MARK_QUOTE], [2, MARK_TERMINAL], [3, MARK_QUOTE | MARK_BREAK | MARK_PARAGRAPH]]);
  });
});
