// The collector orders relations by id ("TYPE:source->target", UTF-16 code units) without reading
// the ids where the parts decide; where one part starts with the other ("person:john" and
// "person:john-2") it must still give the id order. And hasSource answers in rule-list order.

import { RelationCollector } from '../../../../src/extract/relations/collect.js';
import type { Candidate } from '../../../../src/extract/relations/collect.js';
import type { RelationType } from '../../../../src/types.js';
import type { Sentence } from '../../../../src/extract/pipeline-types.js';

const TEXT = 'One sentence. Another one.';
const S1: Sentence = { index: 0, start: 0, end: 13, text: 'One sentence.', tokens: [], quoted: false };
const S2: Sentence = { index: 1, start: 14, end: 26, text: 'Another one.', tokens: [], quoted: false };

function candidate(type: RelationType, source: string, target: string, sentence = S1, rule = 'r1', confidence = 0.9): Candidate {
  return { type, source, target, confidence, rule, sentence };
}

const PAIRS: Array<[RelationType, string, string]> = [
  ['WORKS_FOR', 'person:john-2', 'organization:acme'],
  ['WORKS_FOR', 'person:john', 'organization:acme'],
  ['WORKS_FOR', 'person:john-b', 'organization:acme'],
  ['WORKS_FOR', 'person:jo', 'organization:acme'],
  ['LEADER_OF', 'person:john', 'country:belarus'],
  ['LEADER_OF', 'person:john', 'country:belarus-2'],
  ['LEADER_OF', 'person:john', 'country:bel'],
  ['MEMBER_OF', 'country:a', 'organization:x'],
  ['MEMBER_OF', 'country:a-1', 'organization:x'],
  ['PART_OF', 'city:a', 'country:b'],
  ['MET_WITH', 'person:z', 'person:y'],
];

describe('RelationCollector result order', () => {
  it('gives the relations sorted by id, whatever order they came in', () => {
    for (const order of [PAIRS, [...PAIRS].reverse(), [...PAIRS.slice(5), ...PAIRS.slice(0, 5)]]) {
      const collector = new RelationCollector('doc', TEXT);
      for (const [type, source, target] of order) collector.add(candidate(type, source, target));
      const ids = collector.result().map((r) => r.id);
      expect(ids).toEqual([...ids].sort());
      expect(ids.length).toBeGreaterThanOrEqual(PAIRS.length);
    }
  });

  it('puts "person:john-2" before "person:john" as the ids compare ("-2" < "->")', () => {
    const collector = new RelationCollector('doc', TEXT);
    collector.add(candidate('WORKS_FOR', 'person:john', 'organization:acme'));
    collector.add(candidate('WORKS_FOR', 'person:john-2', 'organization:acme'));
    collector.add(candidate('WORKS_FOR', 'person:john-b', 'organization:acme'));
    expect(collector.result().map((r) => r.source)).toEqual(['person:john-2', 'person:john', 'person:john-b']);
  });

  it('keeps one relation per type and ends, with one evidence span per sentence, sorted', () => {
    const collector = new RelationCollector('doc', TEXT);
    collector.add(candidate('WORKS_FOR', 'person:a', 'organization:b', S2, 'r2', 0.7));
    collector.add(candidate('WORKS_FOR', 'person:a', 'organization:b', S1, 'r3', 0.9));
    collector.add(candidate('WORKS_FOR', 'person:a', 'organization:b', S1, 'r1', 0.9));
    const [relation, ...rest] = collector.result();
    expect(rest).toEqual([]);
    expect(relation).toEqual({
      id: 'WORKS_FOR:person:a->organization:b', type: 'WORKS_FOR', source: 'person:a', target: 'organization:b', confidence: 0.9, rule: 'r1',
      evidence: [{ doc: 'doc', start: 0, end: 13, text: 'One sentence.' }, { doc: 'doc', start: 14, end: 26, text: 'Another one.' }],
    });
  });
});

describe('RelationCollector.hasSource', () => {
  it('sees only relations that rules up to the given index added', () => {
    const collector = new RelationCollector('doc', TEXT);
    collector.ruleIndex = 7;
    collector.add(candidate('WORKS_FOR', 'person:a', 'organization:b'));
    const owners = new Set<RelationType>(['WORKS_FOR', 'LEADER_OF']);
    expect(collector.hasSource('person:a', owners)).toBe(true);
    expect(collector.hasSource('person:a', owners, 7)).toBe(true);
    expect(collector.hasSource('person:a', owners, 6)).toBe(false);
    expect(collector.hasSource('person:a', new Set<RelationType>(['LEADER_OF']))).toBe(false);
    expect(collector.hasSource('organization:b', owners)).toBe(false);
    // The same relation added again by an earlier rule becomes visible to rules after that one.
    collector.ruleIndex = 3;
    collector.add(candidate('WORKS_FOR', 'person:a', 'organization:b'));
    expect(collector.hasSource('person:a', owners, 6)).toBe(true);
    expect(collector.hasSource('person:a', owners, 2)).toBe(false);
  });
});
