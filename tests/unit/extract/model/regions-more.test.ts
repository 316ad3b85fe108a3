// US states, Canadian provinces, Australian, Indian and Brazilian states in the knowledge base: found
// as regions in German and English text; the ambiguous ones stay what they were decided to be.

import { extract } from '../../../../src/extract/extract.js';

function typed(text: string, lang: 'de' | 'en'): string[] {
  return extract({ id: 'r', source: 'test', lang, text }).entities.map((e) => `${e.type}:${e.name}`).sort();
}

describe('more regions', () => {
  test('US states, Canadian provinces and states elsewhere are regions', () => {
    const found = typed('Storms hit North Carolina and Tennessee on Monday, while wildfires burned in New South Wales, Nova Scotia and Tamil Nadu.', 'en');
    for (const name of ['North Carolina', 'Tennessee', 'New South Wales', 'Nova Scotia', 'Tamil Nadu']) expect(found).toContain(`Region:${name}`);
  });
  test('German names of the states', () => {
    const found = typed('Der Sturm erreichte Nord-Carolina und Neusüdwales.', 'de');
    expect(found).toEqual(expect.arrayContaining(['Region:North Carolina', 'Region:New South Wales']));
  });
  test('a governor of a state leads it', () => {
    const x = extract({ id: 'r', source: 'test', lang: 'en', text: 'North Carolina Governor Roy Cooper welcomed the investment on Tuesday.' });
    expect(x.relations.map((r) => `${r.type}:${r.source}->${r.target}`)).toContain('LEADER_OF:person:roy-cooper->region:north-carolina');
  });
  test('negative: Georgia stays the country, New York the city, Victoria no region', () => {
    const found = typed('Ministers from Georgia met in New York, and Victoria Beckham attended the gala.', 'en');
    expect(found).toContain('Country:Georgia');
    expect(found).toContain('City:New York');
    expect(found.filter((k) => k.startsWith('Region:'))).toEqual([]);
  });
});
