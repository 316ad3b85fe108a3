import { getLexicon } from '../../../../src/extract/model/lexicon.js';
import { MentionSet } from '../../../../src/extract/mentions/mention-set.js';
import {
  F_FIRST_NAME, F_STOP, T_HYPHEN, T_QUOTE, defineTrigger, tokenizeWithInfo, wordFlags, wordRows, type WordInfo,
} from '../../../../src/extract/mentions/word-info.js';
import { splitSentences } from '../../../../src/extract/text/sentences.js';
import { tokenize } from '../../../../src/extract/text/tokenize.js';

function analyse(text: string): { sentences: ReturnType<typeof splitSentences>; rows: WordInfo[][]; masks: Int32Array } {
  const infos: WordInfo[] = [];
  const sentences = splitSentences(text, tokenizeWithInfo(text, getLexicon(), infos));
  const masks = new Int32Array(sentences.length);
  return { sentences, rows: wordRows(sentences, infos, masks), masks };
}

describe('word info rows', () => {
  const text = 'Der Kasachstan-Besuch war lang. Sie sagte „Ja“.\nAnna und Anna gingen.';

  test('give every token its word record, sentence by sentence', () => {
    const { sentences, rows } = analyse(text);
    expect(sentences.map((s) => s.tokens.length)).toEqual(rows.map((r) => r.length));
    sentences.forEach((s, k) => s.tokens.forEach((t, i) => {
      expect(rows[k]![i]!.text).toBe(t.text);
      expect(rows[k]![i]!.lower).toBe(t.lower);
    }));
    // The tokens equal plain tokenize's.
    expect(sentences.flatMap((s) => s.tokens)).toEqual(tokenize(text));
  });

  test('share one record per spelling', () => {
    const { rows } = analyse(text);
    const last = rows[rows.length - 1]!;
    expect(last[0]).toBe(last[2]);
    expect(last[0]).not.toBe(last[1]);
  });

  test('sentence masks hold the triggers of their words and nothing else', () => {
    const { rows, masks } = analyse(text);
    rows.forEach((row, k) => expect(masks[k]).toBe(row.reduce((m, w) => m | w.triggers, 0)));
    expect(masks[0]! & T_HYPHEN).not.toBe(0);
    expect(masks[1]! & T_HYPHEN).toBe(0);
    expect(masks[1]! & T_QUOTE).not.toBe(0);
    expect(masks[0]! & T_QUOTE).toBe(0);
  });

  test('flags answer the word-list questions of the word', () => {
    const { rows } = analyse(text);
    const [der, besuch] = rows[0]!;
    expect(wordFlags(der!) & F_STOP).not.toBe(0);
    expect(wordFlags(besuch!) & F_STOP).toBe(0);
    expect(besuch!.triggers & T_HYPHEN).not.toBe(0);
    expect(der!.triggers & T_HYPHEN).toBe(0);
    expect(wordFlags(rows[2]![0]!) & F_FIRST_NAME).not.toBe(0);
    expect(wordFlags(der!) & F_FIRST_NAME).toBe(0);
  });

  test('a trigger defined later gets its own bit and reaches words seen before', () => {
    analyse('zebra');
    const bit = defineTrigger((w) => w.lower === 'zebra');
    expect(bit & (T_HYPHEN | T_QUOTE)).toBe(0);
    const { rows, masks } = analyse('Ein Zebra. Ein Pferd.');
    expect(rows[0]![1]!.triggers & bit).not.toBe(0);
    expect(masks[0]! & bit).not.toBe(0);
    expect(masks[1]! & bit).toBe(0);
  });
});

describe('MentionSet over the whole document', () => {
  const sentences = splitSentences('Anna Schmidt traf Berlin. Dann kam Paul.');
  const ref = { id: 'person:anna-schmidt', name: 'Anna Schmidt', type: 'Person' as const };

  test('tokens outside a sentence are never taken and covered by nothing', () => {
    const set = new MentionSet(sentences);
    set.add(ref, 0, 0, 2, 'role');
    expect(set.isTaken(0, 1)).toBe(true);
    expect(set.isTaken(0, 2)).toBe(false);
    expect(set.isTaken(0, -1)).toBe(false);
    expect(set.isTaken(0, sentences[0]!.tokens.length)).toBe(false);
    expect(set.isTaken(1, 0)).toBe(false);
    expect(set.isTaken(9, 0)).toBe(false);
    expect(set.at(0, sentences[0]!.tokens.length)).toEqual([]);
    expect(set.at(1, 0)).toEqual([]);
    expect(set.at(0, 0).map((m) => m.text)).toEqual(['Anna Schmidt']);
  });

  test('personChanges counts full names and removals, not other mentions', () => {
    const set = new MentionSet(sentences);
    set.add({ id: 'city:berlin', name: 'Berlin', type: 'City' }, 0, 3, 4, 'kb-name');
    set.add({ ...ref, id: 'person:paul', name: 'Paul' }, 1, 2, 3, 'pattern');
    expect(set.personChanges).toBe(0);
    set.add(ref, 0, 0, 2, 'role');
    expect(set.personChanges).toBe(1);
    set.removeInside(1, 0, 1);
    expect(set.personChanges).toBe(1);
    set.removeInside(0, 0, 2);
    expect(set.personChanges).toBe(2);
    expect(set.isTaken(0, 0)).toBe(false);
    expect(set.isTaken(0, 3)).toBe(true);
  });
});
