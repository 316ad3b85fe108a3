// Who won an event took part in it (same evidence, slightly lower confidence); a prize is no event.

import { extract } from '../../../../src/extract/extract.js';
import { ENTAILMENTS } from '../../../../src/extract/model/relation-entailments.js';

function relations(text: string): Array<{ t: string; rule: string; confidence: number; evidence: string }> {
  const ex = extract({ id: 't', source: 't.txt', lang: 'en', text });
  const name = new Map(ex.entities.map((e) => [e.id, e.name]));
  return ex.relations.map((r) => ({ t: `${r.type} ${name.get(r.source)} -> ${name.get(r.target)}`, rule: r.rule, confidence: r.confidence, evidence: r.evidence[0]!.text }));
}

test('winning an event entails taking part, with the same sentence as evidence', () => {
  const found = relations('Tigist Assefa won the Berlin Marathon on Sunday.');
  const won = found.find((r) => r.t === 'WON Tigist Assefa -> Berlin Marathon');
  const took = found.find((r) => r.t === 'PARTICIPATES_IN Tigist Assefa -> Berlin Marathon');
  expect(won).toBeDefined();
  expect(took).toMatchObject({ rule: 'any.participate.won-event', evidence: won!.evidence });
  expect(took!.confidence).toBeCloseTo(won!.confidence - 0.05, 5);
});

test('winning a prize entails nothing', () => {
  const found = relations('Tendai Moyo won the Booker Prize on Tuesday.');
  expect(found.map((r) => r.t)).toContain('WON Tendai Moyo -> Booker Prize');
  expect(found.filter((r) => r.t.startsWith('PARTICIPATES_IN'))).toEqual([]);
});

test('every entailment is data with an id and an example', () => {
  for (const e of ENTAILMENTS) {
    expect(e.id).toMatch(/^(any|de|en)\.[a-z]+\.[a-z-]+$/);
    expect(e.example.length).toBeGreaterThan(10);
  }
});
