// Held-out test: ten articles (tests/fixtures/heldout) written and annotated by an annotator who has
// not seen the extractor's rules, after the golden articles had been used to tune it. Scores extract()
// with the golden helpers (per article and micro-averaged), writes test-artifacts/heldout-report.md,
// and asserts modest floors set about 0.05 below what the extractor reached when they were written.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { listArticles, microAverage, precision, recall, renderReport, scoreArticle } from '../../helpers/golden.js';
import { describeArticleChecks, runArticle as run } from '../../helpers/golden-run.js';
import type { ArticleRun as Run } from '../../helpers/golden-run.js';

// First measured 2026-11-30 (micro): entities P 0.86 R 0.71 (134/155/189), relations P 0.73 R 0.14
// (16/22/116), while the golden corpus reached 0.99/0.96 and 0.98/0.58: the gap is the point. After the
// generalisation work the same day: entities 0.91/0.79 (149/163/189), relations 0.82/0.20 (23/28/116);
// the floors sit about 0.05 below that, so a regression on unseen text fails the suite. Second session
// (general rules and mention fixes developed on six new golden articles, never on these): entities
// 0.91/0.79 (150/164/189), relations 0.82/0.28 (33/40/116); relation recall floor raised to 0.23.
// Fifth session (organisations and bodies, first names, clause coreference and rules, developed on
// new golden articles, never on these): entities 0.93/0.82 (155/167/189), relations 0.91/0.36
// (42/46/116); floors raised to about 0.04-0.06 below.
const THRESHOLDS = {
  micro: { entityPrecision: 0.88, entityRecall: 0.77, relationPrecision: 0.85, relationRecall: 0.31 },
  corpus: { articles: 10, perLanguage: 5, minWords: 150, maxWords: 350 },
} as const;

const ROOT = resolve(__dirname, '../../..');
const HELDOUT = join(ROOT, 'tests/fixtures/heldout');
const GOLDEN = join(ROOT, 'tests/fixtures/articles');


const articles = listArticles(HELDOUT);
const runs: Run[] = articles.map(run);

beforeAll(() => {
  const report = renderReport(runs.map((r) => r.score)).replace('# Golden articles', '# Held-out articles');
  mkdirSync(join(ROOT, 'test-artifacts'), { recursive: true });
  writeFileSync(join(ROOT, 'test-artifacts/heldout-report.md'), `${report}\n`);
  console.log(report);
});

describe('held-out corpus', () => {
  it('has the planned articles in both languages, each of news length', () => {
    expect(articles.length).toBe(THRESHOLDS.corpus.articles);
    for (const lang of ['de', 'en'] as const) {
      expect(articles.filter((a) => a.slug.endsWith(`.${lang}`)).length).toBe(THRESHOLDS.corpus.perLanguage);
    }
    const badLength = runs
      .map((r) => ({ slug: r.article.slug, words: r.document.text.split(/\s+/).filter(Boolean).length }))
      .filter((a) => a.words < THRESHOLDS.corpus.minWords || a.words > THRESHOLDS.corpus.maxWords);
    expect(badLength).toEqual([]);
  });

  it('shares no article with the golden corpus (neither slug nor text)', () => {
    const golden = listArticles(GOLDEN);
    const goldenSlugs = new Set(golden.map((a) => a.slug));
    const goldenTexts = new Set(golden.map((a) => readFileSync(a.textPath, 'utf8')));
    expect(runs.filter((r) => goldenSlugs.has(r.article.slug) || goldenTexts.has(r.document.text)).map((r) => r.article.slug)).toEqual([]);
  });

  it('annotates only persons the text names (surname present) and at least 3 persons and 1 organisation per article', () => {
    const problems: string[] = [];
    for (const r of runs) {
      const persons = r.expected.entities.filter((e) => e.type === 'Person');
      if (persons.length < 3) problems.push(`${r.article.slug}: only ${persons.length} persons`);
      if (!r.expected.entities.some((e) => e.type === 'Organization')) problems.push(`${r.article.slug}: no organisation`);
      for (const p of persons) {
        const surname = p.name.split(' ').at(-1) ?? p.name;
        if (!r.document.text.includes(surname)) problems.push(`${r.article.slug}: ${p.name} not in text`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('held-out articles, micro-averaged', () => {
  const micro = microAverage(runs.map((r) => r.score));
  const t = THRESHOLDS.micro;
  it(`entity precision >= ${t.entityPrecision} and recall >= ${t.entityRecall}`, () => {
    expect(micro.entities.extracted).toBeGreaterThan(0);
    expect(recall(micro.entities)).toBeGreaterThanOrEqual(t.entityRecall);
    expect(precision(micro.entities)).toBeGreaterThanOrEqual(t.entityPrecision);
  });
  it('floors would catch an extractor that finds nothing', () => {
    const empty = microAverage(runs.map((r) => scoreArticle(r.article.slug, r.expected, { documents: [], entities: [], relations: [], warnings: [] })));
    expect(recall(empty.entities)).toBeLessThan(t.entityRecall);
    expect(recall(empty.relations)).toBeLessThan(t.relationRecall);
  });
  it(`relation precision >= ${t.relationPrecision} and recall >= ${t.relationRecall}`, () => {
    expect(micro.relations.extracted).toBeGreaterThan(0);
    expect(recall(micro.relations)).toBeGreaterThanOrEqual(t.relationRecall);
    expect(precision(micro.relations)).toBeGreaterThanOrEqual(t.relationPrecision);
  });
});

describeArticleChecks(runs);
