// Bylines and credit lines of agency copy (src/extract/mentions/bylines.ts): the names there are
// persons even when their words are dictionary words ("Gray", "Bode"); lines that only start like a
// byline give nothing.

import { analyze } from '../../../../src/extract/analyze.js';
import type { AnalyzedDocument } from '../../../../src/extract/pipeline-types.js';
import { expectOffsetsHold } from '../fixtures/helpers.js';

function persons(text: string, lang: 'de' | 'en'): string[] {
  const out: AnalyzedDocument = analyze({ id: 'by', source: 'test', lang, text });
  expectOffsetsHold(out);
  return [...new Set(out.mentions.filter((m) => m.type === 'Person' && m.via !== 'coref').map((m) => m.name))].sort();
}

describe('bylines', () => {
  test('a byline line of two names, English', () => {
    expect(persons('Ministers agree on new sanctions\n\nBy Andrew Gray and Julia Payne\n\nBRUSSELS (Reuters) - Ministers agreed on Monday.', 'en')).toEqual(['Andrew Gray', 'Julia Payne']);
  });
  test('a byline with the agency after a comma, German', () => {
    expect(persons('Streik bei der Bahn\n\nVon Anna Meier, dpa\n\nBerlin (dpa) - Die Gewerkschaft streikt seit Montag.', 'de')).toEqual(['Anna Meier']);
  });
  test('credit lines: several cues, a place after a name, a list with a comma and "and"', () => {
    const text =
      'BRUSSELS (Reuters) - Ministers agreed on Monday.\n\n(Reporting by Andrew Gray in Brussels; Additional reporting by Jan Strupczewski, Philip Blenkinsop and Bart Meijer; Editing by Alex Richardson)';
    expect(persons(text, 'en')).toEqual(['Alex Richardson', 'Andrew Gray', 'Bart Meijer', 'Jan Strupczewski', 'Philip Blenkinsop']);
  });
  test('German credit line: "Bericht von X, redigiert von Y"', () => {
    const text = 'Berlin (Reuters) - Die Regierung beschloss das Gesetz.\n(Bericht von Hakan Ersen, redigiert von Sabine Wollrab. Bei Rückfragen wenden Sie sich bitte an unsere Redaktion.)';
    expect(persons(text, 'de')).toEqual(['Hakan Ersen', 'Sabine Wollrab']);
  });
  test('negative: sentences that start with "By" or "Von" but are no byline', () => {
    expect(persons('By Monday the talks had failed. By contrast, the ministers agreed. By Land And Sea.', 'en')).toEqual([]);
    expect(persons('Von Anfang an war klar, dass die Regierung zustimmt. Von Berlin Tegel aus flogen die Minister.', 'de')).toEqual([]);
  });
  test('negative: "by" after a credit word but no name list ("edited by the newsroom", "written by hand")', () => {
    expect(persons('The report was edited by the newsroom in London. The letter was written by Hand Delivery Services Ltd staff.', 'en')).toEqual([]);
  });
});
