// Runs a table of relation cases through findRelations and compares relation triples by canonical
// names. Symmetric relation types compare unordered.

import { analyzed } from '../../../helpers/analyzed.js';
import { findRelations } from '../../../../src/extract/relations/index.js';
import type { AnalyzedDocument } from '../../../../src/extract/pipeline-types.js';
import type { Relation } from '../../../../src/types.js';
import type { Case } from './cases.js';

const SYMMETRIC = new Set(['PARTNER_OF', 'TRADES_WITH', 'MET_WITH']);

function canonical(triple: string): string {
  const m = /^(\w+) (.+) -> (.+)$/.exec(triple);
  if (!m) throw new Error(`bad triple "${triple}"`);
  const [, type, a, b] = m as unknown as [string, string, string, string];
  return SYMMETRIC.has(type) && b < a ? `${type} ${b} -> ${a}` : `${type} ${a} -> ${b}`;
}

export function triples(doc: AnalyzedDocument, relations: Relation[]): string[] {
  const names = new Map(doc.mentions.map((m) => [m.entityId, m.name]));
  return relations.map((r) => canonical(`${r.type} ${names.get(r.source) ?? r.source} -> ${names.get(r.target) ?? r.target}`)).sort();
}

export function found(c: Case): string[] {
  const doc = analyzed(c.text, c.mentions, c.roles ?? [], c.lang ?? 'de');
  return triples(doc, findRelations(doc).relations);
}

export function describeCases(title: string, cases: Case[]): void {
  describe(title, () => {
    test.each(cases.map((c) => [c.text, c] as const))('%s', (_text, c) => {
      const got = found(c);
      const want = c.expect.map(canonical).sort();
      if (c.partial) for (const t of want) expect(got).toContain(t);
      else expect(got).toEqual(want);
      for (const t of (c.absent ?? []).map(canonical)) expect(got).not.toContain(t);
    });
  });
}
