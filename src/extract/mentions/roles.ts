// Finds role cues ("Präsident", "Außenministerin", "Foreign Minister", "head of state") in
// sentences, using the role lexicon of ../model/roles.ts. German forms take inflection endings;
// German compounds ending in a role head ("Wirtschaftsminister") carry that role.

import type { RoleCue, Sentence, Token } from '../pipeline-types.js';
import { ROLE_HEADS, ROLES, type RoleEntry } from '../model/roles.js';
import { COMPOUND_ROLE_HEADS, EXTRA_ROLES } from '../model/role-compounds.js';
import { tokenize } from '../text/tokenize.js';
import type { WordInfo } from './word-info.js';

interface RoleForm {
  words: string[];
  entry: RoleEntry;
}

interface RoleIndex {
  /** German single-word forms, lowercased base forms. */
  de: Map<string, RoleEntry>;
  /** Multi-word and English forms by first word. */
  phrases: Map<string, RoleForm[]>;
  byId: Map<string, RoleEntry>;
}

const DE_ENDINGS = ['', 's', 'n', 'en', 'in', 'innen', 'e', 'er', 'es', 'em'];
let index: RoleIndex | undefined;

function addPhrase(idx: RoleIndex, form: string, entry: RoleEntry): void {
  const words = tokenize(form).map((t) => t.lower);
  if (words.length === 0) return;
  const list = idx.phrases.get(words[0]!) ?? [];
  list.push({ words, entry });
  list.sort((a, b) => b.words.length - a.words.length);
  idx.phrases.set(words[0]!, list);
}

function getIndex(): RoleIndex {
  if (index) return index;
  const idx: RoleIndex = { de: new Map(), phrases: new Map(), byId: new Map() };
  for (const entry of [...ROLES, ...EXTRA_ROLES]) {
    idx.byId.set(entry.id, entry);
    for (const form of entry.de) if (!idx.de.has(form.toLowerCase())) idx.de.set(form.toLowerCase(), entry);
    for (const form of entry.en) addPhrase(idx, form, entry);
  }
  index = idx;
  return idx;
}

const roleCache = new Map<string, RoleEntry | null>();

/** The role of one German word, with inflection or as a compound's head. */
export function germanRole(lower: string): RoleEntry | undefined {
  const known = roleCache.get(lower);
  if (known !== undefined) return known ?? undefined;
  const found = findGermanRole(lower);
  if (roleCache.size > 50000) roleCache.clear();
  roleCache.set(lower, found ?? null);
  return found;
}

/** The last three letters of every compound role head (ROLE_HEADS and COMPOUND_ROLE_HEADS). */
const ROLE_HEAD_TAILS: ReadonlySet<string> = new Set([...ROLE_HEADS, ...COMPOUND_ROLE_HEADS].map(({ head }) => head.slice(-3)));

/** Endings of a German compound whose head is a role ("Wirtschaftsministerin", "Botschaftern"), in the order they are tried. */
const COMPOUND_ENDINGS = ['', 's', 'n', 'in', 'innen'];

function findGermanRole(lower: string): RoleEntry | undefined {
  const idx = getIndex();
  for (const ending of DE_ENDINGS) {
    if (lower.length - ending.length < 4 || !lower.endsWith(ending)) continue;
    const entry = idx.de.get(lower.slice(0, lower.length - ending.length));
    if (entry) return entry;
  }
  // Female forms of roles ending in -e: "Virologin", "Expertin", "Kollegin".
  for (const ending of ['in', 'innen']) {
    if (lower.length > ending.length + 4 && lower.endsWith(ending)) {
      const entry = idx.de.get(`${lower.slice(0, lower.length - ending.length)}e`);
      if (entry) return entry;
    }
  }
  const part = lower.includes('-') ? lower.slice(lower.lastIndexOf('-') + 1) : lower;
  if (part !== lower) return germanRole(part);
  // The word without each compound ending ('' where it lacks the ending), cut once rather than per head.
  const bodies = COMPOUND_ENDINGS.map((ending) => (lower.endsWith(ending) ? lower.slice(0, lower.length - ending.length) : ''));
  // Most words end in no head at all: test the heads' last three letters first.
  if (!bodies.some((body) => ROLE_HEAD_TAILS.has(body.slice(-3)))) return undefined;
  for (const { head, id } of ROLE_HEADS) {
    for (const body of bodies) if (body.length > head.length + 2 && body.endsWith(head)) return idx.byId.get(id);
  }
  // "Arbeitsmarktforscher", "Klimaaktivistin": heads the role lexicon lists only as whole words.
  for (const { head, id } of COMPOUND_ROLE_HEADS) {
    for (const body of bodies) if (body.length > head.length + 2 && body.endsWith(head)) return idx.byId.get(id);
  }
  return undefined;
}

/** A word that starts a role phrase or is a role itself: never part of a person's name. */
export function isRoleWord(lower: string): boolean {
  return getIndex().phrases.has(lower) || germanRole(lower) !== undefined;
}

export interface WordRoles {
  /** Role phrases starting with the word (or with it minus a plural -s). */
  forms: RoleForm[] | undefined;
  /** germanRole of the word, once asked (null: none). */
  german: RoleEntry | null | undefined;
}

const wordRolesCache = new Map<string, WordRoles>();

/** Everything findRolesInSentence asks about one word, looked up once per word and process. */
function wordRoles(lower: string): WordRoles {
  let w = wordRolesCache.get(lower);
  if (w) return w;
  w = newWordRoles(lower);
  if (wordRolesCache.size > 50000) wordRolesCache.clear();
  wordRolesCache.set(lower, w);
  return w;
}

/** A word that may start a role cue: a role phrase's first word or a German role (any case). */
export function mayStartRoleCue(lower: string): boolean {
  return newWordRoles(lower).forms !== undefined || germanRole(lower) !== undefined;
}

function newWordRoles(lower: string): WordRoles {
  const phrases = getIndex().phrases;
  return { forms: phrases.get(lower) ?? (lower.endsWith('s') ? phrases.get(lower.slice(0, -1)) : undefined), german: undefined };
}

function phraseAt(tokens: Token[], i: number, forms: RoleForm[]): [number, RoleEntry] | undefined {
  for (let n = 0; n < forms.length; n++) {
    const form = forms[n]!;
    let ok = true;
    for (let k = 1; k < form.words.length && ok; k++) {
      const w = tokens[i + k]?.lower;
      const f = form.words[k]!;
      // w === f, or (last word) w === f + 's', without building that string.
      ok = w === f || (k === form.words.length - 1 && w !== undefined && w.length === f.length + 1 && w.charCodeAt(f.length) === 115 && w.startsWith(f));
    }
    if (ok) return [i + form.words.length, form.entry];
  }
  return undefined;
}

/** Role cues of one sentence, left to right, never overlapping. */
export function findRolesInSentence(s: Sentence, row?: readonly WordInfo[], cues: RoleCue[] = [], bit = 0): RoleCue[] {
  for (let i = 0; i < s.tokens.length; i++) {
    // `bit`: the trigger of mayStartRoleCue; a word without it starts no cue.
    if (row && bit !== 0 && (row[i]!.triggers & bit) === 0) continue;
    const t = s.tokens[i]!;
    if (t.kind !== 'word') continue;
    const roles = row ? (row[i]!.roles ??= newWordRoles(t.lower)) : wordRoles(t.lower);
    if (roles.forms === undefined && !t.upper) continue;
    const phrase = roles.forms === undefined ? undefined : phraseAt(s.tokens, i, roles.forms);
    if (!phrase && t.upper && roles.german === undefined) roles.german = germanRole(t.lower) ?? null;
    const single = phrase || !t.upper ? undefined : roles.german ?? undefined;
    const end = phrase ? phrase[0] : i + 1;
    const entry = phrase ? phrase[1] : single;
    if (!entry) continue;
    const last = s.tokens[end - 1]!;
    cues.push({
      start: t.start, end: last.end, text: s.text.slice(t.start - s.start, last.end - s.start),
      sentence: s.index, tokenStart: i, tokenEnd: end, role: entry.role, category: entry.category,
    });
    i = end - 1;
  }
  return cues;
}

/**
 * Role cues of every sentence. `rows` (the sentences' WordInfo) saves the per-word look-ups; a
 * sentence whose mask lacks `bit` (no word passes mayStartRoleCue) is skipped.
 */
export function findRoles(sentences: Sentence[], rows?: readonly (readonly WordInfo[])[], masks?: Int32Array, bit = 0): RoleCue[] {
  const cues: RoleCue[] = [];
  for (let k = 0; k < sentences.length; k++) {
    if (masks && (masks[k]! & bit) === 0) continue;
    findRolesInSentence(sentences[k]!, rows?.[k], cues, bit);
  }
  return cues;
}
