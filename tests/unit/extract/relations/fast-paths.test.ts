// Speed round 4 of the relation stage: the shortcuts must answer what the full structures answer.
// A view that is not crowded has at most one name over a token, and nameOver finds it without the
// per-token lists; groupBySentence keeps exactly the sentences where a mention's span holds a role
// cue, with those mentions as outers; the start data compiled per rule (start-code.ts) matches the
// rule's requirements.

import { generateArticle, loadCorpusNames } from '../../../../scripts/bench/corpus.js';
import { analyze } from '../../../../src/extract/analyze.js';
import type { AnalyzedDocument, Mention } from '../../../../src/extract/pipeline-types.js';
import { RELATION_RULES } from '../../../../src/extract/model/relation-rules.js';
import { groupBySentence } from '../../../../src/extract/relations/nested-rules.js';
import { prepareRules, requirementsFor } from '../../../../src/extract/relations/prefilter.js';
import type { PatternRule } from '../../../../src/extract/relations/prefilter.js';
import { buildViews, nameOver, namesOverAt } from '../../../../src/extract/relations/sentence-view.js';
import { compileRuleCode, startAt, startFrom, startTokens } from '../../../../src/extract/relations/start-code.js';
import { makeDocument } from '../../../helpers/document.js';

function corpus(count: number): AnalyzedDocument[] {
  const names = loadCorpusNames();
  const docs: AnalyzedDocument[] = [];
  for (let i = 0; i < count; i++) {
    const a = generateArticle(i, names, 11);
    docs.push(analyze(makeDocument(a.text, { lang: a.lang, source: a.name })));
  }
  // Names inside larger names: "Nato" in "Nato-Gipfel", a city inside an event's name.
  docs.push(analyze(makeDocument('Beim Nato-Gipfel in Vilnius sprach Scholz mit Biden. Die Olympischen Spiele in Paris beginnen.', { lang: 'de' })));
  docs.push(analyze(makeDocument('At the NATO summit in Vilnius, Scholz met Biden. The Paris Olympics begin in July.', { lang: 'en' })));
  return docs;
}

const DOCS = corpus(40);

describe('nameOver (views that are not crowded)', () => {
  it('gives the one name over each token that namesOverAt lists', () => {
    let checked = 0;
    let named = 0;
    for (const doc of DOCS) {
      for (const view of buildViews(doc).list) {
        if (view.crowded) continue;
        for (let t = 0; t <= view.tokens.length; t++) {
          const names = namesOverAt(view, t);
          expect(names.length).toBeLessThanOrEqual(1);
          expect(nameOver(view, t)).toBe(names[0]);
          checked += 1;
          if (names.length === 1) named += 1;
        }
      }
    }
    // Enough tokens, and names among them, for the comparison to mean something.
    expect(checked).toBeGreaterThan(1000);
    expect(named).toBeGreaterThan(100);
  });

  it('marks a view crowded whenever some token has two names over it', () => {
    let twoNames = 0;
    for (const doc of DOCS) {
      for (const view of buildViews(doc).list) {
        let most = 0;
        for (let t = 0; t < view.tokens.length; t++) most = Math.max(most, namesOverAt(view, t).length);
        if (most >= 2) {
          twoNames += 1;
          expect(view.crowded).toBe(true);
        }
      }
    }
    expect(twoNames).toBeGreaterThan(0);
  });
});

describe('groupBySentence', () => {
  it('keeps the sentences where a mention holds a role cue, with exactly those mentions as outers', () => {
    let kept = 0;
    for (const doc of DOCS) {
      const built = buildViews(doc);
      const grouped = groupBySentence(doc, built);
      const expected = new Map<number, Mention[]>();
      for (const m of doc.mentions) {
        if (doc.roles.some((r) => r.sentence === m.sentence && r.start >= m.start && r.end <= m.end)) {
          const list = expected.get(m.sentence) ?? [];
          list.push(m);
          expected.set(m.sentence, list);
        }
      }
      expect([...grouped.outers.keys()].sort((a, b) => a - b)).toEqual([...expected.keys()].sort((a, b) => a - b));
      for (const [sentence, outers] of grouped.outers) {
        expect(new Set(outers)).toEqual(new Set(expected.get(sentence)));
        expect(grouped.mentions.get(sentence)!.length).toBeGreaterThanOrEqual(outers.length);
        kept += 1;
      }
    }
    expect(kept).toBeGreaterThan(0);
  });
});

describe('compiled start data', () => {
  const rules = RELATION_RULES.filter((r): r is PatternRule => r.kind === 'sequence');
  prepareRules(rules);
  const reqs = rules.map((r) => requirementsFor(r));
  const { at, code } = compileRuleCode([...reqs, undefined]);

  it('has a record for each rule with requirements and none for the others', () => {
    expect(at[reqs.length]).toBe(-1);
    for (let r = 0; r < reqs.length; r++) expect(at[r]).toBeGreaterThanOrEqual(0);
  });

  it('reads back each rule start kind and masks', () => {
    for (let r = 0; r < reqs.length; r++) {
      const req = reqs[r]!;
      const a = at[r]!;
      expect([code[a], code[a + 1], code[a + 2], code[a + 3], code[a + 4]]).toEqual([req.start, req.startSet, req.startMask, req.startFormMask, req.startRoleMask]);
      expect([...code.subarray(a + 8, a + 8 + code[a + 5]!)]).toEqual([...req.wordIds]);
    }
  });

  it('takes the start tokens of its first element kind, and no start where nothing starts', () => {
    // Hand-made facts: mentions may start at tokens 3 and 5 (but none does: masks 0), a role at 4, words at 2 and 6.
    const facts = {
      maskTokens: Int32Array.of(3, 5),
      roleTokens: Int32Array.of(4),
      wordTokens: Int32Array.of(2, 6),
      maskFrom: 0,
      roleFrom: 0,
      wordFrom: 1,
      startMasks: new Int32Array(8),
      roleStarts: new Int32Array(8),
      tokenBits: new Int32Array(8),
      tokenSets: Array.from({ length: 8 }, () => [] as number[]),
    } as unknown as Parameters<typeof startAt>[2];
    let slotRules = 0;
    for (let r = 0; r < reqs.length; r++) {
      const a = at[r]!;
      const req = reqs[r]!;
      const starts = startTokens(code, a, facts);
      if (req.start === 1) {
        slotRules += 1;
        expect(starts).toBe(facts.maskTokens);
        expect(startFrom(code, a, facts)).toBe(0);
        // No mention starts anywhere: no slot rule can start.
        expect(startAt(code, a, facts, 3)).toBe(0);
      }
      if (req.start === 3) expect(startFrom(code, a, facts)).toBe(1);
    }
    expect(slotRules).toBeGreaterThan(0);
  });
});
