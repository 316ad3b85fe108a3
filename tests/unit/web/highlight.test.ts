// Evidence highlighting: mention offsets (document offsets) become marked pieces of the sentence.
import { highlightPieces } from '../../../src/web/highlight.js';

const text = 'Belarus und Kasachstan sind Partner in der EAWU.';
const evidence = { doc: 'd1', start: 100, end: 100 + text.length, text };
const at = (word: string, doc = 'd1') => {
  const i = text.indexOf(word);
  return { doc, start: 100 + i, end: 100 + i + word.length };
};
const marked = (pieces: ReturnType<typeof highlightPieces>) => pieces.filter((p) => p.mark).map((p) => p.text);

test.each([
  ['one mention', [at('Belarus')], ['Belarus']],
  ['two mentions, unsorted', [at('EAWU'), at('Kasachstan')], ['Kasachstan', 'EAWU']],
  ['overlapping mentions merge', [at('Kasachstan'), at('Kasachstan sind')], ['Kasachstan', ' sind']],
  ['other document ignored', [at('Belarus', 'd2')], []],
  ['outside the sentence ignored', [{ doc: 'd1', start: 10, end: 20 }], []],
  ['no mentions', [], []],
])('%s', (_name, mentions, expected) => {
  const pieces = highlightPieces(evidence, mentions);
  expect(marked(pieces)).toEqual(expected);
  expect(pieces.map((p) => p.text).join('')).toBe(text);
});

test('a mention crossing the sentence edge is clipped to the sentence', () => {
  const pieces = highlightPieces(evidence, [{ doc: 'd1', start: 95, end: 107 }]);
  expect(pieces[0]).toEqual({ text: 'Belarus', mark: true });
});
