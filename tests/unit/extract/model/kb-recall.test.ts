// The knowledge-base entries added for relation recall (prizes, tournaments, companies, papers, clubs,
// cities, regions): found as the right type in running text by the whole extractor, and a common
// word or first name that looks like one of them is not.

import { extract } from '../../../../src/extract/extract.js';
import { makeDocument } from '../../../helpers/document.js';

function entities(text: string, lang: 'de' | 'en'): string[] {
  return extract(makeDocument(text, { lang })).entities.map((e) => `${e.type}:${e.name}`);
}

describe('knowledge base additions for relation recall', () => {
  it.each([
    ['de', 'Die Autorin erhielt am Samstag den Georg-Büchner-Preis.', 'Award:Georg Büchner Prize'],
    ['de', 'Der Roman stand auf der Shortlist des Deutschen Buchpreises.', 'Award:German Book Prize'],
    ['de', 'Nigeria gewann im Februar den Afrika-Cup.', 'Event:Africa Cup of Nations'],
    ['en', 'Shares of Coca-Cola rose on Monday.', 'Organization:Coca-Cola'],
    ['en', 'Telenor said it would buy the provider.', 'Organization:Telenor'],
    ['de', 'Das sagte der Minister dem Sender France Info.', 'Organization:France Info'],
    ['de', 'Der Verteidiger kommt von Tottenham Hotspur.', 'Organization:Tottenham Hotspur'],
    ['en', 'The East African Community met in Arusha on Friday.', 'City:Arusha'],
    ['en', 'Storms hit Jutland on Sunday.', 'Region:Jutland'],
  ] as const)('%s: %s -> %s', (lang, text, want) => {
    expect(entities(text, lang)).toContain(want);
  });

  it.each([
    ['en', 'Lola Roe won an award in Berlin.', 'Award:German Film Award'],
    ['en', 'Emmy Roe, a physicist, spoke in Berlin.', 'Award:Emmy Awards'],
    ['en', 'Hikers walked from Bergen to Oslo.', 'City:Bergen'],
  ] as const)('%s: %s does not give %s', (lang, text, unwanted) => {
    expect(entities(text, lang)).not.toContain(unwanted);
  });
});

test('regions of Africa and the German Foreign Office are in the knowledge base', () => {
  const ex = extract({ id: 't', source: 't.txt', lang: 'de', text: 'Das Auswärtige Amt warnte vor Reisen nach Ostafrika und Westafrika.' });
  const names = ex.entities.map((e) => `${e.name}:${e.type}`);
  expect(names).toEqual(expect.arrayContaining(['German Foreign Office:Organization', 'East Africa:Location', 'West Africa:Location']));
});
