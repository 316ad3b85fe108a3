import { canonicalExtraction, formatJson, formatText } from '../../../src/cli/extraction-format.js';
import type { Extraction } from '../../../src/types.js';

const text = 'MINSK (BelTA) - Lukaschenko besuchte Astana. Kasachstan ist Partner.';
const span = (doc: string, s: string, from = 0) => ({ doc, start: text.indexOf(s, from), end: text.indexOf(s, from) + s.length, text: s });

const x: Extraction = {
  documents: [
    { text, id: 'd1', source: 'a.txt', lang: 'de', title: 'Besuch', publisher: 'BelTA', dateline: 'Minsk', published: '07-03' },
    { id: 'd2', source: 'b.txt', lang: 'en', text: 'Nothing here.' },
  ],
  entities: [
    { mentions: [span('d1', 'Lukaschenko')], aliases: ['Lukaschenko'], type: 'Person', name: 'Alexander Lukashenko', id: 'person:alexander-lukashenko' },
    { id: 'city:astana', name: 'Astana', type: 'City', aliases: ['Astana'], mentions: [span('d1', 'Astana')] },
    { id: 'country:kazakhstan', name: 'Kazakhstan', type: 'Country', aliases: ['Kasachstan'], mentions: [span('d1', 'Kasachstan')] },
  ],
  relations: [
    {
      evidence: [span('d1', 'Lukaschenko besuchte Astana.')],
      rule: 'de.visit.verb',
      confidence: 0.8,
      target: 'city:astana',
      source: 'person:alexander-lukashenko',
      type: 'VISITED',
      id: 'VISITED:person:alexander-lukashenko->city:astana',
    },
  ],
  warnings: [{ message: 'ingest: b.txt is short.', code: 'SHORT', doc: 'd2' }],
};

describe('canonicalExtraction / formatJson', () => {
  test('keys follow src/types.ts whatever order the objects were built in', () => {
    const c = canonicalExtraction(x);
    expect(Object.keys(c.documents[0]!)).toEqual(['id', 'source', 'lang', 'title', 'publisher', 'dateline', 'published', 'text']);
    expect(Object.keys(c.documents[1]!)).toEqual(['id', 'source', 'lang', 'text']);
    expect(Object.keys(c.entities[0]!)).toEqual(['id', 'name', 'type', 'aliases', 'mentions']);
    expect(Object.keys(c.relations[0]!)).toEqual(['id', 'type', 'source', 'target', 'confidence', 'rule', 'evidence']);
    expect(Object.keys(c.relations[0]!.evidence[0]!)).toEqual(['doc', 'start', 'end', 'text']);
    expect(Object.keys(c.warnings[0]!)).toEqual(['doc', 'code', 'message']);
  });
  test('JSON is 2-space pretty with a final newline and round-trips', () => {
    const json = formatJson(x);
    expect(json.endsWith('}\n')).toBe(true);
    expect(json).toContain('\n  "documents": [\n    {\n      "id": "d1",');
    expect(JSON.parse(json)).toEqual(x);
  });
});

describe('formatText', () => {
  const out = formatText(x);
  test('header, entities by type with aliases, relation with evidence, warnings last', () => {
    expect(out).toBe(
      [
        '# Besuch',
        '  a.txt · d1 · lang de · publisher BelTA · dateline Minsk · date 07-03',
        'Entities:',
        '  City:',
        '    Astana',
        '  Country:',
        '    Kazakhstan (Kasachstan)',
        '  Person:',
        '    Alexander Lukashenko (Lukaschenko)',
        'Relations:',
        '  Alexander Lukashenko -[VISITED]-> Astana (0.80, de.visit.verb)',
        '      "Lukaschenko besuchte Astana."',
        '',
        '# (untitled)',
        '  b.txt · d2 · lang en',
        'Entities: none',
        'Relations: none',
        '',
        'Warnings:',
        '  [SHORT] d2: ingest: b.txt is short.',
        '',
      ].join('\n'),
    );
  });
});
