// findKbMentions over the tokens' WordInfo rows (per-word "nothing to do" answers, Bloom masks of
// the trie's child keys) must find exactly what the plain token walk finds.
import { KB } from '../../../../src/extract/model/kb.js';
import { getLexicon } from '../../../../src/extract/model/lexicon.js';
import { findKbMentions, type MatchLang } from '../../../../src/extract/mentions/gazetteer.js';
import { EDGE_BITS, EDGE_CHILD, EDGE_ENTRY, EDGE_ENTRY_NO, EDGE_INFLECTED_DE, EDGE_KIDS_MASK, EDGE_KIDS_MASK2, EDGE_LOWER_OK, edgeAt, edgeVia } from '../../../../src/extract/mentions/gazetteer-edges.js';
import { gazetteerFor } from '../../../../src/extract/mentions/find-mentions.js';
import { MentionSet } from '../../../../src/extract/mentions/mention-set.js';
import { tokenizeWithInfo, wordRows, type WordInfo } from '../../../../src/extract/mentions/word-info.js';
import { splitSentences } from '../../../../src/extract/text/sentences.js';
import type { Mention } from '../../../../src/extract/pipeline-types.js';

function mentions(text: string, lang: MatchLang, withRows: boolean): Mention[] {
  const infos: WordInfo[] = [];
  const sentences = splitSentences(text, tokenizeWithInfo(text, getLexicon(), infos));
  const rows = wordRows(sentences, infos, new Int32Array(sentences.length));
  const set = new MentionSet(sentences);
  findKbMentions(gazetteerFor(KB), sentences, set, { lang, enAdjectives: getLexicon().enAdjectives, rows: withRows ? rows : undefined });
  return set.sorted();
}

const TEXTS: Array<[string, MatchLang]> = [
  ['Die Bundesrepublik Deutschland und die Vereinigten Staaten trafen sich in Berlin. Der Siemens-Energy-Vorstand sprach mit Olaf Scholz über das Filmfestival in Cannes.', 'de'],
  ['The United States and the European Union met in Kazakhstan. Polish officials said the Kazan expo centre was closed. Nice weather in Nice.', 'en'],
  ['Kasachstans Präsident besuchte die Olympischen Spiele. Die NATO und die UNO, belarussisch-kasachische Gespräche in Moskau.', 'de'],
  ['Russia, China and India: BRICS (New Delhi). 2024 in Paris, France; the Festival de Cannes.', 'und'],
];

describe('findKbMentions with WordInfo rows', () => {
  test.each(TEXTS)('finds what the token walk finds: %s', (text, lang) => {
    const plain = mentions(text, lang, false);
    expect(plain.length).toBeGreaterThan(2);
    // Twice with rows: the second time every word's answers are remembered ones.
    expect(mentions(text, lang, true)).toEqual(plain);
    expect(mentions(text, lang, true)).toEqual(plain);
  });

  test('the same words in another language take that language\'s answers', () => {
    const text = 'Polish leaders met Kasachstans Präsident in Berlin.';
    const de = mentions(text, 'de', true);
    const en = mentions(text, 'en', true);
    expect(de).toEqual(mentions(text, 'de', false));
    expect(en).toEqual(mentions(text, 'en', false));
    // German endings are German only: "Kasachstans" names Kazakhstan in German text alone.
    expect(de.map((m) => m.text)).toContain('Kasachstans');
    expect(en.map((m) => m.text)).not.toContain('Kasachstans');
  });
});

describe('the gazetteer edge table', () => {
  test('holds exactly the trie\'s edges below the root, with each child\'s masks and flags', () => {
    const g = gazetteerFor(KB);
    const { nodes, slots } = g.edges;
    expect(nodes.length).toBeGreaterThan(1000);
    // Checked in plain code, mismatches collected: one expect per edge would take seconds.
    const wrong: string[] = [];
    let edges = 0;
    nodes.forEach((node, id) => {
      if (node.id !== id) wrong.push(`node ${id} numbered ${node.id}`);
      for (const [key, child] of node.kids) {
        edges++;
        const at = edgeAt(g.edges, id, key);
        const bits = at < 0 ? -1 : slots[at + EDGE_BITS]!;
        const same =
          at >= 0 &&
          nodes[slots[at + EDGE_CHILD]!] === child &&
          slots[at + EDGE_KIDS_MASK] === child.kidsMask &&
          slots[at + EDGE_KIDS_MASK2] === child.kidsMask2 &&
          ((bits & EDGE_ENTRY) !== 0) === (child.entry !== undefined) &&
          ((bits & EDGE_INFLECTED_DE) !== 0) === (child.inflected === 'de') &&
          ((bits & EDGE_LOWER_OK) !== 0) === (child.lowerOk === true) &&
          edgeVia(bits) === child.via &&
          (child.entry === undefined ? slots[at + EDGE_ENTRY_NO] === -1 : g.edges.entries[slots[at + EDGE_ENTRY_NO]!] === child.entry);
        if (!same) wrong.push(`edge ${id} -> ${key}`);
      }
      // A key the node has no child under: no edge.
      let missing = 0;
      while (node.kids.has(missing)) missing++;
      if (edgeAt(g.edges, id, missing) !== -1) wrong.push(`no edge ${id} -> ${missing}`);
    });
    expect(wrong).toEqual([]);
    expect(edges).toBeGreaterThan(1000);
    // Entries are listed once each, and multi-word adjectives and demonyms keep their via.
    expect(new Set(g.edges.entries).size).toBe(g.edges.entries.length);
    expect(nodes.some((n) => n.via === 'kb-adjective')).toBe(true);
  });
});
