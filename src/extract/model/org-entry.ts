// The organisation record of the knowledge base's data files (organizations.ts, organizations-bodies.ts,
// companies.ts): orgEntry(canonical, 'names|…', 'ACRONYMS|…', example?).

import type { KbEntry } from './kb-types.js';
import { entityId } from '../ids.js';

const split = (list: string): string[] => (list ? list.split('|') : []);

/**
 * One Organization entry. The canonical name is among the names unless it is one of the acronyms
 * (acronyms are matched case-sensitively, names are not). The example defaults to a statement by it.
 */
export function orgEntry(name: string, names: string, acronyms = '', example?: string): KbEntry {
  const acr = split(acronyms);
  const isAcronym = acr.includes(name);
  const all = isAcronym ? split(names) : [name, ...split(names).filter((n) => n !== name)];
  const entry: KbEntry = { id: entityId('Organization', name), name, type: 'Organization', names: all, example: example ?? `${isAcronym ? name : all[0]} issued a statement on Monday.` };
  if (acr.length > 0) entry.acronyms = acr;
  return entry;
}
