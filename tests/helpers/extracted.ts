// Test helper: extract() over one inline text, as the readable pairs the relation tests compare:
// each entity's name with the texts of its mentions, and each relation as "TYPE source -> target"
// by canonical names.

import { extract } from '../../src/extract/extract.js';
import type { Lang } from '../../src/types.js';

export interface Extracted {
  mentions: Map<string, string[]>;
  relations: string[];
}

export function extractInline(text: string, lang: Lang): Extracted {
  const ex = extract({ id: 't', source: 't.txt', lang, text });
  const name = new Map(ex.entities.map((e) => [e.id, e.name]));
  return {
    mentions: new Map(ex.entities.map((e) => [e.name, e.mentions.map((m) => m.text)])),
    relations: ex.relations.map((r) => `${r.type} ${name.get(r.source)} -> ${name.get(r.target)}`),
  };
}
