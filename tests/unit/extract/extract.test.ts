import fs from 'node:fs';
import path from 'node:path';
import { extract } from '../../../src/extract/extract.js';
import type { Document, Extraction } from '../../../src/types.js';

const SEED = path.join(__dirname, '../../../seeds/belta-belarus-kazakhstan.de.txt');

function doc(text: string, lang: Document['lang'] = 'de'): Document {
  return { id: 'doc-x', source: 'test.txt', lang, text };
}

function names(x: Extraction): string[] {
  return x.entities.map((e) => `${e.type}:${e.name}`).sort();
}

function expectSpansTrue(x: Extraction): void {
  const text = x.documents[0]!.text;
  for (const e of x.entities) {
    for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    for (const a of e.aliases) expect(e.mentions.some((m) => m.text.replace(/\s+/g, ' ') === a)).toBe(true);
  }
  for (const r of x.relations) for (const s of r.evidence) expect(text.slice(s.start, s.end)).toBe(s.text);
}

describe('extract() on the seed article', () => {
  const text = fs.readFileSync(SEED, 'utf8');
  const result = extract(doc(text));

  test('finds exactly the expected entities with canonical names and types', () => {
    expect(names(result)).toEqual([
      'City:Astana', 'City:Minsk', 'City:Vitebsk',
      'Country:Belarus', 'Country:Kazakhstan', 'Country:Soviet Union',
      'Event:SCO Summit', 'Event:Slavianski Bazaar',
      'Organization:BelTA', 'Organization:CIS', 'Organization:CSTO', 'Organization:EAEU', 'Organization:Kazinform', 'Organization:SCO',
      'Person:Alexander Lukashenko',
    ]);
  });

  test('no common noun became an entity', () => {
    const surfaces = result.entities.flatMap((e) => e.aliases).map((a) => a.toLowerCase());
    for (const noun of ['zusammenarbeit', 'partner', 'präsidentschaft', 'landwirtschaft', 'die', 'das', 'kooperationspotenzial', 'team']) {
      expect(surfaces).not.toContain(noun);
    }
  });

  test('fills dateline, publisher and date from the dateline', () => {
    expect(result.documents[0]).toMatchObject({ dateline: 'Minsk', publisher: 'BelTA', published: '07-03', text });
  });

  test('the president is found through role phrases and pronouns too', () => {
    const luka = result.entities.find((e) => e.id === 'person:alexander-lukashenko')!;
    expect(luka.aliases).toEqual(expect.arrayContaining(['Alexander Lukaschenko', 'der belarussische Staatschef', 'das belarussische Staatsoberhaupt']));
    // "sagte er" is a mention of him, but the pronoun is not one of his names.
    expect(luka.mentions.some((m) => m.text === 'er')).toBe(true);
    expect(luka.aliases).not.toContain('er');
    expect(luka.mentions.length).toBeGreaterThanOrEqual(6);
  });

  test('ids, sorting and the offset rule', () => {
    const ids = result.entities.map((e) => e.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
    const relIds = result.relations.map((r) => r.id);
    expect(relIds).toEqual([...relIds].sort());
    for (const e of result.entities) {
      const starts = e.mentions.map((m) => m.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
      expect(e.aliases).toEqual([...new Set(e.aliases)].sort());
    }
    expectSpansTrue(result);
  });

  test('relations only connect found entities', () => {
    const ids = new Set(result.entities.map((e) => e.id));
    for (const r of result.relations) {
      expect(ids.has(r.source)).toBe(true);
      expect(ids.has(r.target)).toBe(true);
    }
  });

  test('deterministic: same input, same bytes', () => {
    expect(JSON.stringify(extract(doc(text)))).toBe(JSON.stringify(result));
  });
});

describe('extract() warnings and edge cases', () => {
  test('LANG_UNSUPPORTED for undetermined language, still finds knowledge-base names', () => {
    const x = extract(doc('Lukaschenko besuchte Minsk. Der Abgeordnete Andrej Bilezki kam.', 'und'));
    expect(x.warnings.map((w) => w.code)).toContain('LANG_UNSUPPORTED');
    expect(names(x)).toEqual(['City:Minsk', 'Person:Alexander Lukashenko']);
  });

  test('NO_ENTITIES when nothing is found', () => {
    const x = extract(doc('Die Zusammenarbeit der Partner in der Landwirtschaft ist gut.'));
    expect(x.entities).toEqual([]);
    expect(x.warnings.map((w) => w.code)).toEqual(['NO_ENTITIES']);
  });

  test('a found document has no warnings about entities', () => {
    const x = extract(doc('Belarus und Kasachstan sind Partner.'));
    expect(x.warnings.map((w) => w.code)).not.toContain('NO_ENTITIES');
  });

  test.each([[''], ['   '], ['\ud800\udfff\ud800'], ['„„„“““'], ['-'.repeat(5000)], ['A'.repeat(10000)], ['Präsident '.repeat(2000)]])(
    'never throws on odd input %#',
    (text) => {
      const x = extract(doc(text));
      expect(x.documents).toHaveLength(1);
      expectSpansTrue(x);
    },
  );

  test('English agency report', () => {
    const x = extract(doc('WASHINGTON, July 3 (Reuters) - Foreign Minister Jane Doe met Kazakh President Kassym-Jomart Tokayev in Astana. "We agreed," he said.', 'en'));
    expect(names(x)).toEqual(expect.arrayContaining(['City:Washington', 'Organization:Reuters', 'Person:Jane Doe', 'Country:Kazakhstan', 'City:Astana']));
    expect(x.documents[0]).toMatchObject({ dateline: 'Washington', publisher: 'Reuters', published: '07-03' });
    expectSpansTrue(x);
  });
});

describe('aliases', () => {
  test('a name written across a run of whitespace or a no-break space gets an alias with single spaces; the mentions keep the text', () => {
    const x = extract(doc('Der belarussische Präsident Alexander  Lukaschenko traf Kassym-Schomart\u00a0Tokajew in Astana.'));
    const luka = x.entities.find((e) => e.name === 'Alexander Lukashenko');
    const tokayev = x.entities.find((e) => e.name === 'Kassym-Jomart Tokayev');
    expect(luka?.aliases).toEqual(['Alexander Lukaschenko']);
    expect(luka?.mentions.map((m) => m.text)).toEqual(['Alexander  Lukaschenko']);
    expect(tokayev?.aliases).toEqual(['Kassym-Schomart Tokajew']);
    expect(tokayev?.mentions.map((m) => m.text)).toEqual(['Kassym-Schomart\u00a0Tokajew']);
    expectSpansTrue(x);
  });
});

describe('extract() copies the document', () => {
  const text = 'MINSK, 3. Juli (BelTA) - Belarus und Kasachstan sind Partner in der EAWU.';

  test('JSON keys keep the reader order, fields found in the dateline come after the text', () => {
    const input: Document = { id: 'd1', source: 'a.txt', lang: 'de', title: 'T', text };
    const out = JSON.parse(JSON.stringify(extract(input).documents[0])) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(['id', 'source', 'lang', 'title', 'text', 'dateline', 'publisher', 'published']);
    expect(out).toMatchObject({ dateline: 'Minsk', publisher: 'BelTA', published: '07-03' });
  });

  test('absent fields stay absent in JSON, and the input is not changed', () => {
    const input: Document = { id: 'd2', source: 'b.txt', lang: 'en', text: 'Nothing here at all.' };
    const out = JSON.parse(JSON.stringify(extract(input).documents[0])) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(['id', 'source', 'lang', 'text']);
    expect(Object.keys(input)).toEqual(['id', 'source', 'lang', 'text']);
  });

  test('other keys and other orders are copied as given', () => {
    const input = { text, id: 'd3', lang: 'de', source: 'c.txt', extra: 1 } as unknown as Document;
    const out = JSON.parse(JSON.stringify(extract(input).documents[0])) as Record<string, unknown>;
    expect(Object.keys(out).slice(0, 5)).toEqual(['text', 'id', 'lang', 'source', 'extra']);
    expect(out.extra).toBe(1);
    expect(out.dateline).toBe('Minsk');
  });
});
