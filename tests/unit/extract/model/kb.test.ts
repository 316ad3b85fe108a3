// The knowledge base as data: ids follow the id rule, surface forms are unambiguous per type,
// every UN member state is present, examples contain a surface form of their entry, and the names
// users see in German and English news resolve to the expected canonical entries (and common words do not).

import { getAlpha2Codes, isValid } from 'i18n-iso-countries';
import { entityId } from '../../../../src/extract/ids.js';
import type { KbEntry } from '../../../../src/extract/model/kb-types.js';
import { KB, germanCaseForms } from '../../../../src/extract/model/kb.js';
import { COUNTRIES } from '../../../../src/extract/model/countries.js';
import { CITIES, LOCATIONS, REGIONS } from '../../../../src/extract/model/places.js';
import { NEWS_AGENCIES, ORGANIZATIONS } from '../../../../src/extract/model/organizations.js';
import { COMPANIES } from '../../../../src/extract/model/companies.js';
import { SPORTS_CLUBS } from '../../../../src/extract/model/sports-clubs.js';
import { AWARDS, EVENTS } from '../../../../src/extract/model/events.js';
import { PEOPLE } from '../../../../src/extract/model/people.js';
import { ENTITY_TYPES } from '../../../../src/types.js';

/** The 193 UN member states (ISO 3166-1 alpha-2). */
const UN_MEMBERS = (
  'AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG BF BI CV KH CM CA CF TD CL CN CO KM ' +
  'CG CD CR CI HR CU CY CZ DK DJ DM DO EC EG SV GQ ER EE SZ ET FJ FI FR GA GM GE DE GH GR GD GT GN GW GY HT HN HU IS ' +
  'IN ID IR IQ IE IL IT JM JP JO KZ KE KI KP KR KW KG LA LV LB LS LR LY LI LT LU MG MW MY MV ML MT MH MR MU MX FM MD ' +
  'MC MN ME MA MZ MM NA NR NP NL NZ NI NE NG MK NO OM PK PW PA PG PY PE PH PL PT QA RO RU RW KN LC VC WS SM ST SA SN ' +
  'RS SC SL SG SK SI SB SO ZA SS ES LK SD SR SE CH SY TJ TZ TH TL TG TO TT TN TR TM TV UG UA AE GB US UY UZ VU VE VN ' +
  'YE ZM ZW'
).split(' ');

const fold = (s: string): string => s.normalize('NFC').toLowerCase();

/** Entries a surface form resolves to: names case-insensitively, acronyms case-sensitively. */
function lookup(surface: string, type?: string): KbEntry[] {
  return KB.filter(
    (e) => (!type || e.type === type) && (e.names.some((n) => fold(n) === fold(surface)) || (e.acronyms ?? []).includes(surface)),
  );
}
function byStem(field: 'adjectives' | 'demonyms', form: string): KbEntry[] {
  return KB.filter((e) => (e[field] ?? []).some((f) => fold(f) === fold(form)));
}

describe('knowledge base: record rules', () => {
  it('has entries of every part and concatenates them all', () => {
    const parts = [COUNTRIES, CITIES, REGIONS, LOCATIONS, ORGANIZATIONS, NEWS_AGENCIES, COMPANIES, SPORTS_CLUBS, EVENTS, AWARDS, PEOPLE];
    expect(KB.length).toBe(parts.reduce((n, p) => n + p.length, 0));
    expect(KB.map((e) => e.id)).toEqual(parts.flat().map((e) => e.id));
  });

  it.each([
    ['Europäische Union', ['Europäischen Union']],
    ['Internationales Olympisches Komitee', ['Internationale Olympische Komitee', 'Internationalen Olympischen Komitee']],
    ['Naher Osten', ['Nahe Osten', 'Nahen Osten']],
    ['Slawischer Basar', ['Slawische Basar', 'Slawischen Basar']],
    ['Christlich Demokratische Union', ['Christlich Demokratischen Union']],
    ['Alternative für Deutschland', []],
    ['Münchner Sicherheitskonferenz', []],
    ['Cape Verde', []],
    ['Kasachstan', []],
  ])('adds the German case forms of %s', (name, forms) => {
    expect(germanCaseForms(name)).toEqual(forms);
  });

  it('gives every entry id === entityId(type, name) and a known type', () => {
    const wrong = KB.filter((e) => e.id !== entityId(e.type, e.name) || !ENTITY_TYPES.includes(e.type));
    expect(wrong.map((e) => e.id)).toEqual([]);
  });

  it('has unique ids across the whole KB', () => {
    const seen = new Map<string, number>();
    for (const e of KB) seen.set(e.id, (seen.get(e.id) ?? 0) + 1);
    expect([...seen].filter(([, n]) => n > 1).map(([id]) => id)).toEqual([]);
  });

  it('has clean surface forms: no empty or padded strings, acronyms without spaces, lowercase adjectives', () => {
    const bad: string[] = [];
    for (const e of KB) {
      if (e.names.length === 0 && !(e.acronyms?.length)) bad.push(`${e.id}: no surface form`);
      for (const s of [...e.names, ...(e.acronyms ?? []), ...(e.adjectives ?? []), ...(e.demonyms ?? [])]) {
        if (s.trim() !== s || s === '') bad.push(`${e.id}: "${s}"`);
      }
      for (const a of e.acronyms ?? []) if (/\s/.test(a)) bad.push(`${e.id}: acronym "${a}" has a space`);
      for (const a of e.adjectives ?? []) if (a !== a.toLowerCase()) bad.push(`${e.id}: adjective "${a}" not lowercase`);
      if (e.code !== undefined && !/^[A-Z]{2}$/.test(e.code)) bad.push(`${e.id}: code "${e.code}"`);
    }
    expect(bad).toEqual([]);
  });

  it('has an example sentence per entry that contains one of its surface forms', () => {
    const missing = KB.filter((e) => {
      const text = fold(e.example);
      const hasName = [...e.names, ...(e.adjectives ?? []), ...(e.demonyms ?? [])].some((n) => text.includes(fold(n)));
      const hasAcronym = (e.acronyms ?? []).some((a) => e.example.includes(a));
      return e.example.includes('\n') || !(hasName || hasAcronym);
    });
    expect(missing.map((e) => e.id)).toEqual([]);
  });

  it.each(['names+acronyms', 'adjectives', 'demonyms'] as const)('maps no %s form to two entries of one type', (kind) => {
    const owners = new Map<string, Set<string>>();
    for (const e of KB) {
      const forms =
        kind === 'names+acronyms' ? [...e.names, ...(e.acronyms ?? [])] : kind === 'adjectives' ? (e.adjectives ?? []) : (e.demonyms ?? []);
      for (const f of new Set(forms.map(fold))) {
        const key = `${e.type}|${f}`;
        owners.set(key, (owners.get(key) ?? new Set()).add(e.id));
      }
    }
    const clashes = [...owners].filter(([, ids]) => ids.size > 1).map(([k, ids]) => `${k}: ${[...ids].join(', ')}`);
    expect(clashes).toEqual([]);
  });

  it('lists the canonical name among the names unless it is an acronym or deliberately hidden (a common word)', () => {
    const hidden = ['city:nice'];
    const missing = KB.filter((e) => !e.names.includes(e.name) && !(e.acronyms ?? []).includes(e.name)).map((e) => e.id);
    expect(missing).toEqual(hidden);
    expect(lookup('Nizza').map((e) => e.id)).toEqual(hidden);
  });

  it('uses country codes only from the country list, each country code once', () => {
    const countryCodes = COUNTRIES.flatMap((c) => (c.code ? [c.code] : []));
    expect(new Set(countryCodes).size).toBe(countryCodes.length);
    const known = new Set(countryCodes);
    const unknown = KB.filter((e) => e.code !== undefined && !known.has(e.code)).map((e) => `${e.id}: ${e.code}`);
    expect(unknown).toEqual([]);
  });
});

describe('knowledge base: coverage', () => {
  it('lists 193 valid, distinct UN member codes (the reference itself)', () => {
    expect(new Set(UN_MEMBERS).size).toBe(193);
    expect(UN_MEMBERS.filter((c) => !isValid(c) || !(c in getAlpha2Codes()))).toEqual([]);
  });

  it('has every UN member state, the observer states, Kosovo and Taiwan as Country', () => {
    const codes = new Set(COUNTRIES.map((c) => c.code));
    expect([...UN_MEMBERS, 'PS', 'VA', 'XK', 'TW'].filter((c) => !codes.has(c))).toEqual([]);
    expect(COUNTRIES.every((c) => c.type === 'Country')).toBe(true);
  });

  it.each(['Soviet Union', 'Czechoslovakia', 'Yugoslavia', 'East Germany', 'West Germany', 'Russian Empire', 'Ottoman Empire', 'Austria-Hungary'])(
    'has the historical state %s',
    (name) => expect(COUNTRIES.some((c) => c.name === name)).toBe(true),
  );

  it('has enough cities, events and people', () => {
    expect(CITIES.length).toBeGreaterThanOrEqual(250);
    expect(EVENTS.length).toBeGreaterThanOrEqual(30);
    expect(PEOPLE.length).toBeGreaterThanOrEqual(80);
    expect(REGIONS.length).toBeGreaterThanOrEqual(50);
  });

  it('has the capitals and organisations the brief names', () => {
    const cities = new Set(CITIES.map((c) => c.name));
    const capitals = ['Minsk', 'Astana', 'Moscow', 'Kyiv', 'Beijing', 'Berlin', 'Warsaw', 'Tashkent', 'Bishkek', 'Dushanbe', 'Ashgabat', 'Baku', 'Yerevan', 'Tbilisi', 'Washington', 'Ottawa', 'Canberra', 'Pretoria', 'Brasília', 'Tokyo', 'Seoul', 'Pyongyang', 'Ulaanbaatar', 'Naypyidaw', 'Funafuti'];
    expect(capitals.filter((c) => !cities.has(c))).toEqual([]);
    const orgs = new Set([...ORGANIZATIONS, ...NEWS_AGENCIES].map((o) => o.name));
    const required = ['UN', 'EU', 'NATO', 'SCO', 'EAEU', 'CIS', 'CSTO', 'OSCE', 'WHO', 'IMF', 'BRICS', 'OPEC', 'ASEAN', 'G7', 'G20', 'WTO', 'IAEA', 'UNESCO', 'UNICEF', 'FIFA', 'UEFA', 'IOC', 'ECB', 'EBRD', 'AIIB', 'OECD', 'African Union', 'Union State', 'Council of Europe', 'European Commission', 'European Parliament', 'Arab League', 'BelTA', 'Kazinform', 'TASS', 'RIA Novosti', 'Interfax', 'Xinhua', 'Reuters', 'AP', 'AFP', 'dpa', 'APA', 'ANSA', 'EFE', 'Kyodo', 'Yonhap', 'Anadolu Agency', 'IRNA', 'Ukrinform', 'PAP', 'CTK', 'MTI', 'BBC', 'CNN', 'Deutsche Welle'];
    expect(required.filter((o) => !orgs.has(o))).toEqual([]);
    expect(lookup('AP')[0]?.acronyms).toEqual(['AP']);
  });
});

describe('knowledge base: look-ups', () => {
  it.each([
    ['SOZ', 'Organization', 'SCO'],
    ['ShOS', 'Organization', 'SCO'],
    ['ШОС', 'Organization', 'SCO'],
    ['Schanghaier Organisation für Zusammenarbeit', 'Organization', 'SCO'],
    ['EAWU', 'Organization', 'EAEU'],
    ['Eurasische Wirtschaftsunion', 'Organization', 'EAEU'],
    ['GUS', 'Organization', 'CIS'],
    ['Gemeinschaft Unabhängiger Staaten', 'Organization', 'CIS'],
    ['OVKS', 'Organization', 'CSTO'],
    ['ODKB', 'Organization', 'CSTO'],
    ['Organisation des Vertrags über kollektive Sicherheit', 'Organization', 'CSTO'],
    ['Vereinte Nationen', 'Organization', 'UN'],
    ['Nato', 'Organization', 'NATO'],
    ['Europäischen Union', 'Organization', 'EU'],
    ['Eurasischen Wirtschaftsunion', 'Organization', 'EAEU'],
    ['Internationale Olympische Komitee', 'Organization', 'IOC'],
    ['Nahen Osten', 'Location', 'Middle East'],
    ['Slawischen Basar', 'Event', 'Slavianski Bazaar'],
    ['Unionsstaat', 'Organization', 'Union State'],
    ['Nachrichtenagentur Xinhua', 'Organization', 'Xinhua'],
    ['Associated Press', 'Organization', 'AP'],
    ['Kasachstan', 'Country', 'Kazakhstan'],
    ['kasachstan', 'Country', 'Kazakhstan'],
    ['Weißrussland', 'Country', 'Belarus'],
    ['Republik Belarus', 'Country', 'Belarus'],
    ['Sowjetunion', 'Country', 'Soviet Union'],
    ['UdSSR', 'Country', 'Soviet Union'],
    ['USA', 'Country', 'United States'],
    ['Vereinigte Staaten', 'Country', 'United States'],
    ['Volksrepublik China', 'Country', 'China'],
    ['Elfenbeinküste', 'Country', 'Ivory Coast'],
    ['Tschechien', 'Country', 'Czech Republic'],
    ['Georgia', 'Country', 'Georgia'],
    ['DDR', 'Country', 'East Germany'],
    ['Witebsk', 'City', 'Vitebsk'],
    ['Kiew', 'City', 'Kyiv'],
    ['Kiev', 'City', 'Kyiv'],
    ['Nur-Sultan', 'City', 'Astana'],
    ['Alma-Ata', 'City', 'Almaty'],
    ['Peking', 'City', 'Beijing'],
    ['München', 'City', 'Munich'],
    ['Köln', 'City', 'Cologne'],
    ['Warschau', 'City', 'Warsaw'],
    ['Moskau', 'City', 'Moscow'],
    ['Nizza', 'City', 'Nice'],
    ['Bayern', 'Region', 'Bavaria'],
    ['Krim', 'Region', 'Crimea'],
    ['Gebiet Gomel', 'Region', 'Gomel Region'],
    ['Schottland', 'Region', 'Scotland'],
    ['Schwarzes Meer', 'Location', 'Black Sea'],
    ['Slawischer Basar', 'Event', 'Slavianski Bazaar'],
    ['Slavic Bazaar', 'Event', 'Slavianski Bazaar'],
    ['Münchner Sicherheitskonferenz', 'Event', 'Munich Security Conference'],
    ['Olympische Spiele', 'Event', 'Olympic Games'],
    ['Friedensnobelpreis', 'Award', 'Nobel Peace Prize'],
    ['Lukaschenko', 'Person', 'Alexander Lukashenko'],
    ['Kassym-Schomart Tokajew', 'Person', 'Kassym-Jomart Tokayev'],
    ['Wladimir Putin', 'Person', 'Vladimir Putin'],
    ['Selenskyj', 'Person', 'Volodymyr Zelensky'],
    ['Sergej Lawrow', 'Person', 'Sergey Lavrov'],
    ['Erdoğan', 'Person', 'Recep Tayyip Erdoğan'],
  ])('%s -> %s %s', (surface, type, name) => {
    const found = lookup(surface);
    expect(found.map((e) => `${e.type}:${e.name}`)).toEqual([`${type}:${name}`]);
  });

  it.each([
    ['belarussisch', 'Belarus'],
    ['weißrussisch', 'Belarus'],
    ['kasachisch', 'Kazakhstan'],
    ['kazakhstani', 'Kazakhstan'],
    ['us-amerikanisch', 'United States'],
    ['sowjetisch', 'Soviet Union'],
    ['bayerisch', 'Bavaria'],
  ])('adjective %s -> %s', (adj, name) => {
    expect(byStem('adjectives', adj).map((e) => e.name)).toEqual([name]);
  });

  it.each([
    ['Kasache', 'Kazakhstan'],
    ['Belarusse', 'Belarus'],
    ['Russe', 'Russia'],
  ])('demonym %s -> %s', (noun, name) => {
    expect(byStem('demonyms', noun).map((e) => e.name)).toEqual([name]);
  });

  it.each(['Island', 'Essen', 'Bath', 'Split', 'oder', 'Nice', 'Male', 'Bergen', 'Kanton', 'Oscar', 'Roma', 'World Cup', 'Halle', 'Ob', 'Emirates', 'Kaiserreich'])(
    'does not resolve the common word or ambiguous form "%s"',
    (word) => expect(lookup(word)).toEqual([]),
  );

  // "polish" is listed since the matcher takes English adjectives only capitalised (see gazetteer tests).
  it.each(['korean', 'english'])('has no adjective stem "%s" (more often something else or ambiguous)', (adj) => {
    expect(byStem('adjectives', adj)).toEqual([]);
  });

  it.each([
    ['soz', 'acronyms are case-sensitive'],
    ['us', 'the pronoun is not the United States'],
    ['Un', 'a wrong-cased acronym is no acronym'],
  ])('does not resolve "%s" (%s)', (surface) => {
    expect(lookup(surface)).toEqual([]);
  });
});
