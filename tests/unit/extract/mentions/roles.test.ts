import { ROLES } from '../../../../src/extract/model/roles.js';
import { germanRole } from '../../../../src/extract/mentions/roles.js';
import { analyzeText } from '../fixtures/helpers.js';

describe('role cues', () => {
  const cases: Array<[string, 'de' | 'en', string, string[]]> = [
    ['German with inflection', 'de', 'Die Präsidentin und des Präsidenten Büro', ['Präsidentin:president', 'Präsidenten:president']],
    ['German compound minister', 'de', 'Wirtschaftsminister und Außenministerin', ['Wirtschaftsminister:minister', 'Außenministerin:foreign minister']],
    ['head of state words', 'de', 'Staatschef und Staatsoberhaupt', ['Staatschef:head of state', 'Staatsoberhaupt:head of state']],
    ['English multi-word', 'en', 'Prime Minister X and the head of state and Secretary General Y', ['Prime Minister:prime minister', 'head of state:head of state', 'Secretary General:secretary general']],
    ['role in a hyphen compound', 'de', 'der SOZ-Generalsekretär', ['SOZ-Generalsekretär:secretary general']],
  ];
  test.each(cases)('%s', (_name, lang, text, expected) => {
    expect(analyzeText(text, lang).roles.map((r) => `${r.text}:${r.role}`)).toEqual(expected);
  });

  test.each(['Präsidentschaft', 'Partner', 'Ministerium', 'Zusammenarbeit'])('%s is no role', (word) => {
    expect(germanRole(word.toLowerCase())).toBeUndefined();
  });

  test('every role entry is well-formed data', () => {
    const ids = ROLES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of ROLES) {
      expect(r.id).toMatch(/^role:[a-z-]+$/);
      expect(r.de.length + r.en.length).toBeGreaterThan(0);
      expect(r.example.length).toBeGreaterThan(10);
    }
  });
});
