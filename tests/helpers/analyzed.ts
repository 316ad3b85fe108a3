// Test helper for the relation rules: builds an AnalyzedDocument from a text and a list of
// (surface, canonical name, type[, via]) mentions and (surface, role category) role cues, without
// the real text layer, so the rules can be tested on their own. Every occurrence of a surface
// (on word boundaries, hyphen compounds included) becomes a mention / role cue.

import { entityId } from '../../src/extract/ids.js';
import type { AnalyzedDocument, Mention, MentionVia, RoleCategory, RoleCue, Sentence, Token, TokenKind } from '../../src/extract/pipeline-types.js';
import type { EntityType, Lang } from '../../src/types.js';

export type MentionSpec = [surface: string, name: string, type: EntityType, via?: MentionVia];
export type RoleSpec = [surface: string, category: RoleCategory];

const TOKEN_RE =
  /([\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’\-‐][\p{L}\p{M}\p{N}]+)*)|(\p{N}+(?:[.,:/]\p{N}+)*)|(["„“”«»‚‘’‹›'])|([.,;:!?…()[\]{}\-–—/])|(\S)/gu;

function tokenize(text: string, from: number, to: number): Token[] {
  const re = new RegExp(TOKEN_RE.source, 'gu');
  re.lastIndex = from;
  const tokens: Token[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null && m.index < to) {
    const kind: TokenKind = m[1] ? 'word' : m[2] ? 'number' : m[3] ? 'quote' : m[4] ? 'punct' : 'symbol';
    const value = m[0];
    tokens.push({ text: value, start: m.index, end: m.index + value.length, lower: value.toLowerCase(), kind, upper: /^\p{Lu}/u.test(value) });
  }
  return tokens;
}

/** Sentences end at . ! ? (plus closing quotes) before whitespace, and at line breaks. */
function sentenceRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const re = /[.!?][“”"»’]?(?=\s+["„“«]?\p{Lu})|\n+/gu;
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const end = m[0].startsWith('\n') ? m.index : m.index + m[0].length;
    if (text.slice(start, end).trim()) ranges.push([start, end]);
    start = m.index + m[0].length;
  }
  if (text.slice(start).trim()) ranges.push([start, text.length]);
  return ranges.map(([s, e]) => {
    while (/\s/.test(text[s] ?? '')) s++;
    while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
    return [s, e];
  });
}

function occurrences(text: string, surface: string): number[] {
  const out: number[] = [];
  const letter = /[\p{L}\p{N}]/u;
  for (let i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + 1)) {
    const before = text[i - 1] ?? ' ';
    const after = text[i + surface.length] ?? ' ';
    if (!letter.test(before) && !letter.test(after)) out.push(i);
  }
  return out;
}

function locate(sentences: Sentence[], start: number, end: number): { sentence: Sentence; first: number; last: number } | undefined {
  const sentence = sentences.find((s) => start >= s.start && end <= s.end);
  if (!sentence) return undefined;
  const first = sentence.tokens.findIndex((t) => t.end > start);
  let last = first;
  while (last + 1 < sentence.tokens.length && sentence.tokens[last + 1]!.start < end) last++;
  return { sentence, first, last };
}

export function analyzed(text: string, mentions: MentionSpec[], roles: RoleSpec[] = [], lang: Lang = 'de'): AnalyzedDocument {
  const sentences: Sentence[] = sentenceRanges(text).map(([start, end], index) => ({
    index, start, end, text: text.slice(start, end), tokens: tokenize(text, start, end),
    quoted: /[„“”"«»]/.test(text.slice(start, end)),
  }));
  const found: Mention[] = [];
  for (const [surface, name, type, via] of mentions) {
    for (const start of occurrences(text, surface)) {
      const end = start + surface.length;
      const at = locate(sentences, start, end);
      if (!at) continue;
      found.push({
        entityId: entityId(type, name), name, type, start, end, text: surface, sentence: at.sentence.index,
        tokenStart: at.first, tokenEnd: at.last + 1, via: via ?? 'kb-name',
      });
    }
  }
  const cues: RoleCue[] = [];
  for (const [surface, category] of roles) {
    for (const start of occurrences(text, surface)) {
      const end = start + surface.length;
      const at = locate(sentences, start, end);
      if (!at) continue;
      cues.push({ start, end, text: surface, sentence: at.sentence.index, tokenStart: at.first, tokenEnd: at.last + 1, role: surface.toLowerCase(), category });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  cues.sort((a, b) => a.start - b.start);
  return { document: { id: 'doc-test', source: 'test', lang, text }, sentences, mentions: found, roles: cues };
}
