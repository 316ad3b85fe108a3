// The relation rules over mentions rather than token sequences: nested rules (a mention holding a
// role cue and another mention: "der belarussische Staatschef") and named-after rules (an event
// named after an organisation: "SCO Summit"). Also the confidence penalties all rules share.

import type { AnalyzedDocument, Mention, RoleCue } from '../pipeline-types.js';
import { FORMER } from '../model/relation-cues.js';
import { COMPOUND_EVENT_HEADS } from '../model/events.js';
import type { Candidate } from './collect.js';
import type { EventHeadRule, MinistryHeadRule, NamedAfterRule, NestedRule, NominalPlaceRule } from './pattern-types.js';
import { isModifier, mentionsOfType } from './sentence-view.js';
import type { SentenceView, Views } from './sentence-view.js';

const PAST_WORDS = new RegExp(`(^|\\s)(${FORMER.join('|')})(\\s|$)`, 'iu');

/** A rule's confidence, lowered for coreference, guessed entities and long gaps. */
function adjustedConfidence(base: number, mentions: readonly Mention[], gapTokens: number): number {
  let c = base;
  if (mentions.some((m) => m.via === 'coref')) c -= 0.1;
  if (mentions.some((m) => (m.confidence ?? 1) < 0.8)) c -= 0.1;
  if (gapTokens > 4) c -= 0.05;
  if (gapTokens > 8) c -= 0.05;
  return c;
}

/** adjustedConfidence for the two ends of a pair, without building a list (same arithmetic, same order). */
export function pairConfidence(base: number, s: Mention, t: Mention, gapTokens: number): number {
  let c = base;
  if (s.via === 'coref' || t.via === 'coref') c -= 0.1;
  if ((s.confidence ?? 1) < 0.8 || (t.confidence ?? 1) < 0.8) c -= 0.1;
  if (gapTokens > 4) c -= 0.05;
  if (gapTokens > 8) c -= 0.05;
  return c;
}

/**
 * The role cues grouped by sentence index, and the mentions of those sentences (only they can hold
 * a nested match), each in document order: look-ups stay within one sentence. Only sentences where
 * a mention's span holds a role cue are kept: elsewhere no nested rule can match.
 */
export interface BySentence {
  mentions: Map<number, Mention[]>;
  roles: Map<number, RoleCue[]>;
  /** Per sentence kept, its mentions whose span holds a role cue (the only outers a rule can take), in order. */
  outers: Map<number, Mention[]>;
}

function holdsRole(roles: readonly RoleCue[], outer: Mention): boolean {
  for (const r of roles) if (r.start >= outer.start && r.end <= outer.end) return true;
  return false;
}

/** Keeps the sentence if some mention's span holds one of its role cues. */
function keep(grouped: BySentence, sentence: number, roles: RoleCue[], mentions: Mention[]): void {
  let outers: Mention[] | undefined;
  for (const m of mentions) if (holdsRole(roles, m)) (outers ??= []).push(m);
  if (!outers) return;
  grouped.roles.set(sentence, roles);
  grouped.mentions.set(sentence, mentions);
  grouped.outers.set(sentence, outers);
}

/** Does a role cue of the view lie inside one of its mentions (keep would find an outer)? No lists made. */
function roleInsideMention(view: SentenceView): boolean {
  for (const t of view.mentionTokens) for (const m of view.mentionsAt[t]!) {
    for (const rt of view.roleTokens) for (const r of view.rolesAt[rt]!) if (r.start >= m.start && r.end <= m.end) return true;
  }
  return false;
}

export function groupBySentence(doc: AnalyzedDocument, built: Views): BySentence {
  const grouped: BySentence = { mentions: new Map(), roles: new Map(), outers: new Map() };
  if (built.complete) {
    // Every mention and role cue of a sentence with a view is in its view: gather them from there,
    // only where keep() keeps them (a role cue inside a mention), tested first without lists.
    for (const [index, view] of built.byIndex) {
      if (view.roleTokens.length === 0 || view.mentionTokens.length === 0 || !roleInsideMention(view)) continue;
      const here: RoleCue[] = [];
      for (const t of view.roleTokens) for (const r of view.rolesAt[t]!) here.push(r);
      const inSentence: Mention[] = [];
      for (const t of view.mentionTokens) for (const m of view.mentionsAt[t]!) inSentence.push(m);
      keep(grouped, index, here, inSentence);
    }
    return grouped;
  }
  const roles = new Map<number, RoleCue[]>();
  const mentions = new Map<number, Mention[]>();
  for (const r of doc.roles) {
    const list = roles.get(r.sentence);
    if (list) list.push(r);
    else roles.set(r.sentence, [r]);
  }
  for (const m of doc.mentions) {
    if (!roles.has(m.sentence)) continue;
    const list = mentions.get(m.sentence);
    if (list) list.push(m);
    else mentions.set(m.sentence, [m]);
  }
  for (const [sentence, here] of roles) {
    const inSentence = mentions.get(sentence);
    if (inSentence) keep(grouped, sentence, here, inSentence);
  }
  return grouped;
}

function roleInside(roles: readonly RoleCue[] | undefined, outer: Mention, categories: readonly RoleCue['category'][]): RoleCue | undefined {
  if (roles) for (const r of roles) if (r.start >= outer.start && r.end <= outer.end && categories.includes(r.category)) return r;
  return undefined;
}

export function runNested(rule: NestedRule, views: Map<number, SentenceView>, grouped: BySentence, out: (c: Candidate) => void): void {
  // A role cue or mention inside the outer span lies in its sentence: only the sentences kept can match.
  for (const [sentence, outers] of grouped.outers) {
    const roles = grouped.roles.get(sentence)!;
    const mentions = grouped.mentions.get(sentence)!;
    const view = views.get(sentence);
    if (!view) continue;
    for (const outer of outers) {
      if (!rule.outer.includes(outer.type) || !roleInside(roles, outer, rule.roles) || PAST_WORDS.test(outer.text)) continue;
      for (const inner of mentions) {
        if (inner === outer || inner.start < outer.start || inner.end > outer.end || !rule.inner.includes(inner.type)) continue;
        if (rule.innerForm === 'adj' ? inner.via !== 'kb-adjective' : rule.innerForm === 'name' && isModifier(inner)) continue;
        const confidence = pairConfidence(rule.confidence, outer, inner, 0);
        out({ type: rule.relation, source: outer.entityId, target: inner.entityId, confidence, rule: rule.id, sentence: view.sentence });
      }
    }
  }
}

/**
 * "The Japanese automaker", "der Münchner Autobauer": a nominal phrase (a coreference mention) of an
 * organisation holding a place adjective. Not "the Russian-led alliance" or "the Anglo-Australian group":
 * the adjective must be a word of its own, not part of a compound.
 */
export function runNominalPlace(rule: NominalPlaceRule, doc: AnalyzedDocument, views: Map<number, SentenceView>, out: (c: Candidate) => void): void {
  const mentions = doc.mentions;
  for (let k = 0; k < mentions.length; k++) {
    const outer = mentions[k]!;
    if (outer.via !== 'coref' || !rule.outer.includes(outer.type)) continue;
    const view = views.get(outer.sentence);
    if (!view) continue;
    for (let t = outer.tokenStart; t < outer.tokenEnd; t++) {
      for (const inner of view.mentionsAt[t] ?? []) {
        if ((inner.via !== 'kb-adjective' && inner.via !== 'kb-demonym') || !rule.inner.includes(inner.type) || inner.start < outer.start || inner.end > outer.end) continue;
        if (inner.start !== view.tokens[inner.tokenStart]!.start || inner.end !== view.tokens[inner.tokenEnd - 1]!.end) continue;
        out({ type: rule.relation, source: outer.entityId, target: inner.entityId, confidence: pairConfidence(rule.confidence, outer, inner, 0), rule: rule.id, sentence: view.sentence });
      }
    }
  }
}

/** Words around the field of a minister's office that name no field ("Deputy Environment Minister", "Bundesfinanzminister"). */
const OFFICE_WORDS = /^(?:deputy|vice|acting|federal|state|junior|senior|chief)\s+/u;
const GERMAN_OFFICE_PREFIXES = ['bundes', 'landes', 'vize', 'staats'];

/** The field of a minister's office, lowercase: "Finance Minister" -> "finance", "Wirtschaftsministerin" -> "wirtschaft". */
export function ministerField(roleText: string): string | undefined {
  let text = roleText.toLowerCase();
  for (let m = OFFICE_WORDS.exec(text); m; m = OFFICE_WORDS.exec(text)) text = text.slice(m[0].length);
  let field: string | undefined;
  const of = /^minister (?:of|for) (?:the )?(\p{L}+)/u.exec(text);
  if (of) field = of[1];
  else if (/^\p{L}+ minister$/u.test(text)) field = text.slice(0, text.indexOf(' '));
  else {
    const german = /^(\p{L}+?)s?minister(?:in)?$/u.exec(text);
    if (german) {
      field = german[1]!;
      for (const p of GERMAN_OFFICE_PREFIXES) if (field.startsWith(p) && field.length > p.length + 3) field = field.slice(p.length);
    }
  }
  return field && field.length >= 4 && field !== 'prime' ? field : undefined;
}

const MINISTRY_WORDS = /ministry|ministerium|department/u;

/**
 * "Finance Minister Suresh Prabhakar welcomed ... a statement issued by the Finance Ministry",
 * "Umweltminister Carsten Schneider, dessen Bundesumweltministerium ...": the person a minister's
 * role introduces leads the one ministry of the same field the sentence names. With two ministers of
 * that field in the sentence ("... alongside Turkish Deputy Environment Minister X"), the one named
 * last before the ministry (or, with none before it, first after it).
 */
export function runMinistryHead(rule: MinistryHeadRule, doc: AnalyzedDocument, views: Map<number, SentenceView>, out: (c: Candidate) => void): void {
  for (const cue of doc.roles) {
    if (cue.category !== 'minister') continue;
    const view = views.get(cue.sentence);
    const field = view ? ministerField(cue.text) : undefined;
    if (!view || !field) continue;
    const person = personAfterCue(view, cue);
    if (!person) continue;
    let ministry: Mention | undefined;
    let ambiguous = false;
    for (const t of view.mentionTokens) for (const m of view.mentionsAt[t]!) {
      if (m.type !== 'Organization' || m.via === 'coref') continue;
      const text = m.text.toLowerCase();
      if (!MINISTRY_WORDS.test(text) || !(text.includes(field) || m.name.toLowerCase().includes(field))) continue;
      if (ministry && ministry.entityId !== m.entityId) ambiguous = true;
      ministry = m;
    }
    if (!ministry || ambiguous || nearestMinister(view, field, ministry) !== cue) continue;
    out({ type: rule.relation, source: person.entityId, target: ministry.entityId, confidence: pairConfidence(rule.confidence, person, ministry, 0), rule: rule.id, sentence: view.sentence });
  }
}

function personAfterCue(view: SentenceView, cue: RoleCue): Mention | undefined {
  return (view.mentionsAt[cue.tokenEnd] ?? []).find((m) => m.type === 'Person' && m.tokenStart === cue.tokenEnd);
}

/** Of the sentence's ministers of this field who are named, the one last before the ministry, else the first after it. */
function nearestMinister(view: SentenceView, field: string, ministry: Mention): RoleCue | undefined {
  let before: RoleCue | undefined;
  let after: RoleCue | undefined;
  for (const t of view.roleTokens) for (const cue of view.rolesAt[t]!) {
    if (cue.category !== 'minister' || ministerField(cue.text) !== field || !personAfterCue(view, cue)) continue;
    if (cue.tokenStart < ministry.tokenStart) before = cue;
    else after ??= cue;
  }
  return before ?? after;
}

/**
 * "Festival director Jung Hye-won said", "Festspielpräsidentin Kristina Hammer dankte": a leader's role
 * that opens with a kind of event leads the text's main event (named more often than any other) when
 * its name or one of its mentions holds that kind ("Festivalleiterin" of a text about the Berlinale
 * that once names the Filmfestival in Cannes leads neither).
 */
export function runEventHead(rule: EventHeadRule, doc: AnalyzedDocument, views: Map<number, SentenceView>, out: (c: Candidate) => void): void {
  let events: Mention[] | undefined;
  for (const cue of doc.roles) {
    if (cue.category !== 'leader' && cue.category !== 'chair') continue;
    const text = cue.text.toLowerCase();
    const stem = rule.stems.find((st) => text.startsWith(st) && text.length > st.length);
    const view = stem ? views.get(cue.sentence) : undefined;
    if (!stem || !view) continue;
    const person = personAfterCue(view, cue);
    if (!person) continue;
    events ??= principalEvent(doc);
    const event = events.find((m) => m.text.toLowerCase().includes(stem) || m.name.toLowerCase().includes(stem));
    if (!event) continue;
    out({ type: rule.relation, source: person.entityId, target: event.entityId, confidence: pairConfidence(rule.confidence, person, event, 0), rule: rule.id, sentence: view.sentence });
  }
}

/**
 * The mentions of the event named more often than any other in the document; on a tie, of the one
 * the headline or the first two sentences name first (none otherwise).
 */
function principalEvent(doc: AnalyzedDocument): Mention[] {
  const byId = new Map<string, Mention[]>();
  for (const m of doc.mentions) {
    if (m.type !== 'Event') continue;
    const list = byId.get(m.entityId);
    if (list) list.push(m);
    else byId.set(m.entityId, [m]);
  }
  let best: Mention[] = [];
  let tie = false;
  for (const list of byId.values()) {
    if (list.length > best.length) {
      best = list;
      tie = false;
    } else if (list.length === best.length) tie = true;
  }
  if (!tie) return best;
  // Mentions come sorted by start: the first event mention of the document, if early and among the most named.
  const first = doc.mentions.find((m) => m.type === 'Event');
  return first && first.sentence <= 2 && byId.get(first.entityId)!.length === best.length ? byId.get(first.entityId)! : [];
}

/** The owner whose name starts the event's name, with one to three words after it ("Venice Film Festival" -> Venice). */
function leadingOwner(owners: ReadonlyMap<string, Mention>, name: string): Mention | undefined {
  const words = name.split(' ');
  for (let rest = 1; rest <= 3 && rest < words.length; rest++) {
    const owner = owners.get(words.slice(0, words.length - rest).join(' '));
    if (owner) return owner;
  }
  return undefined;
}

/** The first mention of each name among the rule's owner types. */
function ownersOf(rule: NamedAfterRule, doc: AnalyzedDocument): Map<string, Mention> {
  const owners = new Map<string, Mention>();
  for (const m of doc.mentions) if (rule.ownerTypes.includes(m.type) && !owners.has(m.name)) owners.set(m.name, m);
  return owners;
}

/** A German one-word event named with its town after it: "Bachfest Leipzig", "Ostseegipfel Danzig". */
const TOWN_LAST = new RegExp(`^\\p{Lu}\\p{Ll}{2,}(?:${COMPOUND_EVENT_HEADS.join('|')}) \\p{Lu}`, 'u');

function suffixOf(rule: NamedAfterRule, name: string): string | undefined {
  for (const s of rule.suffixes) if (name.endsWith(s) && name.length > s.length) return s;
  return undefined;
}

export function runNamedAfter(rule: NamedAfterRule, doc: AnalyzedDocument, built: Views, out: (c: Candidate) => void): void {
  const views = built.byIndex;
  let owners: Map<string, Mention> | undefined;
  // Event types one by one (the order of candidates changes nothing the collector keeps).
  // The owner of each event name, found once per name (an event is named many times).
  const ownerOf = new Map<string, Mention | undefined>();
  for (const type of new Set(rule.eventTypes)) for (const event of mentionsOfType(doc, built, type)) {
    let owner: Mention | undefined;
    if (ownerOf.has(event.name)) owner = ownerOf.get(event.name);
    else {
      const suffix = suffixOf(rule, event.name);
      const trailing = !suffix && rule.leading === true && TOWN_LAST.test(event.name);
      if (suffix || trailing) {
        owners ??= ownersOf(rule, doc);
        owner = trailing ? owners.get(event.name.slice(event.name.indexOf(' ') + 1)) : rule.leading ? leadingOwner(owners, event.name) : owners.get(event.name.slice(0, -suffix!.length));
      }
      ownerOf.set(event.name, owner);
    }
    const view = views.get(event.sentence);
    if (!owner || !view) continue;
    const confidence = adjustedConfidence(rule.confidence, [event], 0);
    out({ type: rule.relation, source: event.entityId, target: owner.entityId, confidence, rule: rule.id, sentence: view.sentence });
  }
}
