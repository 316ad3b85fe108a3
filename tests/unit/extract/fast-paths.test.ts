// The helpers of the third speed round in the mention stage: the WordTable's flat copy of its
// words (look-ups stay exact past the first block and after a reset), isUpperToken (Token.upper as
// a function of the text), and MentionSet's per-sentence sort and token cover after removals.

import { MentionSet, type EntityRef } from '../../../src/extract/mentions/mention-set.js';
import { WordTable, isUpperToken, tokenize, tokenizeWords, tokenizeWordsInto, type TableWord } from '../../../src/extract/text/tokenize.js';
import { splitSentences } from '../../../src/extract/text/sentences.js';
import type { Mention } from '../../../src/extract/pipeline-types.js';

interface Entry extends TableWord {
  n: number;
}

function newTable(limit?: number): { table: WordTable<Entry>; made: string[] } {
  const made: string[] = [];
  const table = new WordTable<Entry>((text, lower) => {
    made.push(text);
    return { text, lower, n: made.length };
  }, limit);
  return { table, made };
}

describe('WordTable look-ups', () => {
  test('long words past the first block of copied units are found again, each made once', () => {
    const { table, made } = newTable();
    // 3,000 words of 40+ units: more than the 65,536 units the table starts with.
    const words = Array.from({ length: 3000 }, (_, k) => `Wort${'x'.repeat(36)}${k}`);
    const text = words.join(' ');
    const first: Entry[] = [];
    tokenizeWords(text, table, first);
    expect(made).toHaveLength(3000);
    const again: Entry[] = [];
    tokenizeWords(`${words[2999]} ${words[0]} ${words[1500]}`, table, again);
    expect(made).toHaveLength(3000);
    expect(again.slice(0, 3).map((e) => e.text)).toEqual([words[2999], words[0], words[1500]]);
    expect(again[0]).toBe(first[2999]);
  });

  test('words that share length and most units stay apart', () => {
    const { table, made } = newTable();
    const out: Entry[] = [];
    tokenizeWords('abcdef abcdeg abcdef bbcdef', table, out);
    expect(made).toEqual(['abcdef', 'abcdeg', 'bbcdef']);
    expect(out[2]).toBe(out[0]);
    expect(out[1]).not.toBe(out[0]);
  });

  test('after a reset (limit) every word is made afresh and found again', () => {
    const { table, made } = newTable(4);
    const out: Entry[] = [];
    tokenizeWords('eins zwei drei vier fünf eins', table, out);
    // Four entries fill the table; "fünf" starts it afresh, so "eins" is made a second time.
    expect(made).toEqual(['eins', 'zwei', 'drei', 'vier', 'fünf', 'eins']);
    const more: Entry[] = [];
    tokenizeWords('fünf eins', table, more);
    expect(made).toHaveLength(6);
  });

  test('one-unit tokens beyond ASCII ("„", "–", "ä") keep one entry each', () => {
    const { table, made } = newTable();
    const out: Entry[] = [];
    tokenizeWords('a „b“ – ä a „ – ä', table, out);
    expect(made).toEqual(['a', '„', 'b', '“', '–', 'ä']);
    expect(out[6]).toBe(out[0]);
    expect(out[7]).toBe(out[1]);
    expect(out[8]).toBe(out[4]);
    expect(out[9]).toBe(out[5]);
  });
});

describe('tokenizeWordsInto and splitSentences over a reused array', () => {
  const long = 'Der Präsident sagte: „Wir wachsen.“ Dann ging er. Am 3. Juli kam Dr. Anna Berg nach Minsk!';
  const short = 'Er kam. Sie ging';

  test('a shorter text after a longer one: the count says where its tokens end', () => {
    const { table } = newTable();
    const tokens: ReturnType<typeof tokenize> = [];
    const first = tokenizeWordsInto(long, table, [], tokens);
    expect(tokens.slice(0, first)).toEqual(tokenize(long));
    const second = tokenizeWordsInto(short, table, [], tokens);
    expect(second).toBe(tokenize(short).length);
    expect(tokens.length).toBe(first);
    expect(tokens.slice(0, second)).toEqual(tokenize(short));
    // The stale tokens of the longer text past the count are no part of the sentences.
    expect(splitSentences(short, tokens, second)).toEqual(splitSentences(short));
    expect(splitSentences(short, tokens, second).map((x) => x.text)).toEqual(['Er kam.', 'Sie ging']);
  });

  test('a text ending in a period or an open quotation, with stale tokens after it', () => {
    const { table } = newTable();
    const tokens: ReturnType<typeof tokenize> = [];
    tokenizeWordsInto(long, table, [], tokens);
    for (const text of ['Er kam am 3.', 'Sie sagte: „Wir wachsen', 'Ende.“']) {
      const n = tokenizeWordsInto(text, table, [], tokens);
      expect(splitSentences(text, tokens, n)).toEqual(splitSentences(text));
    }
  });
});

describe('isUpperToken', () => {
  const texts = ['Berlin', 'berlin', 'Ärger', 'ärger', 'İstanbul', 'Σοφία', 'ǅemal', '𐐀𐐁', '2024', '„', '-', 'x', 'X', '€'];
  test.each(texts)('agrees with the tokenizer for %j', (text) => {
    const [token] = tokenize(text);
    expect(isUpperToken(text)).toBe(token!.upper);
  });

  test('is false for the empty string and for lowercase or non-letter starts', () => {
    expect(isUpperToken('')).toBe(false);
    expect(isUpperToken('über')).toBe(false);
    expect(isUpperToken('1A')).toBe(false);
  });
});

describe('MentionSet', () => {
  const ref = (id: string): EntityRef => ({ id, name: id, type: 'Person' });

  function fullSort(mentions: Mention[]): Mention[] {
    return [...mentions].sort((a, b) => a.start - b.start || a.end - b.end || (a.entityId < b.entityId ? -1 : a.entityId > b.entityId ? 1 : 0));
  }

  test('sorted() equals one stable sort of all mentions, whatever order they were added in', () => {
    const sentences = splitSentences('Anna Berg traf Paul Kurz. Dann kam Eva Lind mit Max Roth. Ende.');
    const set = new MentionSet(sentences);
    set.add(ref('person:max-roth'), 1, 5, 7, 'pattern');
    set.add(ref('person:paul-kurz'), 0, 3, 5, 'pattern');
    set.add(ref('person:eva-lind'), 1, 2, 4, 'pattern');
    set.add(ref('person:anna-berg'), 0, 0, 2, 'pattern');
    set.add(ref('person:b'), 0, 0, 2, 'pattern');
    set.add(ref('person:a'), 0, 0, 2, 'pattern');
    const sorted = set.sorted();
    expect(sorted).toEqual(fullSort(set.all()));
    expect(sorted.map((m) => m.entityId)).toEqual(['person:a', 'person:anna-berg', 'person:b', 'person:paul-kurz', 'person:eva-lind', 'person:max-roth']);
  });

  test('a token is taken while a mention covers it, and free again once all are removed', () => {
    const sentences = splitSentences('Anna Berg traf Paul Kurz.');
    const set = new MentionSet(sentences);
    set.add(ref('person:anna-berg'), 0, 0, 2, 'pattern');
    set.add(ref('person:anna'), 0, 0, 1, 'pattern');
    expect(set.isTaken(0, 0)).toBe(true);
    expect(set.isTaken(0, 2)).toBe(false);
    set.removeInside(0, 0, 1);
    expect(set.isTaken(0, 0)).toBe(true);
    expect(set.at(0, 0).map((m) => m.entityId)).toEqual(['person:anna-berg']);
    set.removeInside(0, 0, 2);
    expect(set.isTaken(0, 0)).toBe(false);
    expect(set.isTaken(0, 1)).toBe(false);
    expect(set.isTaken(0, 99)).toBe(false);
    expect(set.isTaken(5, 0)).toBe(false);
  });
});
