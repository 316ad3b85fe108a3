// The whole knowledge base: every entry of the model files, concatenated in a fixed order
// (countries, places, organisations, news agencies, events, awards, people) so that look-up tables
// built from it are deterministic. Data only; the matcher decides how to use it.

import type { KbEntry } from './kb-types.js';
import { COUNTRIES } from './countries.js';
import { CITIES, REGIONS, LOCATIONS } from './places.js';
import { ORGANIZATIONS, NEWS_AGENCIES } from './organizations.js';
import { EVENTS, AWARDS } from './events.js';
import { PEOPLE } from './people.js';

export const KB: readonly KbEntry[] = [
  ...COUNTRIES,
  ...CITIES,
  ...REGIONS,
  ...LOCATIONS,
  ...ORGANIZATIONS,
  ...NEWS_AGENCIES,
  ...EVENTS,
  ...AWARDS,
  ...PEOPLE,
];
