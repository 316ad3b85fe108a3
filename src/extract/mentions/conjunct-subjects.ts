// Subjects left out after "und"/"and" (see ./clause-coref.ts): in "reiste nach Peking und traf dort X",
// "visited Japan and met X" the conjunction becomes a mention (via 'coref') of the subject of the clause
// it continues, so that the relation rules see a subject before the second verb. No guess where the
// subject is unclear: reported speech, a preposition before the only name, two candidates.

import type { Mention, Sentence } from '../pipeline-types.js';
import type { AnalysisContext } from './context.js';
import {
  ACTORS, CONJ_VERBS, EN_ADVERBS, OPENERS, PREPOSITIONS, PRONOUNS, SPEECH, SUBORDINATORS, T_CLAUSE, isModifier, refOf, somethingAfter,
} from './clause-words.js';

export function conjunctSubjects(ctx: AnalysisContext, s: Sentence): void {
  const verbs = CONJ_VERBS[ctx.lang];
  const and = ctx.lang === 'de' ? 'und' : 'and';
  const row = ctx.words[s.index]!;
  for (let v = 2; v < s.tokens.length; v++) {
    // The verb at v carries the trigger; "und"/"and" is right before it, or before an adverb ("and later met").
    if ((row[v]!.triggers & T_CLAUSE) === 0) continue;
    const verb = s.tokens[v]!;
    if (verb.kind !== 'word' || verb.upper || !verbs.has(verb.lower)) continue;
    let i = v - 1;
    if (ctx.lang === 'en' && EN_ADVERBS.has(s.tokens[i]!.lower)) i -= 1;
    if (s.tokens[i]!.lower !== and || ctx.set.isTaken(s.index, i)) continue;
    // "und traf er X": the subject follows the verb.
    if (PRONOUNS.has(s.tokens[v + 1]?.lower ?? '')) continue;
    if (!somethingAfter(ctx, s, v + 1, s.tokens.length)) continue;
    const subject = clauseSubject(ctx, s, i);
    if (subject) ctx.set.add(refOf(subject), s.index, i, i + 1, 'coref', { confidence: 0.8 });
  }
}

/**
 * The subject of the clause that token `and` continues (which starts after a dateline's dash or the
 * last subordinating word before it; at a relative pronoun's mention in a relative clause): the
 * name or subject pronoun among its first four tokens; else, when a preposition or nothing opens
 * it, the one person the clause names before "and" if it names no other actor ("Am Montag reiste
 * X nach Paris und traf Y"; "Die Bürgermeisterin von Z, X, kam nach Y und traf W"). Nothing
 * when a speech verb stands between the subject and "and" ("X said Y visited Z and met W").
 */
function clauseSubject(ctx: AnalysisContext, s: Sentence, and: number): Mention | undefined {
  const from = clauseStart(ctx, s, and);
  let subject: Mention | undefined;
  for (let t = from; t < Math.min(from + 4, and) && !subject; t++) {
    // After a preposition ("Mit Scholz reiste X", "Am Montag traf sie") only a subject pronoun or the clause's one actor counts.
    if (PREPOSITIONS.has(s.tokens[t]!.lower)) {
      subject = pronounAfter(ctx, s, t, and);
      break;
    }
    for (const m of ctx.set.at(s.index, t)) {
      if (m.tokenStart !== t || isModifier(m) || !ACTORS.has(m.type)) continue;
      if (!subject || m.end - m.start > subject.end - subject.start) subject = m;
    }
  }
  // "Der Präsident Kasachstans, X, reiste ... und traf": a country or organisation opening the clause is no subject when a person is named there too.
  if (subject && subject.type !== 'Person' && personIn(ctx, s, from, and)) return undefined;
  subject ??= onlyActor(ctx, s, from, and);
  if (!subject) return undefined;
  for (let t = subject.tokenEnd; t < and; t++) if (SPEECH.has(s.tokens[t]!.lower)) return undefined;
  return subject;
}

function personIn(ctx: AnalysisContext, s: Sentence, from: number, to: number): boolean {
  for (const m of ctx.set.inSentence(s.index)) if (m.type === 'Person' && m.tokenStart >= from && m.tokenEnd <= to) return true;
  return false;
}

function clauseStart(ctx: AnalysisContext, s: Sentence, and: number): number {
  for (let t = and - 1; t >= 0; t--) {
    const tok = s.tokens[t]!;
    if (SUBORDINATORS.has(tok.lower) || tok.text === ':' || tok.kind === 'quote' || (t < 12 && (tok.text === '-' || tok.text === '–' || tok.text === '—'))) return t + 1;
    // A relative pronoun made a mention above: its clause starts there.
    if (tok.text === tok.lower && tok.kind === 'word' && relativeMentionAt(ctx, s, t)) return t;
  }
  return 0;
}

/**
 * The one person the clause names before "and", when it names no other person, organisation or
 * country, and either the clause opens with a preposition or adverb (the subject follows the verb:
 * "Am Montag reiste X") or the name stands between commas (an apposition: "Die Bürgermeisterin von Z, X, kam").
 */
function onlyActor(ctx: AnalysisContext, s: Sentence, from: number, and: number): Mention | undefined {
  let only: Mention | undefined;
  for (const m of ctx.set.inSentence(s.index)) {
    if (m.tokenStart < from || m.tokenEnd > and || isModifier(m) || !ACTORS.has(m.type)) continue;
    if (m.type !== 'Person' || (only && only.entityId !== m.entityId)) return undefined;
    only ??= m;
  }
  if (!only) return undefined;
  const opener = s.tokens[from]!.lower;
  const apposition = s.tokens[only.tokenStart - 1]?.text === ',' && s.tokens[only.tokenEnd]?.text === ',';
  return apposition || PREPOSITIONS.has(opener) || OPENERS.has(opener) ? only : undefined;
}

function relativeMentionAt(ctx: AnalysisContext, s: Sentence, t: number): boolean {
  for (const m of ctx.set.at(s.index, t)) if (m.via === 'coref' && m.tokenStart === t && m.tokenEnd === t + 1 && s.tokens[t - 1]?.text === ',') return true;
  return false;
}

/** A subject pronoun resolved by coreference within the clause's first tokens ("In Tokyo, she met ..."). */
function pronounAfter(ctx: AnalysisContext, s: Sentence, from: number, and: number): Mention | undefined {
  for (let t = from + 1; t < Math.min(from + 5, and); t++) {
    if (!PRONOUNS.has(s.tokens[t]!.lower)) continue;
    for (const m of ctx.set.at(s.index, t)) if (m.via === 'coref' && m.type === 'Person') return m;
  }
  return undefined;
}
