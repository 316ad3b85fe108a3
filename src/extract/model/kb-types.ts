// The knowledge base's record shape: general world knowledge as data (names, types, aliases),
// never facts. The extractor uses it to find and name entities; relations always need evidence in
// the text. Every entry has an id and a one-line example sentence.

import type { EntityType } from '../../types.js';

export interface KbEntry {
  /** Must equal entityId(type, name) from ../ids.ts, e.g. "country:belarus". */
  id: string;
  /** Canonical English name, e.g. "Belarus", "SCO", "Slavianski Bazaar", "Alexander Lukashenko". */
  name: string;
  type: EntityType;
  /**
   * Surface names in any language, base form, as written in running text: "Belarus", "Weißrussland",
   * "Republic of Belarus", "Kasachstan", "Shanghai Cooperation Organisation", "Schanghaier Organisation
   * für Zusammenarbeit". Matched case-insensitively on word boundaries; the matcher adds German
   * inflection (genitive -s/-es, dative -n/-en) itself, so list base forms only.
   */
  names: string[];
  /** Acronyms, matched case-sensitively as whole tokens (also before a hyphen: "SOZ-Gipfel"): "SCO", "SOZ", "ShOS". */
  acronyms?: string[];
  /**
   * Adjective stems, lowercase, without endings: German "belarussisch", "kasachisch", English
   * "belarusian", "kazakh". The matcher adds endings (-e, -en, -er, -es, -em) and matches inside
   * hyphenated compounds ("belarussisch-kasachischen").
   */
  adjectives?: string[];
  /** Nouns for people of the place, base form: "Kasache", "Belarusse", "Kazakhstani". */
  demonyms?: string[];
  /** ISO 3166 alpha-2 code for countries, or the code of the country a city/region is in (disambiguation only). */
  code?: string;
  /** One sentence in which the entry is found. */
  example: string;
}
