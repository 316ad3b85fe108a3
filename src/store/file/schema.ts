// Validates what the file store reads back from disk and is asked to save: one document's
// Extraction. A file edited by hand or cut short becomes a KgError naming the file, never a crash
// deep inside the merge.

import { z } from 'zod';
import { ENTITY_TYPES, RELATION_TYPES } from '../../types.js';
import type { Extraction } from '../../types.js';
import { KgError } from '../../errors.js';

const SpanSchema = z.object({ doc: z.string(), start: z.number().int(), end: z.number().int(), text: z.string() });

const DocumentSchema = z.object({
  id: z.string().min(1),
  source: z.string(),
  lang: z.enum(['de', 'en', 'und']),
  title: z.string().optional(),
  publisher: z.string().optional(),
  dateline: z.string().optional(),
  published: z.string().optional(),
  text: z.string(),
});

const ExtractionSchema = z.object({
  documents: z.array(DocumentSchema).length(1),
  entities: z.array(
    z.object({ id: z.string().min(1), name: z.string(), type: z.enum(ENTITY_TYPES), aliases: z.array(z.string()), mentions: z.array(SpanSchema) }),
  ),
  relations: z.array(
    z.object({
      id: z.string().min(1),
      type: z.enum(RELATION_TYPES),
      source: z.string().min(1),
      target: z.string().min(1),
      confidence: z.number().min(0).max(1),
      rule: z.string(),
      evidence: z.array(SpanSchema),
    }),
  ),
  warnings: z.array(z.object({ doc: z.string().optional(), code: z.string(), message: z.string() })),
});

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join('.') || 'value'}: ${issue.message}` : 'invalid';
}

/** `value` as a one-document Extraction, or a KgError STORE_FAILED saying where it came from. */
export function parseDocumentExtraction(value: unknown, where: string, hint = 'Delete it and ingest the document again.'): Extraction {
  const parsed = ExtractionSchema.safeParse(value);
  if (!parsed.success) {
    throw new KgError(
      'STORE_FAILED',
      `store: ${where} is not one document's extraction (${describeIssue(parsed.error)}). ${hint}`,
    );
  }
  // The caller's own object, validated: fields this schema does not know yet are kept, not stripped.
  return value as Extraction;
}
