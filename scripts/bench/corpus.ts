// Deterministic generator of a synthetic news corpus for benchmarks (extract, Neo4j): German and
// English articles of about 2 KB built from templates and the knowledge base's names, with
// datelines, quotes, roles and invented persons, so the extractor does real work. Article i
// depends only on (seed, i): the first 1,000 of a 10,000 corpus equal a 1,000 corpus.

import fs from 'node:fs/promises';
import path from 'node:path';
import { KB } from '../../src/extract/model/kb.js';
import type { KbEntry } from '../../src/extract/model/kb-types.js';
import type { EntityType, Lang } from '../../src/types.js';

/** mulberry32: tiny, fast, good enough for varied text. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
function shuffle<T>(rng: Rng, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T;

/** Used when the knowledge base has no entry of a type. */
const FALLBACK: Record<'Person' | 'Organization' | 'Country' | 'City' | 'Event', string[]> = {
  Person: ['Alexander Lukashenko', 'Kassym-Jomart Tokayev', 'Olaf Scholz', 'Emmanuel Macron'],
  Organization: ['SCO', 'EAEU', 'CSTO', 'United Nations', 'European Union'],
  Country: ['Belarus', 'Kazakhstan', 'Germany', 'France', 'Russia', 'China'],
  City: ['Minsk', 'Astana', 'Berlin', 'Paris', 'Vitebsk', 'Moscow'],
  Event: ['Slavianski Bazaar', 'SCO Summit', 'Expo 2025'],
};

export interface CorpusNames {
  byType: Map<EntityType, KbEntry[]>;
}

export function loadCorpusNames(): CorpusNames {
  const byType = new Map<EntityType, KbEntry[]>();
  for (const entry of KB) byType.set(entry.type, [...(byType.get(entry.type) ?? []), entry]);
  return { byType };
}

function nameOf(rng: Rng, names: CorpusNames, type: keyof typeof FALLBACK, lang: Lang): string {
  const entries = names.byType.get(type) ?? [];
  if (entries.length === 0) return pick(rng, FALLBACK[type]);
  const entry = pick(rng, entries);
  if (lang === 'en' || entry.names.length === 0) return entry.name;
  const full = entry.names.filter((n) => type !== 'Person' || n.includes(' '));
  return pick(rng, full.length > 0 ? full : [entry.name]);
}

const FIRST = ['Anna', 'Jonas', 'Marta', 'Pavel', 'Laura', 'Dmitri', 'Sofia', 'Tomasz', 'Elena', 'Lukas', 'Irina', 'Felix', 'Olga', 'Henrik', 'Nadia', 'Peter'];
const LAST = ['Hoffmann', 'Kowalski', 'Sidorenko', 'Brenner', 'Novak', 'Weidler', 'Marchetti', 'Lindqvist', 'Orlova', 'Keller', 'Baranov', 'Schuster', 'Dalton', 'Veselova'];
const MONTHS = {
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};
const ROLES = {
  de: ['Präsident', 'Ministerpräsident', 'Außenminister', 'Wirtschaftsminister', 'Botschafter', 'Vorsitzende', 'Generalsekretär'],
  en: ['President', 'Prime Minister', 'Foreign Minister', 'Economy Minister', 'Ambassador', 'Chairman', 'Secretary General'],
};
const AGENCIES = ['BelTA', 'Kazinform', 'TASS', 'Reuters', 'dpa', 'AFP', 'Xinhua'];

interface Slots {
  p1: string; p2: string; inv: string; role1: string; role2: string; c1: string; c2: string; city: string;
  org: string; event: string; agency: string; day: number; month: string; year: number; n: number;
}

type Template = (s: Slots) => string;
const SENTENCES: Record<Lang, Template[]> = {
  en: [
    (s) => `${s.role1} ${s.p1} met with ${s.role2} ${s.p2} in ${s.city} on Tuesday.`,
    (s) => `${s.p1} said that ${s.c1} and ${s.c2} intend to expand trade in the coming years.`,
    (s) => `"We are ready to deepen our cooperation with ${s.c2}," ${s.p1} told ${s.agency}.`,
    (s) => `${s.c1} is a member of the ${s.org}, and ${s.c2} has applied for full membership.`,
    (s) => `The ${s.event} was held in ${s.city} from ${s.day} to ${s.day + 3} ${s.month}.`,
    (s) => `${s.inv}, head of the trade mission of ${s.c1}, visited ${s.city} last week.`,
    (s) => `According to ${s.inv}, trade between ${s.c1} and ${s.c2} reached ${s.n} million dollars in ${s.year}.`,
    (s) => `${s.p2}, who chairs the ${s.org}, supported the proposal.`,
    (s) => `Delegations from ${s.c1} took part in the ${s.event} for the ${s.n % 20 + 2}th time.`,
    (s) => `"This is a good day for ${s.c1}," said ${s.inv}, an adviser to ${s.p1}.`,
    (s) => `${s.city} is the capital of ${s.c1}, and the talks continued there on ${s.day} ${s.month}.`,
    (s) => `In an interview with ${s.agency}, ${s.role1} ${s.p1} praised the partnership with ${s.c2}.`,
    (s) => `The two sides signed ${s.n % 12 + 2} agreements on transport, energy and education.`,
    (s) => `Observers expect further meetings before the end of ${s.year}.`,
  ],
  de: [
    (s) => `${s.role1} ${s.p1} traf sich am Dienstag in ${s.city} mit ${s.role2} ${s.p2}.`,
    (s) => `${s.p1} sagte, dass ${s.c1} und ${s.c2} den Handel in den kommenden Jahren ausbauen wollen.`,
    (s) => `„Wir sind bereit, unsere Zusammenarbeit mit ${s.c2} zu vertiefen“, sagte ${s.p1} gegenüber ${s.agency}.`,
    (s) => `${s.c1} ist Mitglied der ${s.org}, und ${s.c2} hat die Vollmitgliedschaft beantragt.`,
    (s) => `Das Festival ${s.event} fand vom ${s.day}. bis ${s.day + 3}. ${s.month} in ${s.city} statt.`,
    (s) => `${s.inv}, Leiter der Handelsmission von ${s.c1}, besuchte vergangene Woche ${s.city}.`,
    (s) => `Nach Angaben von ${s.inv} erreichte der Handel zwischen ${s.c1} und ${s.c2} im Jahr ${s.year} ${s.n} Millionen Dollar.`,
    (s) => `${s.p2}, der den Vorsitz der ${s.org} innehat, unterstützte den Vorschlag.`,
    (s) => `Delegationen aus ${s.c1} nahmen zum ${s.n % 20 + 2}. Mal an ${s.event} teil.`,
    (s) => `„Das ist ein guter Tag für ${s.c1}“, sagte ${s.inv}, ein Berater von ${s.p1}.`,
    (s) => `${s.city} ist die Hauptstadt von ${s.c1}, und die Gespräche wurden dort am ${s.day}. ${s.month} fortgesetzt.`,
    (s) => `In einem Interview mit ${s.agency} lobte ${s.role1} ${s.p1} die Partnerschaft mit ${s.c2}.`,
    (s) => `Die beiden Seiten unterzeichneten ${s.n % 12 + 2} Abkommen über Verkehr, Energie und Bildung.`,
    (s) => `Beobachter erwarten weitere Treffen vor Ende ${s.year}.`,
  ],
};

function slots(rng: Rng, names: CorpusNames, lang: Lang): Slots {
  return {
    p1: nameOf(rng, names, 'Person', lang),
    p2: nameOf(rng, names, 'Person', lang),
    inv: `${pick(rng, FIRST)} ${pick(rng, LAST)}`,
    role1: pick(rng, ROLES[lang]),
    role2: pick(rng, ROLES[lang]),
    c1: nameOf(rng, names, 'Country', lang),
    c2: nameOf(rng, names, 'Country', lang),
    city: nameOf(rng, names, 'City', lang),
    org: nameOf(rng, names, 'Organization', lang),
    event: nameOf(rng, names, 'Event', lang),
    agency: pick(rng, AGENCIES),
    day: 1 + Math.floor(rng() * 25),
    month: pick(rng, MONTHS[lang]),
    year: 2018 + Math.floor(rng() * 8),
    n: 10 + Math.floor(rng() * 990),
  };
}

export interface Article {
  /** File name: "<index>-<slug>.<lang>.txt". */
  name: string;
  lang: Lang;
  text: string;
}

/** Article `index` of the corpus with `seed`: about `targetChars` characters in paragraphs. */
export function generateArticle(index: number, names: CorpusNames, seed = 1, targetChars = 2000): Article {
  const rng = prng((seed * 0x9e3779b1) ^ (index * 0x85ebca6b));
  const lang: Lang = rng() < 0.5 ? 'de' : 'en';
  let s = slots(rng, names, lang);
  const dateline = lang === 'de' ? `${s.city.toUpperCase()}, ${s.day}. ${s.month} (${s.agency}) - ` : `${s.city.toUpperCase()}, ${s.day} ${s.month} (${s.agency}) - `;
  // Templates in a shuffled order, none twice before all were used, so sentences never repeat.
  let order: Template[] = [];
  const nextSentence = (): string => {
    if (order.length === 0) order = shuffle(rng, SENTENCES[lang]);
    return (order.pop() as Template)(s);
  };
  const paragraphs: string[] = [];
  let paragraph = dateline + nextSentence();
  let length = paragraph.length;
  while (length < targetChars) {
    if (rng() < 0.25) s = { ...slots(rng, names, lang), city: s.city, agency: s.agency };
    const sentence = nextSentence();
    if (rng() < 0.3) {
      paragraphs.push(paragraph);
      paragraph = sentence;
    } else paragraph += ` ${sentence}`;
    length += sentence.length + 1;
  }
  paragraphs.push(paragraph);
  const slug = s.city.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'article';
  return { name: `${String(index).padStart(6, '0')}-${slug}.${lang}.txt`, lang, text: `${paragraphs.join('\n')}\n` };
}

/** Writes articles 0..count-1 into `dir` (created if needed); returns the file paths (sorted) and total bytes. */
export async function writeCorpus(dir: string, count: number, seed = 1): Promise<{ files: string[]; bytes: number }> {
  await fs.mkdir(dir, { recursive: true });
  const names = loadCorpusNames();
  const files: string[] = [];
  let bytes = 0;
  for (let i = 0; i < count; i += 1) {
    const article = generateArticle(i, names, seed);
    const file = path.join(dir, article.name);
    await fs.writeFile(file, article.text);
    files.push(file);
    bytes += Buffer.byteLength(article.text);
  }
  return { files, bytes };
}
