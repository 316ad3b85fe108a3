// Runs the extractor on one annotated article and scores it: shared by the golden and the
// held-out tests, so both corpora are read, extracted and scored the same way.

import { readFileSync } from 'node:fs';
import { extract } from '../../src/extract/extract.js';
import type { Document, Extraction } from '../../src/types.js';
import { langFromFileName, makeDocument } from './document.js';
import { loadExpected, scoreArticle } from './golden.js';
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
