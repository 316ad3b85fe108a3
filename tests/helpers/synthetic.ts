// Deterministic synthetic extractions for store tests and benchmarks: article i mentions entities of
// a shared pool (so documents overlap), with MEMBER_OF / LEADER_OF / TRADES_WITH relations whose
// evidence is the sentence that states them. Offsets are computed from the text, so spans are exact.

import crypto from 'node:crypto';
import { prng } from '../../scripts/bench/corpus.js';
import type { Entity, EntityType, Extraction, Relation, RelationType, Span } from '../../src/types.js';

export interface SyntheticOptions {
  /** Size of each entity pool (countries, organisations, persons). Default 40. */
  pool?: number;
  /** Sentences (= relations, before de-duplication) per article. Default 6. */
  sentences?: number;
  /** Source path; default `synthetic/<i>.txt`. */
  source?: string;
  /** Changes the text (and so the document id) without changing the source. */
  variant?: string;
}

function docId(text: string): string {
  return crypto.createHash('sha256').update(text).digest('hex').slice(0, 16);
}


interface Slot {
  id: string;
  name: string;
  type: EntityType;
}

const KINDS: Array<{ prefix: string; type: EntityType; idPrefix: string }> = [
  { prefix: 'Country', type: 'Country', idPrefix: 'country' },
  { prefix: 'Organisation', type: 'Organization', idPrefix: 'organization' },
  { prefix: 'Person', type: 'Person', idPrefix: 'person' },
];

function slot(kind: number, n: number): Slot {
  const k = KINDS[kind] as (typeof KINDS)[number];
  return { id: `${k.idPrefix}:synthetic-${k.prefix.toLowerCase()}-${n}`, name: `${k.prefix} ${n}`, type: k.type };
}

const PATTERNS: Array<{ type: RelationType; kinds: [number, number]; verb: string }> = [
  { type: 'MEMBER_OF', kinds: [0, 1], verb: 'is a member of' },
  { type: 'LEADER_OF', kinds: [2, 0], verb: 'leads' },
  { type: 'TRADES_WITH', kinds: [0, 0], verb: 'trades with' },
];

export function syntheticExtraction(i: number, options: SyntheticOptions = {}): Extraction {
  const pool = options.pool ?? 40;
  const rnd = prng(i * 7919 + 17); // deterministic: article i is always the same article
  const pick = (kind: number): Slot => slot(kind, Math.floor(rnd() * pool));
  let text = `Article ${i}${options.variant ? ` (${options.variant})` : ''}.`;
  const planned: Array<{ type: RelationType; a: Slot; b: Slot; start: number; end: number; aAt: number; bAt: number }> = [];
  for (let s = 0; s < (options.sentences ?? 6); s++) {
    const pattern = PATTERNS[s % PATTERNS.length] as (typeof PATTERNS)[number];
    const a = pick(pattern.kinds[0]);
    const b = pick(pattern.kinds[1]);
    if (a.id === b.id) continue;
    const start = text.length + 1;
    const sentence = `${a.name} ${pattern.verb} ${b.name}.`;
    text += ` ${sentence}`;
    planned.push({ type: pattern.type, a, b, start, end: start + sentence.length, aAt: start, bAt: start + a.name.length + pattern.verb.length + 2 });
  }
  const doc = docId(text);
  const span = (start: number, end: number): Span => ({ doc, start, end, text: text.slice(start, end) });
  const entities = new Map<string, Entity>();
  const mention = (e: Slot, at: number): void => {
    const known = entities.get(e.id) ?? { id: e.id, name: e.name, type: e.type, aliases: [e.name], mentions: [] };
    if (!known.mentions.some((m) => m.start === at)) known.mentions.push(span(at, at + e.name.length));
    entities.set(e.id, known);
  };
  const relations = new Map<string, Relation>();
  for (const p of planned) {
    mention(p.a, p.aAt);
    mention(p.b, p.bAt);
    const id = `${p.type}:${p.a.id}->${p.b.id}`;
    const known = relations.get(id) ?? { id, type: p.type, source: p.a.id, target: p.b.id, confidence: 0.5 + (i % 5) / 10, rule: `synthetic-${p.type.toLowerCase()}`, evidence: [] };
    known.evidence.push(span(p.start, p.end));
    relations.set(id, known);
  }
  const byId = <T extends { id: string }>(x: T, y: T): number => (x.id < y.id ? -1 : 1);
  return {
    documents: [{ id: doc, source: options.source ?? `synthetic/${i}.txt`, lang: 'en', title: `Article ${i}`, text }],
    entities: [...entities.values()].sort(byId),
    relations: [...relations.values()].sort(byId),
    warnings: [],
  };
}
