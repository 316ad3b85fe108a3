// Runs the extractor on one annotated article and scores it: shared by the golden and the
// held-out tests, so both corpora are read, extracted and scored the same way.

import { readFileSync } from 'node:fs';
import { extract } from '../../src/extract/extract.js';
import type { Document, Extraction } from '../../src/types.js';
import { langFromFileName, makeDocument } from './document.js';
import { checkStructure, findDuplicates, loadExpected, scoreArticle } from './golden.js';
import type { ArticleScore, ExpectedGraph, GoldenArticle } from './golden.js';

export interface ArticleRun {
  article: GoldenArticle;
  document: Document;
  expected: ExpectedGraph;
  extraction: Extraction;
  score: ArticleScore;
}

export function runArticle(article: GoldenArticle): ArticleRun {
  const text = readFileSync(article.textPath, 'utf8');
  const document = makeDocument(text, { lang: langFromFileName(article.textPath), source: article.textPath });
  const expected = loadExpected(article.expectedPath);
  const extraction = extract(document);
  return { article, document, expected, extraction, score: scoreArticle(article.slug, expected, extraction) };
}

/** The structural checks every annotated article must pass, whatever its scores. */
export function describeArticleChecks(runs: readonly ArticleRun[]): void {
  describe.each(runs.map((r) => [r.article.slug, r] as const))('%s', (_slug, r) => {
    it('has no duplicate entities', () => {
      expect(findDuplicates(r.extraction)).toEqual([]);
    });
    it('keeps every span true to the text and every relation end an entity', () => {
      expect(checkStructure(r.document, r.extraction)).toEqual([]);
    });
    it('is deterministic', () => {
      expect(JSON.stringify(extract({ ...r.document }))).toBe(JSON.stringify(r.extraction));
    });
  });
}
