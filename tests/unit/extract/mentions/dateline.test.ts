import { parseDateline } from '../../../../src/extract/mentions/dateline.js';
import { analyzeWith } from '../../../../src/extract/mentions/find-mentions.js';
import { MINI_KB } from '../fixtures/mini-kb.js';
import { analyzeText, expectOffsetsHold, rows } from '../fixtures/helpers.js';

describe('dateline', () => {
  const cases: Array<[string, 'de' | 'en', { dateline?: string; publisher?: string; published?: string }, string[]]> = [
    ['MINSK, 3. Juli (BelTA) - Der Präsident sprach.', 'de', { dateline: 'Minsk', publisher: 'BelTA', published: '07-03' }, ['City:Minsk=MINSK', 'Organization:BelTA=BelTA']],
    ['Berlin (dpa) - Die Regierung tagte.', 'de', { dateline: 'Berlin', publisher: 'dpa' }, ['City:Berlin=Berlin', 'Organization:dpa=dpa']],
    ['WASHINGTON, July 3 (Reuters) - The talks ended.', 'en', { dateline: 'Washington', publisher: 'Reuters', published: '07-03' }, ['City:Washington=WASHINGTON', 'Organization:Reuters=Reuters']],
    ['Astana, 12.05.2024 (Kazinform) Die Gespräche begannen.', 'de', { dateline: 'Astana', publisher: 'Kazinform', published: '2024-05-12' }, ['City:Astana=Astana', 'Organization:Kazinform=Kazinform']],
    ['LONDON, 3 July 2024 (Reuters) - Talks began.', 'en', { dateline: 'London', publisher: 'Reuters', published: '2024-07-03' }, ['City:London=LONDON', 'Organization:Reuters=Reuters']],
    ['GOMEL, 5. Mai (Belapan) - Es regnete.', 'de', { dateline: 'Gomel', publisher: 'Belapan', published: '05-05' }, ['City:Gomel=GOMEL', 'Organization:Belapan=Belapan']],
    // After a one-line headline, as articles are saved from the web or a feed.
    ['Regierung tagt in Minsk\n\nMINSK, 3. Juli (BelTA) - Der Präsident sprach.', 'de', { dateline: 'Minsk', publisher: 'BelTA', published: '07-03' }, ['City:Minsk=MINSK', 'Organization:BelTA=BelTA']],
    ['Talks end without a deal\nWASHINGTON, July 3 (Reuters) - The talks ended.', 'en', { dateline: 'Washington', publisher: 'Reuters', published: '07-03' }, ['City:Washington=WASHINGTON', 'Organization:Reuters=Reuters']],
  ];
  test.each(cases)('%s', (text, lang, fields, mentions) => {
    const doc = analyzeText(text, lang);
    const { dateline, publisher, published } = doc.document;
    expect({ dateline, publisher, published }).toEqual({ dateline: undefined, publisher: undefined, published: undefined, ...fields });
    expect(rows(doc).filter((r) => mentions.includes(r))).toEqual(mentions);
    expectOffsetsHold(doc);
  });

  const negatives: string[] = [
    'Der Präsident (CDU) sprach am Montag.',
    'Belarus und Kasachstan sind Partner.',
    'Die Regierung (dpa) - nichts.',
    '',
    // Only the paragraph right after a headline line may open with the dateline.
    'Regierung tagt\n\nDie Minister kamen.\n\nMINSK, 3. Juli (BelTA) - Der Präsident sprach.',
  ];
  test.each(negatives)('no dateline in %j', (text) => {
    const doc = analyzeText(text);
    expect(doc.document.dateline).toBeUndefined();
    expect(doc.document.publisher).toBeUndefined();
  });

  test('fields already set on the document (e.g. from HTML metadata) are kept', () => {
    const text = 'MINSK, 3. Juli (BelTA) - Text.';
    const doc = analyzeWith({ id: 'd', source: 's', lang: 'de', text, published: '2024-07-03', publisher: 'Zeitung' }, MINI_KB);
    expect(doc.document).toMatchObject({ published: '2024-07-03', publisher: 'Zeitung', dateline: 'Minsk' });
  });

  test('an invalid date is no date', () => {
    expect(parseDateline('MINSK, 45.13.2024 (BelTA) - x')?.date).toBeUndefined();
  });
});
