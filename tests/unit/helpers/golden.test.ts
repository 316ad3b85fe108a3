// The golden scorer on small hand-made cases, so the golden test cannot pass by a scoring bug:
// one-to-one matching, alt names, types, symmetric relations, duplicates, spans, validation.

import {
  checkStructure,
  f1,
  findDuplicates,
  microAverage,
  normaliseName,
  parseExpected,
  precision,
  recall,
  renderReport,
  scoreArticle,
} from '../../helpers/golden.js';
import type { ExpectedGraph } from '../../helpers/golden.js';
import { makeDocument } from '../../helpers/document.js';
import type { Entity, EntityType, Extraction, Relation, RelationType } from '../../../src/types.js';

const expected: ExpectedGraph = parseExpected({
  entities: [
    { name: 'Belarus', type: 'Country', alt: ['Republic of Belarus'] },
    { name: 'Kazakhstan', type: 'Country' },
    { name: 'EAEU', type: 'Organization', alt: ['Eurasian Economic Union'] },
    { name: 'Alexander Lukashenko', type: 'Person', alt: ['Alexander Lukaschenko'] },
  ],
  relations: [
    { type: 'MEMBER_OF', source: 'Belarus', target: 'EAEU' },
    { type: 'PARTNER_OF', source: 'Belarus', target: 'Kazakhstan' },
    { type: 'LEADER_OF', source: 'Alexander Lukashenko', target: 'Belarus' },
  ],
});

function entity(type: EntityType, name: string, id = `${type.toLowerCase()}:${normaliseName(name).replace(/ /g, '-')}`): Entity {
  return { id, name, type, aliases: [name], mentions: [] };
}
function relation(type: RelationType, source: string, target: string): Relation {
  return { id: `${type}:${source}->${target}`, type, source, target, confidence: 1, rule: 'test', evidence: [] };
}
function extraction(entities: Entity[], relations: Relation[] = []): Extraction {
  return { documents: [], entities, relations, warnings: [] };
}

describe('normaliseName', () => {
  it.each([
    ['Kyiv', 'KYIV'],
    ['Nausėda', 'Nauseda'],
    ['Kassym-Jomart Tokayev', 'kassym jomart  tokayev'],
    ['Straße', 'STRASSE'],
  ])('%s equals %s', (a, b) => expect(normaliseName(a)).toBe(normaliseName(b)));
  it.each([
    ['Belarus', 'Belarussia'],
    ['Niger', 'Nigeria'],
    ['OPEC+', 'OPEC'],
  ])('%s differs from %s', (a, b) => expect(normaliseName(a)).not.toBe(normaliseName(b)));
});

describe('scoreArticle', () => {
  const perfect = extraction(
    [entity('Country', 'Belarus'), entity('Country', 'Kazakhstan'), entity('Organization', 'EAEU'), entity('Person', 'Alexander Lukashenko')],
    [
      relation('MEMBER_OF', 'country:belarus', 'organization:eaeu'),
      relation('PARTNER_OF', 'country:kazakhstan', 'country:belarus'),
      relation('LEADER_OF', 'person:alexander-lukashenko', 'country:belarus'),
    ],
  );

  it('gives 1/1 for a perfect extraction, symmetric relations compared unordered', () => {
    const s = scoreArticle('t', expected, perfect);
    expect([s.entities.tp, s.entities.extracted, s.entities.expected]).toEqual([4, 4, 4]);
    expect([s.relations.tp, s.relations.extracted, s.relations.expected]).toEqual([3, 3, 3]);
    expect(f1(s.entities)).toBe(1);
    expect(s.relations.missing).toEqual([]);
  });

  it('does not treat directed relations as symmetric', () => {
    const s = scoreArticle('t', expected, extraction(perfect.entities, [relation('MEMBER_OF', 'organization:eaeu', 'country:belarus')]));
    expect(s.relations.tp).toBe(0);
    expect(s.relations.spurious).toEqual(['MEMBER_OF(EAEU, Belarus)']);
    expect(s.relations.missing).toHaveLength(3);
  });

  it('accepts alt names and ignores case and accents, but not a wrong type', () => {
    const s = scoreArticle('t', expected, extraction([
      entity('Country', 'republic of belarus', 'country:belarus'),
      entity('Organization', 'Eurasian Economic Union', 'organization:eaeu'),
      entity('City', 'Kazakhstan'),
    ]));
    expect(s.entities.tp).toBe(2);
    expect(precision(s.entities)).toBeCloseTo(2 / 3);
    expect(recall(s.entities)).toBeCloseTo(2 / 4);
    expect(s.entities.missing).toEqual(['Country:Kazakhstan', 'Person:Alexander Lukashenko']);
    expect(s.entities.spurious).toEqual(['City:Kazakhstan [city:kazakhstan]']);
  });

  it('matches one-to-one, so a duplicate costs precision', () => {
    const s = scoreArticle('t', expected, extraction([entity('Country', 'Belarus'), entity('Country', 'Republic of Belarus')]));
    expect(s.entities.tp).toBe(1);
    expect(s.entities.extracted).toBe(2);
    expect(precision(s.entities)).toBe(0.5);
  });

  it('maps relation ends through matched entities only', () => {
    const s = scoreArticle('t', expected, extraction(
      [entity('Country', 'Belarus'), entity('Organization', 'Eurasian Union')],
      [relation('MEMBER_OF', 'country:belarus', 'organization:eurasian-union')],
    ));
    expect(s.relations.tp).toBe(0);
    expect(precision(s.relations)).toBe(0);
  });

  it('counts an empty extraction as precision 1, recall 0', () => {
    const s = scoreArticle('t', expected, extraction([]));
    expect([precision(s.entities), recall(s.entities), f1(s.entities)]).toEqual([1, 0, 0]);
    expect([precision(s.relations), recall(s.relations)]).toEqual([1, 0]);
  });

  it('counts the same relation found twice once', () => {
    const rel = relation('MEMBER_OF', 'country:belarus', 'organization:eaeu');
    const s = scoreArticle('t', expected, extraction(perfect.entities, [rel, { ...rel, rule: 'other' }]));
    expect([s.relations.tp, s.relations.extracted]).toEqual([1, 1]);
  });
});

describe('microAverage', () => {
  it('sums counts before dividing', () => {
    const a = scoreArticle('a', expected, extraction([entity('Country', 'Belarus')]));
    const b = scoreArticle('b', expected, extraction([entity('Country', 'Chad'), entity('Country', 'Mali'), entity('Country', 'Kazakhstan')]));
    const m = microAverage([a, b]);
    expect([m.entities.tp, m.entities.extracted, m.entities.expected]).toEqual([2, 4, 8]);
    expect(precision(m.entities)).toBe(0.5);
    expect(recall(m.entities)).toBe(0.25);
  });
});

describe('parseExpected', () => {
  it.each([
    ['an unknown entity type', { entities: [{ name: 'X', type: 'Planet' }], relations: [] }],
    ['an unknown relation type', { entities: [{ name: 'X', type: 'Country' }], relations: [{ type: 'LIKES', source: 'X', target: 'X' }] }],
    ['a relation end that is no entity', { entities: [{ name: 'X', type: 'Country' }], relations: [{ type: 'MEMBER_OF', source: 'X', target: 'Y' }] }],
    ['two entities sharing a name', { entities: [{ name: 'X', type: 'Country' }, { name: 'Y', type: 'City', alt: ['x'] }], relations: [] }],
    ['no arrays', { entities: {} }],
  ])('rejects %s', (_label, json) => expect(() => parseExpected(json)).toThrow(/golden: /));
});

describe('findDuplicates', () => {
  it('reports entities whose names normalise alike, and nothing otherwise', () => {
    expect(findDuplicates(extraction([entity('Country', 'Belarus'), entity('City', 'BELARUS')]))).toEqual(['belarus: country:belarus, city:belarus']);
    expect(findDuplicates(extraction([entity('Country', 'Niger'), entity('Country', 'Nigeria')]))).toEqual([]);
  });
});

describe('checkStructure', () => {
  const doc = makeDocument('Belarus und Kasachstan.');
  const good: Entity = { ...entity('Country', 'Belarus'), mentions: [{ doc: doc.id, start: 0, end: 7, text: 'Belarus' }] };
  it('accepts correct spans', () => expect(checkStructure(doc, extraction([good]))).toEqual([]));
  it.each([
    ['wrong text', { doc: doc.id, start: 0, end: 7, text: 'Belaru' }],
    ['wrong doc', { doc: 'other', start: 0, end: 7, text: 'Belarus' }],
    ['outside text', { doc: doc.id, start: 20, end: 40, text: '' }],
    ['reversed', { doc: doc.id, start: 7, end: 0, text: '' }],
  ])('reports %s', (_label, span) => {
    expect(checkStructure(doc, extraction([{ ...good, mentions: [span] }]))).toHaveLength(1);
  });
  it('reports relation ends that are not extracted entities', () => {
    expect(checkStructure(doc, extraction([good], [relation('MEMBER_OF', 'country:belarus', 'organization:eaeu')]))).toEqual([
      'MEMBER_OF:country:belarus->organization:eaeu: target organization:eaeu is not an extracted entity',
    ]);
  });
});

describe('renderReport', () => {
  it('has one row per article and a micro-average row', () => {
    const md = renderReport([scoreArticle('alpha', expected, extraction([entity('Country', 'Belarus')]))]);
    expect(md).toContain('| alpha | 1/1/4 | 1.00 | 0.25 | 0.40 | 0/0/3 | 1.00 | 0.00 | 0.00 |');
    expect(md).toContain('| **micro average** | 1/1/4 |');
    expect(md).toContain('missing entities: Country:Kazakhstan');
  });
});
