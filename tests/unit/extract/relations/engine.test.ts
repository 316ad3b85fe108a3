// The relation stage's contract: evidence spans obey the offset rule, one relation per id with one
// evidence span per sentence and the highest confidence, symmetric types ordered, no self-loops,
// deterministic output, language filtering, and well-formed rule data.

import { analyzed } from '../../../helpers/analyzed.js';
import { findRelations } from '../../../../src/extract/relations/index.js';
import { RELATION_RULES } from '../../../../src/extract/model/relation-rules.js';
import { RELATION_CUES } from '../../../../src/extract/model/relation-cues.js';
import type { PatternElement } from '../../../../src/extract/relations/pattern-types.js';
import { isRelationType } from '../../../../src/types.js';
import { relationId } from '../../../../src/extract/ids.js';
import { adjective, coref, country, org, person } from './cases.js';
import { triples } from './run-cases.js';

const TWO_SENTENCES =
  'Belarus und Kasachstan sind Partner in der EAWU. Die Zusammenarbeit zwischen Kasachstan und Belarus wächst.';
const TWO_MENTIONS = [country('Belarus'), country('Kasachstan', 'Kazakhstan'), org('EAWU', 'EAEU')];

describe('relation stage: output contract', () => {
  test('evidence spans are the supporting sentences, with text === document.text.slice(start, end)', () => {
    const doc = analyzed(TWO_SENTENCES, TWO_MENTIONS);
    const { relations } = findRelations(doc);
    expect(relations.length).toBeGreaterThan(0);
    for (const r of relations) {
      expect(r.evidence.length).toBeGreaterThan(0);
      for (const e of r.evidence) {
        expect(e.doc).toBe('doc-test');
        expect(e.text).toBe(TWO_SENTENCES.slice(e.start, e.end));
        expect(doc.sentences.some((s) => s.start === e.start && s.end === e.end)).toBe(true);
      }
      expect(r.id).toBe(relationId(r.type, r.source, r.target));
      expect(r.confidence).toBeGreaterThan(0);
      expect(r.confidence).toBeLessThanOrEqual(1);
    }
  });

  test('the same relation from two sentences is one relation with two evidence spans and the highest confidence', () => {
    const { relations } = findRelations(analyzed(TWO_SENTENCES, TWO_MENTIONS));
    const partner = relations.filter((r) => r.type === 'PARTNER_OF');
    expect(partner).toHaveLength(1);
    expect(partner[0]!.evidence.map((e) => e.text)).toEqual([
      'Belarus und Kasachstan sind Partner in der EAWU.',
      'Die Zusammenarbeit zwischen Kasachstan und Belarus wächst.',
    ]);
    const rule = RELATION_RULES.find((r) => r.id === partner[0]!.rule);
    expect(rule).toBeDefined();
    expect(partner[0]!.confidence).toBe(0.85);
  });

  test('symmetric relations are emitted once with source < target', () => {
    const { relations } = findRelations(analyzed('Der Handel zwischen Kasachstan und Belarus wächst.', TWO_MENTIONS));
    expect(relations.map((r) => r.id)).toEqual(['TRADES_WITH:country:belarus->country:kazakhstan']);
  });

  test('no self-loops: an entity is never related to itself', () => {
    const text = 'Die Zusammenarbeit zwischen Belarus und der Republik Belarus wächst.';
    const doc = analyzed(text, [country('Belarus'), country('Republik Belarus', 'Belarus')]);
    expect(findRelations(doc).relations).toEqual([]);
  });

  test('coreference lowers the confidence', () => {
    const named = analyzed('Lukaschenko sagte in einem Interview mit Kazinform, ...', [person('Lukaschenko'), org('Kazinform')]);
    const pronoun = analyzed('Das sagte er in einem Interview mit Kazinform.', [coref('er', 'Lukaschenko'), org('Kazinform')]);
    const a = findRelations(named).relations;
    const b = findRelations(pronoun).relations;
    expect(a).toHaveLength(1);
    expect(b).toHaveLength(1);
    expect(b[0]!.confidence).toBeLessThan(a[0]!.confidence);
  });

  test('deterministic: the same input gives the same JSON', () => {
    const doc = analyzed(TWO_SENTENCES, TWO_MENTIONS);
    expect(JSON.stringify(findRelations(doc))).toBe(JSON.stringify(findRelations(analyzed(TWO_SENTENCES, TWO_MENTIONS))));
  });

  test('German-only rules do not fire on English documents', () => {
    const text = 'Belarus ist seit 2015 Mitglied der EAWU.';
    const mentions = [country('Belarus'), org('EAWU', 'EAEU')];
    expect(triples(analyzed(text, mentions), findRelations(analyzed(text, mentions, [], 'de')).relations)).toEqual(['MEMBER_OF Belarus -> EAEU']);
    expect(findRelations(analyzed(text, mentions, [], 'en')).relations).toEqual([]);
  });

  test('no generic co-occurrence edges: entities merely named together are unrelated', () => {
    const text = 'Belarus, Kasachstan, die EAWU und der Präsident Lukaschenko wurden in dem Bericht erwähnt.';
    const doc = analyzed(text, [country('Belarus'), country('Kasachstan'), org('EAWU'), person('Lukaschenko'), adjective('belarussisch', 'Belarus')]);
    expect(findRelations(doc).relations).toEqual([]);
  });

  test('a long hostile sentence finishes and yields only the relations it states', () => {
    const items = Array.from({ length: 400 }, (_, i) => `Land${i}`);
    const text = `${items.join(', ')} und Belarus sind Partner in der EAWU, ${items.join(' und ')}.`;
    const doc = analyzed(text, [...items.map((s) => country(s)), country('Belarus'), org('EAWU', 'EAEU')]);
    const result = findRelations(doc);
    expect(result.relations.every((r) => r.type === 'MEMBER_OF' || r.type === 'PARTNER_OF')).toBe(true);
    expect(result.relations.some((r) => r.id === 'MEMBER_OF:country:belarus->organization:eaeu')).toBe(true);
  });
});

describe('relation rules: data', () => {
  const slotsOf = (els: readonly PatternElement[]): string[] =>
    els.flatMap((e) => ('slot' in e ? [e.slot] : 'opt' in e ? slotsOf(e.opt) : []));
  const cuesOf = (els: readonly PatternElement[]): string[] =>
    els.flatMap((e) => ('cue' in e && e.cue ? [e.cue] : 'opt' in e ? cuesOf(e.opt) : []));

  test('ids are unique and every rule has a relation type, a confidence in (0,1] and an example', () => {
    const ids = RELATION_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RELATION_RULES) {
      expect(isRelationType(r.relation)).toBe(true);
      expect(r.confidence).toBeGreaterThan(0);
      expect(r.confidence).toBeLessThanOrEqual(1);
      expect(r.example.length).toBeGreaterThan(10);
      expect(r.id.startsWith(`${r.lang}.`)).toBe(true);
    }
  });

  test('sequence rules name slots that their pattern binds, and only known cue lists', () => {
    for (const r of RELATION_RULES) {
      if (r.kind !== 'sequence') continue;
      const slots = slotsOf(r.pattern);
      expect(slots).toContain(r.source);
      expect(slots).toContain(r.target);
      for (const c of cuesOf(r.pattern)) expect(Object.keys(RELATION_CUES)).toContain(c);
    }
  });
});
