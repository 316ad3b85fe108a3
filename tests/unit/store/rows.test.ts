// buildRows: one document's Extraction -> the rows a store writes; and the validation it does.

import { isKgError } from '../../../src/errors.js';
import { buildRows, foldText, groupBy, searchKey } from '../../../src/store/rows.js';
import type { Extraction } from '../../../src/types.js';
import { syntheticExtraction } from '../../helpers/synthetic.js';

function withPublisher(x: Extraction, publisher: string): Extraction {
  const doc = x.documents[0]!;
  const at = doc.text.length;
  const text = `${doc.text} (${publisher})`;
  const org = { id: 'organization:belta', name: 'BelTA', type: 'Organization' as const, aliases: [publisher], mentions: [{ doc: doc.id, start: at + 2, end: at + 2 + publisher.length, text: publisher }] };
  return { ...x, documents: [{ ...doc, text, publisher: 'BelTA' }], entities: [...x.entities, org] };
}

describe('buildRows', () => {
  test('one row per entity, one mention row per entity, evidence per relation span, sorted by id', () => {
    const x = syntheticExtraction(3);
    const rows = buildRows(x);
    expect(rows.document).toMatchObject({ id: x.documents[0]!.id, source: 'synthetic/3.txt', lang: 'en', publisher: null });
    expect(rows.entities.map((e) => e.id)).toEqual(x.entities.map((e) => e.id).sort());
    expect(rows.mentions).toHaveLength(x.entities.length);
    for (const m of rows.mentions) {
      const entity = x.entities.find((e) => e.id === m.entity)!;
      expect(m.count).toBe(entity.mentions.length);
      m.starts.forEach((start, i) => expect(rows.document.text.slice(start, m.ends[i])).toBe(m.texts[i]));
    }
    expect(rows.evidence).toHaveLength(x.relations.reduce((n, r) => n + r.evidence.length, 0));
    expect(rows.evidence.every((e) => e.id.startsWith(`${rows.document.id}:`) && e.id.endsWith(e.relation))).toBe(true);
  });

  test('the publisher is linked when an Organization entity carries its name', () => {
    expect(buildRows(withPublisher(syntheticExtraction(1), 'BelTA')).publisherEntity).toBe('organization:belta');
    expect(buildRows(syntheticExtraction(1)).publisherEntity).toBeNull();
  });

  const broken: Array<[string, (x: Extraction) => Extraction]> = [
    ['two documents', (x) => ({ ...x, documents: [...x.documents, { ...x.documents[0]!, id: 'other' }] })],
    ['no document', (x) => ({ ...x, documents: [] })],
    ['an unknown relation type', (x) => ({ ...x, relations: [{ ...x.relations[0]!, type: 'HATES' as never }] })],
    ['an unknown entity type', (x) => ({ ...x, entities: [{ ...x.entities[0]!, type: 'Planet' as never }, ...x.entities.slice(1)] })],
    ['a relation to an unknown entity', (x) => ({ ...x, relations: [{ ...x.relations[0]!, target: 'country:atlantis' }] })],
    ['a relation without evidence', (x) => ({ ...x, relations: [{ ...x.relations[0]!, evidence: [] }] })],
    ['a span outside the text', (x) => ({ ...x, relations: [{ ...x.relations[0]!, evidence: [{ ...x.relations[0]!.evidence[0]!, end: 99999 }] }] })],
    ['a span of another document', (x) => ({ ...x, entities: [{ ...x.entities[0]!, mentions: [{ ...x.entities[0]!.mentions[0]!, doc: 'other' }] }, ...x.entities.slice(1)] })],
    ['the same entity twice', (x) => ({ ...x, entities: [x.entities[0]!, ...x.entities] })],
  ];
  test.each(broken)('refuses %s with STORE_FAILED', (_, breakIt) => {
    let error: unknown;
    try {
      buildRows(breakIt(syntheticExtraction(2)));
    } catch (e) {
      error = e;
    }
    expect(isKgError(error, 'STORE_FAILED')).toBe(true);
    expect((error as Error).message).toMatch(/^store: .+\. Fix the extraction before saving it\.$/);
  });
});

describe('search keys and grouping', () => {
  test.each([
    ['Lukaschenko', 'lukaschenko'],
    ['Łódź  Straße', 'łodz strasse'],
    ['Zürich', 'zurich'],
  ])('foldText(%s) = %s', (input, folded) => {
    expect(foldText(input)).toBe(folded);
  });

  test('searchKey joins distinct folded forms', () => {
    expect(searchKey('Zurich', ['Zürich', 'ZURICH', 'Zuerich'])).toBe('zurich|zuerich');
  });

  test('groupBy keeps row order inside a group and sorts the keys', () => {
    expect(groupBy([{ t: 'b', n: 1 }, { t: 'a', n: 2 }, { t: 'b', n: 3 }], (r) => r.t)).toEqual([
      ['a', [{ t: 'a', n: 2 }]],
      ['b', [{ t: 'b', n: 1 }, { t: 'b', n: 3 }]],
    ]);
  });
});
