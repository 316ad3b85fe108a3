// The extractor's entry point: Document -> Extraction. Pure and deterministic.
// (Placeholder until the extraction pipeline lands: returns no entities.)

import type { Document, Extraction } from '../types.js';

export function extract(document: Document): Extraction {
  return { documents: [document], entities: [], relations: [], warnings: [] };
}
