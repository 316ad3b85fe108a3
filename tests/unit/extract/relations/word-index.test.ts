// The word index answers "which cue-word sets hold this form" by memo and a quick negative filter;
// it must answer exactly what asking every set would (exact forms, "x*" prefixes, "*x" suffixes,
// hyphen compounds), and exact sets must not read "*" as a pattern or change case.

import { RELATION_CUES } from '../../../../src/extract/model/relation-cues.js';
import type { CueKey } from '../../../../src/extract/model/relation-cues.js';
import { ID_BITS, formSets, formSetsOfWord, knownNoSets, noSetsBase, noSetsFlags, registerWordSet, wordSetId } from '../../../../src/extract/relations/word-index.js';
import { cueSet, exactSet, wordSet } from '../../../../src/extract/relations/word-sets.js';
import type { WordSet } from '../../../../src/extract/relations/word-sets.js';

const PATTERNED = wordSet(['mitglied', 'partner*', '*abkommen', 'and', 'vwy*', '*qzx']);
const EXACT = exactSet(['Kein', 'ex*', '-']);
const SETS: WordSet[] = [PATTERNED, EXACT, ...(Object.keys(RELATION_CUES) as CueKey[]).flatMap((k) => [cueSet(k, 'de'), cueSet(k, 'en')])];
const IDS = SETS.map((s) => registerWordSet(s));

const FORMS = [
  'mitglied', 'mitglieder', 'mitgliet', 'partner', 'partnerschaft', 'partne', 'handelsabkommen', 'abkommen', 'bkommen',
  'and', 'an', 'anx', 'kein', 'Kein', 'ex*', 'ex', 'exit', '-', '', 'soz-mitglied', 'eu-partnerschaft', 'x-y-abkommen',
  'vwy', 'vwyz', 'vw', 'qzx', 'aqzx', 'qz', 'zx', 'vwy-qzx',
  'präsident', 'member', 'members', 'of', 'in', 'de', 'ß', '東京', 'a-', '-b',
];

describe('word index', () => {
  it.each(FORMS)('knows exactly the sets that hold %j', (form) => {
    const { own, withParts } = formSets(form);
    SETS.forEach((set, i) => {
      expect(own.includes(IDS[i]!)).toBe(set.has(form));
      const parts = form.split('-').slice(1);
      const inPart = set.has(form) || parts.some((p) => set.has(p));
      expect(withParts.includes(IDS[i]!)).toBe(inPart);
    });
  });

  it.each(FORMS)('gives %j the bits of exactly its own sets with small ids', (form) => {
    const { own, bits } = formSets(form);
    for (let id = 0; id < ID_BITS; id++) expect((bits & (1 << id)) !== 0).toBe(own.includes(id));
  });

  it('gives the same answer twice (memo) and registers a set once', () => {
    expect(formSets('partnerschaft')).toEqual(formSets('partnerschaft'));
    expect(registerWordSet(PATTERNED)).toBe(wordSetId(PATTERNED));
  });

  it('reads patterns only in word sets, never in exact sets', () => {
    expect(PATTERNED.has('partnerstaat')).toBe(true);
    expect(EXACT.has('exit')).toBe(false);
    expect(EXACT.has('ex*')).toBe(true);
    expect(EXACT.has('kein')).toBe(false);
    expect(wordSet(['Kein']).has('kein')).toBe(true);
  });
});

describe('word index: short forms', () => {
  it('keeps short forms apart that share characters', () => {
    const a = wordSet(['ab']);
    const b = wordSet(['ba', 'aä', 'ä']);
    const [ia, ib] = [registerWordSet(a), registerWordSet(b)];
    for (const form of ['ab', 'ba', 'a', 'b', 'aä', 'äa', 'ä', 'abc', 'abcd', 'abcde', 'a\u0000', '\u0100']) {
      expect(formSets(form).own.includes(ia)).toBe(a.has(form));
      expect(formSets(form).own.includes(ib)).toBe(b.has(form));
    }
  });
});

describe('word index: by word id', () => {
  it('answers like formSets, for ids seen before and after a set was registered', () => {
    const forms = ['mitglied', 'partnerschaft', 'soz-mitglied', 'der', 'x'];
    forms.forEach((f, i) => expect(formSetsOfWord(1000 + i, f)).toEqual(formSets(f)));
    forms.forEach((f, i) => expect(formSetsOfWord(1000 + i, f)).toBe(formSetsOfWord(1000 + i, f)));
    // A new set forgets the remembered answers: the id's form is asked again.
    const later = registerWordSet(wordSet(['mitglied']));
    expect(formSetsOfWord(1000, 'mitglied').own).toContain(later);
    expect(formSetsOfWord(1002, 'soz-mitglied').withParts).toContain(later);
  });

  it('falls back to formSets for ids below its window and moves the window for far ids', () => {
    expect(formSetsOfWord(5_000_000, 'abkommen')).toEqual(formSets('abkommen'));
    expect(formSetsOfWord(3, 'and')).toEqual(formSets('and'));
    expect(formSetsOfWord(5_000_001, 'and')).toEqual(formSets('and'));
  });

  it('knows a word to be in no set exactly when formSetsOfWord gave it none, its flag bits read inline alike', () => {
    // Ids across several 32-bit words of the flags (and past their first size), words with and without sets, unasked ids between.
    const base = 6_000_000;
    const words = Array.from({ length: 1500 }, (_, i) => (i % 7 === 0 ? 'mitglied' : i % 5 === 0 ? 'and' : `zzq${i}`));
    words.forEach((w, i) => {
      if (i % 3 !== 2) formSetsOfWord(base + i, w);
    });
    const flags = noSetsFlags();
    const at = noSetsBase();
    words.forEach((w, i) => {
      const expected = i % 3 !== 2 && formSets(w).own.length === 0 && formSets(w).withParts.length === 0;
      expect(knownNoSets(base + i)).toBe(expected);
      const k = base + i - at;
      expect(k >= 0 && k >> 5 < flags.length && ((flags[k >> 5]! >>> (k & 31)) & 1) === 1).toBe(expected);
    });
    expect(knownNoSets(base - 1)).toBe(false);
    expect(knownNoSets(base + 100_000)).toBe(false);
  });
});
