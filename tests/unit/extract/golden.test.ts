// Golden test: run extract() on hand-annotated articles (tests/fixtures/articles + the seed) and
// compare with the expected graphs: precision/recall/F1 per article and micro-averaged, written to
// test-artifacts/golden-report.md. Thresholds live in THRESHOLDS; scoring is tested on its own.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { listArticles, microAverage, precision, recall, renderReport, scoreArticle } from '../../helpers/golden.js';
import type { GoldenArticle } from '../../helpers/golden.js';
import { describeArticleChecks, runArticle as run } from '../../helpers/golden-run.js';
import type { ArticleRun as Run } from '../../helpers/golden-run.js';

const THRESHOLDS = {
  seed: { entityPrecision: 0.9, relationPrecision: 0.9 },
  // Regression floors a little under the measured figures. Recall floors were lowered (entities 0.93 ->
  // 0.90, relations 0.65 -> 0.55) when sixteen harder, exhaustively annotated probe articles
  // (*-probe2-*, *-probe3-*) joined the set: their expected graphs list every fact a reader finds
  // (about 27 relations per article against 13 before), most of which the rules do not reach yet.
  micro: { entityPrecision: 0.96, entityRecall: 0.9, relationPrecision: 0.95, relationRecall: 0.55 },
  corpus: { minArticles: 14, minPerLanguage: 7, minWords: 150, maxWords: 400 },
} as const;

const ROOT = resolve(__dirname, '../../..');
const FIXTURES = join(ROOT, 'tests/fixtures/articles');
const SEED_SLUG = 'belta-belarus-kazakhstan.de';
const SEED: GoldenArticle = {
  slug: SEED_SLUG,
  textPath: join(ROOT, 'seeds', `${SEED_SLUG}.txt`),
  expectedPath: join(FIXTURES, `${SEED_SLUG}.expected.json`),
};

/** What the product card demands from the seed, whatever else its expected file lists. */
const SEED_REQUIRED = {
  entities: [
    'Country:Belarus', 'Country:Kazakhstan', 'Country:Soviet Union', 'Person:Alexander Lukashenko',
    'Organization:SCO', 'Organization:EAEU', 'Organization:CIS', 'Organization:CSTO', 'Organization:Kazinform',
    'Organization:BelTA', 'City:Astana', 'City:Minsk', 'City:Vitebsk', 'Event:Slavianski Bazaar', 'Event:SCO Summit',
  ],
  relations: [
    'LEADER_OF(Alexander Lukashenko, Belarus)', 'INTERVIEWED_BY(Alexander Lukashenko, Kazinform)',
    'PARTNER_OF(Belarus, Kazakhstan)', 'MEMBER_OF(Belarus, EAEU)', 'MEMBER_OF(Belarus, CIS)', 'MEMBER_OF(Belarus, CSTO)',
    'MEMBER_OF(Kazakhstan, EAEU)', 'MEMBER_OF(Kazakhstan, CIS)', 'MEMBER_OF(Kazakhstan, CSTO)', 'MEMBER_OF(Belarus, SCO)',
    'PARTICIPATES_IN(Kazakhstan, Slavianski Bazaar)', 'HELD_IN(Slavianski Bazaar, Vitebsk)', 'HELD_IN(SCO Summit, Astana)',
    'ORGANIZED_BY(SCO Summit, SCO)',
  ],
};


const articles = [SEED, ...listArticles(FIXTURES)];
const runs: Run[] = articles.map(run);
const seed = runs[0] as Run;

beforeAll(() => {
  const report = renderReport(runs.map((r) => r.score));
  mkdirSync(join(ROOT, 'test-artifacts'), { recursive: true });
  writeFileSync(join(ROOT, 'test-artifacts/golden-report.md'), `${report}\n`);
  console.log(report);
});

describe('golden corpus', () => {
  it('has enough articles in both languages, each of news length', () => {
    const fixtures = articles.slice(1);
    expect(fixtures.length).toBeGreaterThanOrEqual(THRESHOLDS.corpus.minArticles);
    for (const lang of ['de', 'en'] as const) {
      expect(fixtures.filter((a) => a.slug.endsWith(`.${lang}`)).length).toBeGreaterThanOrEqual(THRESHOLDS.corpus.minPerLanguage);
    }
    const badLength = runs.slice(1)
      .map((r) => ({ slug: r.article.slug, words: r.document.text.split(/\s+/).filter(Boolean).length }))
      .filter((a) => a.words < THRESHOLDS.corpus.minWords || a.words > THRESHOLDS.corpus.maxWords);
    expect(badLength).toEqual([]);
  });
});

describe('seed article', () => {
  it('finds every required entity', () => {
    expect(SEED_REQUIRED.entities.filter((k) => seed.score.entities.missing.includes(k))).toEqual([]);
  });
  it('finds every required relation', () => {
    expect(SEED_REQUIRED.relations.filter((k) => seed.score.relations.missing.includes(k))).toEqual([]);
  });
  it('requires only what its expected file lists', () => {
    const all = scoreArticle(SEED_SLUG, seed.expected, { documents: [], entities: [], relations: [], warnings: [] });
    expect(SEED_REQUIRED.entities.filter((k) => !all.entities.missing.includes(k))).toEqual([]);
    expect(SEED_REQUIRED.relations.filter((k) => !all.relations.missing.includes(k))).toEqual([]);
  });
  it(`has entity and relation precision >= ${THRESHOLDS.seed.entityPrecision}/${THRESHOLDS.seed.relationPrecision}`, () => {
    expect(seed.score.entities.extracted).toBeGreaterThan(0);
    expect(precision(seed.score.entities)).toBeGreaterThanOrEqual(THRESHOLDS.seed.entityPrecision);
    expect(precision(seed.score.relations)).toBeGreaterThanOrEqual(THRESHOLDS.seed.relationPrecision);
  });
});

describe('all articles, micro-averaged', () => {
  const micro = microAverage(runs.map((r) => r.score));
  const t = THRESHOLDS.micro;
  it(`entity precision >= ${t.entityPrecision} and recall >= ${t.entityRecall}`, () => {
    expect(recall(micro.entities)).toBeGreaterThanOrEqual(t.entityRecall);
    expect(precision(micro.entities)).toBeGreaterThanOrEqual(t.entityPrecision);
  });
  it(`relation precision >= ${t.relationPrecision} and recall >= ${t.relationRecall}`, () => {
    expect(recall(micro.relations)).toBeGreaterThanOrEqual(t.relationRecall);
    expect(precision(micro.relations)).toBeGreaterThanOrEqual(t.relationPrecision);
  });
});

describeArticleChecks(runs);
