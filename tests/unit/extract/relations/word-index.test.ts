// The word index answers "which cue-word sets hold this form" by memo and a quick negative filter;
// it must answer exactly what asking every set would (exact forms, "x*" prefixes, "*x" suffixes,
// hyphen compounds), and exact sets must not read "*" as a pattern or change case.

import { RELATION_CUES } from '../../../../src/extract/model/relation-cues.js';
import type { CueKey } from '../../../../src/extract/model/relation-cues.js';
import { formSets, registerWordSet, wordSetId } from '../../../../src/extract/relations/word-index.js';
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
