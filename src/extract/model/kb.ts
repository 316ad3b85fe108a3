// The whole knowledge base: every entry of the model files, concatenated in a fixed order
// (countries, places, organisations, news agencies, companies, events, awards, people), with the German case
// forms of multi-word names added. Data only; the matcher decides how to use it.

import type { KbEntry } from './kb-types.js';
import { COUNTRIES } from './countries.js';
import { CITIES, REGIONS, LOCATIONS } from './places.js';
import { ORGANIZATIONS, NEWS_AGENCIES } from './organizations.js';
import { COMPANIES } from './companies.js';
import { EVENTS, AWARDS } from './events.js';
import { PEOPLE } from './people.js';
import { SPORTS_CLUBS } from './sports-clubs.js';

/** A capitalised German adjective before a capitalised noun: "Europäische", "Vereinigtes", "Naher". */
const ADJECTIVE = /^\p{Lu}[\p{L}-]*(?:sch|lich|ig|igt|al|ell|ar|ot|arz|ah|ern|en|ld|ß|eu|ün|oh|ill|ei)(e|es|er)$/u;

/**
 * The matcher inflects only the last word of a name ("Kasachstans"); German also inflects the
 * adjectives before it: "der Europäischen Union", "das Internationale Olympische Komitee", "im Nahen
 * Osten", "beim Slawischen Basar". Adds the weak (-e) and the -en form, all adjectives at once.
 */
export function germanCaseForms(name: string): string[] {
  const words = name.split(' ');
  const forms = [(w: string, e: string): string => `${w.slice(0, w.length - e.length)}e`, (w: string, e: string): string => `${w.slice(0, w.length - e.length)}en`];
  const out: string[] = [];
  for (const form of forms) {
    let changed = false;
    const next = words.map((w, i) => {
      const m = ADJECTIVE.exec(w);
      const noun = words[i + 1];
      if (!m || !noun || !/^\p{Lu}/u.test(noun)) return w;
      changed = true;
      return form(w, m[1] ?? '');
    });
    const text = next.join(' ');
    if (changed && text !== name) out.push(text);
  }
  return out;
}

function withCaseForms(entry: KbEntry): KbEntry {
  const extra = entry.names.flatMap(germanCaseForms);
  if (extra.length === 0) return entry;
  return { ...entry, names: [...new Set([...entry.names, ...extra])] };
}

export const KB: readonly KbEntry[] = [
  ...COUNTRIES,
  ...CITIES,
  ...REGIONS,
  ...LOCATIONS,
  ...ORGANIZATIONS,
  ...NEWS_AGENCIES,
  ...COMPANIES,
  ...SPORTS_CLUBS,
  ...EVENTS,
  ...AWARDS,
  ...PEOPLE,
].map(withCaseForms);

/**
 * City id -> the id of the one country the knowledge base places a city of that name in (two cities
 * of one name in different countries: no entry). Used where a town stands for its country: a dateline
 * city, a club named after its town ("Real Madrid").
 */
export const COUNTRY_OF_CITY: ReadonlyMap<string, string> = (() => {
  const countries = new Map<string, string>();
  for (const e of KB) if (e.type === 'Country' && e.code) countries.set(e.code, e.id);
  const seen = new Map<string, string | null>();
  for (const e of KB) {
    if (e.type !== 'City') continue;
    const country = e.code ? countries.get(e.code) : undefined;
    const before = seen.get(e.id);
    seen.set(e.id, before === undefined ? (country ?? null) : before === country ? before : null);
  }
  return new Map([...seen].filter((entry): entry is [string, string] => entry[1] !== null));
})();
