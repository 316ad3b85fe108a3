// A visit that is only offered is no visit: a verb of inviting in the sentence before or in the
// match blocks VISITED (relation-cues.ts INVITING); a reported visit still counts, also one made
// "auf Einladung" (the noun reports a visit that happened).

import { extract } from '../../../../src/extract/extract.js';

function visits(text: string, lang: 'de' | 'en'): string[] {
  return extract({ id: 'v', source: 'test', lang, text }).relations.filter((r) => r.type === 'VISITED').map((r) => `${r.source}->${r.target}`);
}

describe('invitations are no visits', () => {
  test.each([
    ['de', 'Der polnische Regierungschef Donald Tusk lud Bundeskanzler Olaf Scholz zu einem Gegenbesuch nach Warschau ein.'],
    ['de', 'Olaf Scholz wurde von Donald Tusk zu einem Besuch nach Warschau eingeladen.'],
    ['en', 'Polish Prime Minister Donald Tusk invited Chancellor Olaf Scholz to visit Warsaw next year.'],
  ] as Array<['de' | 'en', string]>)('%s: %s', (lang, text) => {
    expect(visits(text, lang)).toEqual([]);
  });

  test.each([
    ['de', 'Olaf Scholz reiste am Montag nach Warschau.'],
    ['en', 'Chancellor Olaf Scholz visited Warsaw on Monday.'],
    ['en', 'At the invitation of Donald Tusk, Olaf Scholz visited Warsaw on Monday.'],
  ] as Array<['de' | 'en', string]>)('a reported visit still counts: %s: %s', (lang, text) => {
    expect(visits(text, lang)).toContain('person:olaf-scholz->city:warsaw');
  });
});
