// The relation rules' pattern language: a rule is a sequence of elements matched left to right over
// one sentence's tokens and mentions (slots typed by entity type, cue words, role cues, bounded gaps,
// coordination lists). Types only; the data lives in ../model/relation-rules.ts, the engine in matcher.ts.

import type { EntityType, RelationType } from '../../types.js';
import type { MentionVia, RoleCategory } from '../pipeline-types.js';
import type { CueKey } from '../model/relation-cues.js';

/** How a mention is written: a name (incl. coreference), an adjective ("kasachisch"), a demonym ("Kasache"). */
export type MentionForm = 'name' | 'adj' | 'demonym' | 'any';

/** One entity mention (or a coordination list of them) bound to a named slot. */
export interface SlotElement {
  slot: string;
  types: readonly EntityType[];
  /** Default 'name': adjectives and demonyms are modifiers, not actors. */
  form?: MentionForm;
  /** Accept "X, Y und Z" / "X, Y and Z" (articles allowed before each item). */
  list?: boolean;
  /** Smallest number of list items (default 1). */
  min?: number;
  /** Restrict to mentions found in these ways. */
  via?: readonly MentionVia[];
  /** No article before the mention ("der Konzern Gazprom", not "die Präsidentschaft der SOZ"). */
  bare?: boolean;
  /** The mention's text must end so (a possessive the text layer kept inside the mention: "Kenya's"). */
  endsWith?: readonly string[];
  /** The mention must end where its token ends: no modifier inside a compound ("the Rustenburg-based company"). */
  whole?: boolean;
}

/** One token (or the rest of a hyphen compound) that is a cue word: a key of RELATION_CUES or literal forms. */
export interface WordElement {
  /** Forms, lowercase; "x*" prefix, "*x" suffix, "*x*" infix. */
  words?: readonly string[];
  cue?: CueKey;
}

/** A role cue of doc.roles ("Präsident", "Foreign Minister") starting here. */
export interface RoleElement {
  role: readonly RoleCategory[];
  /** The category seen is stored under this name, for rules that map categories to relation types. */
  bind?: string;
  /** Canonical roles (RoleCue.role) this element does not take, e.g. athletes among 'other'. */
  except?: readonly string[];
}

/** Skip 0..max tokens. By default a gap crosses no comma, clause break, or entity name. */
export interface GapElement {
  gap: number;
  commas?: boolean;
  /** Entity types whose name mentions may be skipped (adjective mentions may always be skipped). */
  skip?: readonly EntityType[] | 'all';
}

/** A punctuation token. */
export interface PunctElement {
  punct: readonly string[];
}

/** An optional sub-sequence. */
export interface OptElement {
  opt: readonly PatternElement[];
}

/** Negative look-ahead: the next token must not be one of these (or end of sentence is fine). */
export interface NotElement {
  not: readonly string[];
  /** Nor may a name of these types start at it ("French producer X, Indian actress Y": the adjective is Y's). */
  types?: readonly EntityType[];
}

export type PatternElement =
  | SlotElement
  | WordElement
  | RoleElement
  | GapElement
  | PunctElement
  | OptElement
  | NotElement;

export interface RuleBase {
  /** Stable id, e.g. "de.member.be-mitglied". Stored on each relation as its rule. */
  id: string;
  lang: 'de' | 'en' | 'any';
  relation: RelationType;
  /** 0..1 before penalties (coreference, long gaps). */
  confidence: number;
  /** One sentence the rule is meant for. */
  example: string;
}

/** A sequence pattern; source and target name slots. If source === target, all pairs within the list. */
export interface SequenceRule extends RuleBase {
  kind: 'sequence';
  pattern: readonly PatternElement[];
  source: string;
  target: string;
  /** Map a bound role category to another relation type (e.g. minister -> WORKS_FOR). */
  byRole?: { bind: string; map: Partial<Record<RoleCategory, RelationType>> };
  /**
   * Words (lowercase; "x*" prefix, "*x" suffix forms) that, anywhere in a match, say it states no such
   * relation: "liefert Waffen an" is no trade.
   */
  unless?: readonly string[];
  /**
   * Words (lowercase) that must not stand right before the match: "between Israel and Hamas together
   * with Qatar" makes Hamas the end of a coordination, not the one acting together with Qatar.
   */
  notAfter?: readonly string[];
  /** The rule states what outlives a past office ("former Chilean President X" is Chilean): "former" in or before it negates nothing. */
  past?: boolean;
}

/** A mention whose span holds another mention and a role cue: "der belarussische Staatschef" (coref). */
export interface NestedRule extends RuleBase {
  kind: 'nested';
  outer: readonly EntityType[];
  inner: readonly EntityType[];
  innerForm: MentionForm;
  roles: readonly RoleCategory[];
}

/**
 * An organisation named by a nominal phrase that holds a place adjective: "the Japanese automaker",
 * "der Münchner Autobauer" (coreference to the company just named) is located in that place.
 */
export interface NominalPlaceRule extends RuleBase {
  kind: 'nominal-place';
  outer: readonly EntityType[];
  inner: readonly EntityType[];
}

/**
 * A minister named by the field of the office ("Finance Minister X", "Umweltminister X") leads the
 * ministry of that field named in the same sentence ("the Finance Ministry", "sein Umweltministerium").
 */
export interface MinistryHeadRule extends RuleBase {
  kind: 'ministry-head';
}

/**
 * A head named by the kind of event it heads ("Festival director X", "Festspielpräsidentin X",
 * "Messechef X") leads the one event of that kind the text names.
 */
export interface EventHeadRule extends RuleBase {
  kind: 'event-head';
  /** Lowercase starts of a role's text that name the kind of event, each found in the event's name or mention. */
  stems: readonly string[];
}

/** An event named "<org name><suffix>" ("SCO Summit" from "SOZ-Gipfel") organised by that org, if mentioned. */
export interface NamedAfterRule extends RuleBase {
  kind: 'named-after';
  /** Suffixes of the event's canonical name, e.g. " Summit". */
  suffixes: readonly string[];
  /**
   * The owner's name starts the event's name and one to three words (ending in a suffix) follow it:
   * "Venice Film Festival" -> Venice, "Bonn Climate Change Conference" -> Bonn. Without it the owner's
   * name is all of the name before the suffix ("SCO Summit" -> SCO).
   */
  leading?: boolean;
  eventTypes: readonly EntityType[];
  ownerTypes: readonly EntityType[];
}

/**
 * A role with no owner in its phrase, followed by a person: "Finance Minister X" (the owner is the
 * country of the document's dateline "City, Country"), "the bank's
 * country director X", "Deren Chef X", "Konzernchef X" (the owner is the last organisation named before).
 * The owner must be the only candidate: another country (or any country adjective) in the sentence,
 * or a person whose owner another rule states, gives nothing.
 */
export interface ImplicitOwnerRule extends RuleBase {
  kind: 'implicit-owner';
  /**
   * 'agency': "X told the news agency" / "sagte X der Nachrichtenagentur" names the dateline's agency ("(Reuters)").
   * 'state': the one German federal state a text names, when it names no other country than Germany
   * ("Ministerpräsident Michael Kretschmer" in a text about Saxony).
   * 'city': the town of the dateline ("LEIPZIG (KNA) - ... Oberbürgermeister X sagte"), when the sentence names no other town or region.
   * 'federal': a German "Bundes-" office ("Bundeskanzler X", "Bundesarbeitsministerin X") belongs to
   * Germany, or to Austria or Switzerland when the text names that country more often than Germany.
   */
  owner: 'country' | 'org' | 'agency' | 'federal' | 'city' | 'state';
  /**
   * For owner 'country': without a dateline country, the sentence's one country when it opens the
   * sentence as its subject ("Nigeria has reached a deal ..., Finance Minister X said").
   */
  subjectCountry?: boolean;
  /**
   * For owner 'org': the organisation that opens the sentence as its subject, when the role phrase
   * follows a comma and no other organisation is named ("Nokia will cut 14,000 jobs, Chief Executive
   * Pekka Lundmark said").
   */
  subjectOrg?: boolean;
  /** Role categories and the relation type each gives. */
  map: Partial<Record<RoleCategory, RelationType>>;
  /** Overrides by canonical role ("director" works for, does not lead, a bank it is "country director" of). */
  byName?: Readonly<Record<string, RelationType>>;
  /**
   * For owner 'org': the anaphor refers to the previous sentence's subject ("Airbus raised ... . Its chief
   * executive X said"): the one organisation there, opening it, with no person there and no name before the role.
   */
  previousSentence?: boolean;
  /**
   * For owner 'org' with previousSentence: no anaphor needed when the role phrase opens its sentence
   * ("Der Konzern hat seinen Sitz in Kiel. Vorstandschef X sagte ...").
   */
  opening?: boolean;
  /** For owner 'org': words right before the role that refer back to an organisation ("deren", "its"). */
  anaphors?: readonly string[];
  /** For owner 'org': nouns of "the bank's" before the role, and German compound prefixes ("Konzern|chef"). */
  orgNouns?: readonly string[];
  /** For owner 'agency': the verbs of telling and the nouns for the agency ("told the news agency"). */
  tell?: readonly string[];
  agencyNouns?: readonly string[];
}

/**
 * A sequence pattern whose subject is a pair named before: "Vietnam und Indonesien verhandelten. Die beiden
 * Länder unterzeichneten ein Abkommen" -> both ends are the two entities of `types` named in the previous
 * sentence (or the previous two), only when exactly two are there and none in the matched sentence.
 */
export interface PairAnaphorRule extends RuleBase {
  kind: 'pair-anaphor';
  /** From the pair phrase on ("die beiden Länder", "both countries") to the cue of the relation. */
  pattern: readonly PatternElement[];
  types: readonly EntityType[];
  /** Sentences back the pair may be named in: 1 or 2. */
  reach: number;
  /**
   * A slot of the pattern whose mentions are the other end for each of the pair ("Beide Länder sind
   * Mitglieder der Nato und der EU": four relations). Without it the pair are the two ends.
   */
  target?: string;
  /**
   * Instead of a pair, the one entity of `types` the nearest sentence before names (within reach)
   * is the target, and the mentions this slot binds are the sources ("BRICS was founded in 2009.
   * South Africa joined a year later.").
   */
  source?: string;
  /**
   * With `source`: the one entity of `types` the matched sentence names anywhere (not only before the
   * match) is the target ("Menon won gold at the Chess Olympiad after beating Nodir Rashidov"; "...
   * ahead of X and reach the Champions League final"); two or more there: no guess.
   */
  anywhere?: boolean;
  /**
   * With `source`: when the sentence names none, the target is the one entity of `types` the whole
   * text names before it (its topic), not the one of the nearest sentences: "the final in London"
   * after the Champions League and the European Cup were named is no guess.
   */
  topic?: boolean;
  /** With `source`: the found entity is the source and the slot's mentions the targets ("Veranstalter war die IHF": ORGANIZED_BY event -> IHF). */
  reverse?: boolean;
}

export type RelationRule = SequenceRule | NestedRule | NominalPlaceRule | MinistryHeadRule | EventHeadRule | NamedAfterRule | ImplicitOwnerRule | PairAnaphorRule;
