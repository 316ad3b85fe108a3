// One record per distinct token text for the whole process (WordInfo), reached from the tokens of a
// document by array index: the finders ask their word questions (stopword? role? first name? in a
// word list?) of the record, whose answers are computed once per word, instead of looking the same
// string up in a dozen Sets per token and pass. Answers depend on the word and the lexicon only.

import { isEnglishCommonWord, isGermanCommonNoun, type Lexicon } from '../model/lexicon.js';
import { MONTHS, STOPWORDS, WEEKDAYS } from '../model/stopwords.js';
import { isFirstName } from '../model/first-names.js';
import { FAMILY_NAME_FIRST } from '../model/family-names.js';
import type { KbEntry } from '../model/kb-types.js';
import type { Sentence, Token } from '../pipeline-types.js';
import { WordTable, isAllCaps, isUpperToken, tokenizeWords, tokenizeWordsInto } from '../text/tokenize.js';
import type { TokenMarks } from '../text/token-marks.js';
import type { TrieNode } from './gazetteer-build.js';
import { isOrgHeadWord } from './org-heads.js';
import { isRoleWord, mayStartRoleCue, type WordRoles } from './roles.js';

/**
 * What the finders ask about one word. `flags` holds the cheap set memberships (F_*), filled by
 * wordFlags on first need; the other fields (undefined until then) are filled in by their finder on
 * first need. makeInfo creates every field (in one order), so that all records share one shape.
 */
export interface WordInfo {
  readonly text: string;
  readonly lower: string;
  /** Process-wide id of the text (never reused for another text, even when the table starts afresh): Sentence.wordIds. */
  readonly id: number;
  /** F_* bits; 0 until computed (F_DONE is always set then). */
  flags: number;
  /** The lowercase form's first letter as a bit (1 << (code & 31)): surnames.ts filters candidate words by it. */
  readonly initialBit: number;
  /** The bits of the finders' triggers (defineTrigger) this word passes, computed when the record is made. */
  triggers: number;
  /** isNameWord's tests as bits (NOT_NAME | DE_NOUN | EN_COMMON | DE_WORD). */
  nameFacts: number | undefined;
  /** persons.ts: title and speech-verb bits (0: none). */
  personCue: number | undefined;
  /** organizations.ts: an organisation head ("Bank", "Wirtschaftsministerium"). */
  orgHead: boolean | undefined;
  /** isGermanCommonNoun of the word. */
  deCommonNoun: boolean | undefined;
  /** sentence-persons.ts: a word some dictionary knows. */
  dictWord: boolean | undefined;
  /** roles.ts: the role phrases starting with the word and its German role. */
  roles: WordRoles | undefined;
  /** Bit sets of the finders' own word lists (organizations.ts, org-names.ts, places.ts). */
  orgBits: number | undefined;
  orgNameBits: number | undefined;
  placeBits: number | undefined;
  /** persons.ts: inflectionStems of the word in German and in English text. */
  stemsDe: string[] | undefined;
  stemsEn: string[] | undefined;
  /** persons.ts: the surname owner of the word under version `surnameRun` of the surname owners (SurnameState.version). */
  surnameRun: number;
  surnameOwner: string | null | undefined;
  /** gazetteer.ts: the gazetteer the kb* fields were computed for. */
  kbFor: unknown;
  /** The name trie's child under this word (null: none). */
  kbNode: TrieNode | null | undefined;
  /** The word's number in the gazetteer's wordKeys (-1: no trie node below the root has this child key). */
  kbKey: number;
  /**
   * Two bits of kbKey by two hashes (kidBit, kidBit2 in gazetteer-build.ts), 0 when kbKey < 0: the
   * word's bits in the kids masks of the trie nodes before it.
   */
  kbKeyBit: number;
  kbKeyBit2: number;
  /**
   * kbNode's kidsMask (kidsMask2), 0 without kbNode: a Bloom filter of its children that tells
   * most next words to be no child without touching the trie.
   */
  kbKidsMask: number;
  kbKidsMask2: number;
  /** kbNode's entry, how it names it (TrieNode.via) and its KB_NODE_* bits: read without the (cold) trie node. */
  kbEntry: KbEntry | undefined;
  kbVia: 'kb-adjective' | 'kb-demonym' | undefined;
  kbNodeBits: number;
  /** kbNode's number in the gazetteer's edge table (TrieNode.id; -1 without kbNode). */
  kbNodeId: number;
  /** matchWord(word, withNames = false) in German, English and undetermined text; null: no match. */
  kbDe: KbWordMatch | null | undefined;
  kbEn: KbWordMatch | null | undefined;
  kbUnd: KbWordMatch | null | undefined;
  /**
   * gazetteer.ts: per document language, whether findKbMentions has nothing to do at a token of
   * this word (KB_KNOWN, KB_MISS bits per language, valid with kbFor; 0 until known). The answer depends on the word
   * alone (a token's kind and case are functions of its text), so the matcher skips such tokens
   * without reading the token.
   */
  kbMiss: number;
}

export type KbWordMatch = [KbEntry, 'kb-acronym' | 'kb-adjective' | 'kb-demonym' | 'kb-name'];

export const F_DONE = 1;
export const F_STOP = 2;
export const F_MONTH = 4;
export const F_WEEKDAY = 8;
export const F_ROLE = 16;
export const F_FIRST_NAME = 64;
export const F_ALL_CAPS = 128;
export const F_DE_NOUN = 256;
export const F_DE_WORD = 512;
export const F_DE_PROPER = 1024;
export const F_EN_COMMON = 2048;
export const F_EN_PROPER = 4096;
/** isEnglishCommonWord (with plural endings). */
export const F_EN_COMMON_WORD = 8192;
/** An organisation head or legal form (isOrgHeadWord). */
export const F_ORG_HEAD = 16384;
/** Ends like a Slavic, Turkish, Caucasian, Romanian ... surname ("Marković", "Kovalenko"). */
export const F_SURNAME_END = 32768;
/** A family name written first ("xi", "kim": FAMILY_NAME_FIRST). */
export const F_FAMILY_FIRST = 65536;

export const SURNAME_END = /(?:ić|ič|ski|ska|sky|skyi|enko|shvili|dze|yan|escu|ov|ova|ev|eva|ová|ný|czyk|wicz|oğlu|ovich|evich)$/u;

let table: WordTable<WordInfo> | undefined;
let infosLexicon: Lexicon | undefined;

/** How many word triggers fit in a small integer (see defineTrigger). */
const MAX_TRIGGERS = 30;
/** Word tests of the finders (defineTrigger), each with its bit in WordInfo.triggers. */
const triggerTests: Array<(info: WordInfo) => boolean> = [];

/**
 * Registers a word test of a finder (at module load; tests of the word alone, no lexicon) and
 * returns its bit: in WordInfo.triggers of each word that passes it, and in the sentence masks of
 * wordRows, so that a finder skips a sentence none of whose words can start its pattern.
 */
export function defineTrigger(test: (info: WordInfo) => boolean): number {
  // At most 30 bits (0-29): a value with bit 30 or 31 set is no small integer in V8, so every word
  // record would hold its triggers as a heap number, and every pass that reads them gets slower.
  if (triggerTests.length >= MAX_TRIGGERS) throw new Error(`word-info: more than ${MAX_TRIGGERS} word triggers. Merge some into a finder's own bits.`);
  triggerTests.push(test);
  table = undefined;
  return 1 << (triggerTests.length - 1);
}

/** Triggers of several finders: a hyphen compound, a quotation mark, an apostrophe token. */
export const T_HYPHEN = defineTrigger((w) => w.text.includes('-') || w.text.includes('‐'));
export const T_QUOTE = defineTrigger((w) => w.text.length === 1 && '"„“”«»‚‘’‹›\''.includes(w.text));
export const T_APOSTROPHE = defineTrigger((w) => w.text === "'" || w.text === '’');
/** A capitalised word: Token.upper of the word's tokens (upper implies kind 'word'). */
export const T_UPPER = defineTrigger((w) => isUpperToken(w.text));
/** A word that may start a role cue (roles.ts). */
export const T_ROLE = defineTrigger((w) => mayStartRoleCue(w.lower));

function computeTriggers(info: WordInfo): number {
  let bits = 0;
  for (let k = 0; k < triggerTests.length; k++) if (triggerTests[k]!(info)) bits |= 1 << k;
  return bits;
}

/** The flags of a word, computed on first need. */
export function wordFlags(info: WordInfo): number {
  return info.flags !== 0 ? info.flags : (info.flags = computeFlags(info));
}

function computeFlags(info: WordInfo): number {
  const { text, lower } = info;
  const lex = infosLexicon!;
  let f = F_DONE;
  if (STOPWORDS.has(lower)) f |= F_STOP;
  // "Sunday's election", "March's figures": the possessive of a month or weekday is still one.
  const bare = lower.endsWith("'s") || lower.endsWith('’s') ? lower.slice(0, -2) : lower;
  if (MONTHS.has(bare)) f |= F_MONTH;
  if (WEEKDAYS.has(bare)) f |= F_WEEKDAY;
  if (isRoleWord(lower)) f |= F_ROLE;
  if (isFirstName(lower)) f |= F_FIRST_NAME;
  if (isAllCaps(text)) f |= F_ALL_CAPS;
  if (lex.deNouns.has(lower)) f |= F_DE_NOUN;
  if (lex.deWords.has(lower)) f |= F_DE_WORD;
  if (lex.deProper.has(lower)) f |= F_DE_PROPER;
  if (lex.enCommon.has(lower)) f |= F_EN_COMMON;
  if (lex.enProper.has(lower)) f |= F_EN_PROPER;
  if (isEnglishCommonWord(lower, lex)) f |= F_EN_COMMON_WORD;
  if (isOrgHeadWord(lower)) f |= F_ORG_HEAD;
  if (SURNAME_END.test(lower)) f |= F_SURNAME_END;
  if (FAMILY_NAME_FIRST.has(lower)) f |= F_FAMILY_FIRST;
  return f;
}

/** isGermanCommonNoun of the word, asked once. */
export function isDeCommonNoun(info: WordInfo): boolean {
  return (info.deCommonNoun ??= isGermanCommonNoun(info.lower, infosLexicon));
}

let nextWordId = 0;

function makeInfo(text: string, lower: string): WordInfo {
  // Fields in the order of how often they are read: first those that passes over every token of a
  // sentence read (text, lower by the tokenizer; id, triggers by wordRows; kbFor, kbMiss by the
  // knowledge-base matcher; placeBits, personCue, nameFacts, flags, surnameRun by the finders;
  // kbKeyBit/2 by the trie walk), so that they share two cache lines of the (large) record.
  const info: WordInfo = {
    text, lower, id: nextWordId++, triggers: 0, kbFor: undefined, kbMiss: 0, flags: 0, initialBit: 1 << (lower.charCodeAt(0) & 31), placeBits: undefined, personCue: undefined, nameFacts: undefined,
    surnameRun: -1, kbKeyBit: 0, kbKeyBit2: 0,
    kbNode: undefined, kbKey: -1, kbKidsMask: 0, kbKidsMask2: 0, kbEntry: undefined, kbVia: undefined, kbNodeBits: 0, kbNodeId: -1,
    kbDe: undefined, kbEn: undefined, kbUnd: undefined, surnameOwner: undefined,
    orgHead: undefined, deCommonNoun: undefined, dictWord: undefined, roles: undefined, orgBits: undefined, orgNameBits: undefined,
    stemsDe: undefined, stemsEn: undefined,
  };
  info.triggers = computeTriggers(info);
  return info;
}

/** The tokens of a text and in infos[k] token k's WordInfo (made on first sight of its text, for this lexicon). */
export function tokenizeWithInfo(text: string, lexicon: Lexicon, infos: WordInfo[]): Token[] {
  return tokenizeWords(text, tableFor(lexicon), infos);
}

/** tokenizeWithInfo into a reused array `tokens` (see tokenizeWordsInto, also for `marks`); returns the token count. */
export function tokenizeWithInfoInto(text: string, lexicon: Lexicon, infos: WordInfo[], tokens: Token[], marks?: TokenMarks): number {
  return tokenizeWordsInto(text, tableFor(lexicon), infos, tokens, marks);
}

function tableFor(lexicon: Lexicon): WordTable<WordInfo> {
  if (infosLexicon !== lexicon || !table) {
    table = new WordTable(makeInfo);
    infosLexicon = lexicon;
  }
  return table;
}

/**
 * Per sentence and token: the token's WordInfo, cut from `infos` (infos[k]: token k of the whole
 * text, the sentences' tokens in order); per sentence in `masks`: the triggers of its words, OR-ed.
 * Sets each sentence's wordIds (the WordInfo ids of its tokens); pushes (sentence, token, initialBit)
 * of every capitalised word (T_UPPER) onto `upper` when given (see upperWordTokens in context.ts).
 */
export function wordRows(sentences: readonly Sentence[], infos: readonly WordInfo[], masks: Int32Array, upper?: number[]): WordInfo[][] {
  const rows: WordInfo[][] = new Array<WordInfo[]>(sentences.length);
  let offset = 0;
  for (let k = 0; k < sentences.length; k++) {
    const n = sentences[k]!.tokens.length;
    const row = infos.slice(offset, offset + n);
    // Sized once and filled in order: no growing array per sentence.
    const ids = new Array<number>(n);
    let mask = 0;
    for (let i = 0; i < n; i++) {
      const info = row[i]!;
      mask |= info.triggers;
      ids[i] = info.id;
      if (upper && (info.triggers & T_UPPER) !== 0) upper.push(k, i, info.initialBit);
    }
    sentences[k]!.wordIds = ids;
    rows[k] = row;
    masks[k] = mask;
    offset += n;
  }
  return rows;
}
