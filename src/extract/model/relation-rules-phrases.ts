// Relation rules as data, third part: role phrases with possessives, players and their clubs,
// meetings named by a noun, performers at festivals, organisations placed by a possessive country.
// Same record shape and conventions as relation-rules.ts, which exports them all.

import { TOWN_ADJECTIVE_WORDS_DE } from './town-adjectives.js';
import type { RelationType } from '../../types.js';
import { COMPANY_DESCRIPTORS_EN } from './nominal-heads.js';
import type { RoleCategory } from '../pipeline-types.js';
import type { ImplicitOwnerRule, PairAnaphorRule, SequenceRule } from '../relations/pattern-types.js';
import {
  ACTOR, COUNTRY, EVENT, ORG, PERSON, PLACE,
  adj, cue, gap, list, not, notName, opt, punct, role, roleExcept, seq, slot, w,
} from '../relations/rule-builders.js';

const ORG_ROLES: readonly RoleCategory[] = ['head_of_state', 'head_of_government', 'leader', 'chair', 'minister', 'employee', 'journalist'];
const ORG_ROLE_RELATION: Partial<Record<RoleCategory, RelationType>> = {
  head_of_state: 'LEADER_OF', head_of_government: 'LEADER_OF', leader: 'LEADER_OF', chair: 'CHAIRS',
  minister: 'WORKS_FOR', employee: 'WORKS_FOR', journalist: 'WORKS_FOR',
};
const STATE_ROLES: readonly RoleCategory[] = ['head_of_state', 'head_of_government', 'minister'];
const STATE_ROLE_RELATION: Partial<Record<RoleCategory, RelationType>> = {
  head_of_state: 'LEADER_OF', head_of_government: 'LEADER_OF', minister: 'WORKS_FOR',
};
const ANY_ROLE: readonly RoleCategory[] = ['head_of_state', 'head_of_government', 'minister', 'leader', 'chair', 'member', 'employee', 'journalist', 'other'];
const POSSESSIVE_INSIDE = { endsWith: ["'s", '’s'] };

/** Cues before a rival in a contest ("after beating X", "ahead of X", "outsprinting X"). */
const RIVAL_CUES_EN = ['beating', 'defeating', 'outsprinting', 'outsprinted', 'edging', 'outpacing', 'overtaking', 'ahead', 'eliminating', 'knocking'];
/** One word that may stand between the cue and the rival: "ahead of Georgian veteran Nana Dzagnidze". */
const RIVAL_DESCRIPTORS_EN = ['veteran', 'compatriot', 'teammate', 'defending', 'champion', 'rival', 'favourite', 'favorite', 'title-holder', 'holder', 'hosts', 'top-seeded', 'reigning'];
/** Rounds of a contest: "im Finale gegen Kroatien", "in the final against England". */
const FINALS = ['finale', 'endspiel', 'halbfinale', 'viertelfinale', 'achtelfinale', 'final', 'semifinal', 'semi-final', 'quarterfinal', 'quarter-final', 'semifinals'];

/** A trade before a company descriptor: "Brazil's state-controlled oil company Petrobras". */
const COMPANY_KINDS_EN = ['oil', 'gas', 'energy', 'mining', 'steel', 'chemicals', 'telecoms', 'telecom', 'battery', 'car', 'shipping', 'defence', 'defense', 'tech', 'technology', 'media', 'investment', 'airline', 'railway', 'power', 'nuclear', 'fertiliser', 'fertilizer', 'food', 'drug', 'pharmaceutical'];

/** German town adjectives before an institute ("vom Münchner Ifo-Institut", "des Kieler Instituts"); also of towns the knowledge base leaves out. */
const INSTITUTE_TOWN_ADJECTIVES = [...TOWN_ADJECTIVE_WORDS_DE, 'hallenser', 'essener'];

/** German placings in a race or a contest ("wurde Dritter", "Fünfte wurde ..."). */
const PLACINGS_DE = ['zweiter', 'zweite', 'dritter', 'dritte', 'vierter', 'vierte', 'fünfter', 'fünfte', 'sechster', 'sechste', 'siebter', 'siebte', 'achter', 'achte', 'neunter', 'neunte', 'zehnter', 'zehnte'];

/** Heads of a festival or event (German compounds; English: "festival director", en.role.festival-director). */
const EVENT_DIRECTORS = [
  'festivalleiter', 'festivalleiterin', 'festivaldirektor', 'festivaldirektorin', 'festivalchef', 'festivalchefin', 'intendant', 'intendantin',
  'messechef', 'messechefin', 'turnierdirektor', 'turnierdirektorin', 'renndirektor', 'renndirektorin',
];

/** Positions in a team ("Real Madrid striker X", "Stürmer X von Dinamo Zagreb"). */
const PLAYER = [
  'striker', 'strikers', 'midfielder', 'defender', 'forward', 'goalkeeper', 'keeper', 'winger', 'captain', 'playmaker', 'centre-back', 'center-back', 'driver', 'rider',
  'stürmer', 'mittelfeldspieler', 'verteidiger', 'innenverteidiger', 'abwehrspieler', 'torwart', 'torhüter', 'angreifer', 'flügelspieler', 'kapitän', 'spielmacher',
];
/** What athletes do in a result ("finished fourth", "scored twice"). */
const ATHLETE_VERBS_EN = ['finished', 'scored', 'crashed', 'retired', 'qualified', 'netted', 'clinched', 'equalised', 'equalized', 'saved', 'headed', 'placed', 'crossed'];
/** Roles whose holders play for, sing at or are judged by an organisation, rather than work for it. */
const NOT_STAFF = ['athlete', 'coach', 'singer', 'artist', 'judge', 'politician', 'general', 'commander', 'ambassador', 'envoy'];
/** What follows an organisation that a possessive country does not locate ("Ukraine's NATO bid"). */
const NOT_LOCATED = [
  'bid', 'membership', 'accession', 'partners', 'partner', 'allies', 'ally', 'members', 'member', 'envoy', 'ambassador', 'mission',
  'delegation', 'seat', 'presidency', 'chairmanship', 'summit', 'loan', 'loans', 'aid', 'representative', 'talks', 'deal', 'quota', 'quotas', 'debt', 'sanctions',
];
const PERFORM_EN = ['performed', 'performs', 'perform', 'performing', 'appeared', 'appears', 'sang', 'sings', 'headlined', 'headlines', 'headlining'];
const PERFORM_DE_VERB = ['tritt', 'treten', 'trat', 'traten', 'spielt', 'spielen', 'spielte', 'spielten', 'singt', 'sang'];
const PERFORM_DE_PART = ['aufgetreten', 'auftreten', 'gespielt', 'gesungen', 'auftrat', 'auftraten'];
const ORGANISED_ATTR = [
  'organisierte', 'organisierten', 'organisiertes', 'veranstaltete', 'veranstalteten', 'veranstaltetes', 'ausgerichtete',
  'ausgerichteten', 'ausgerichtetes', 'initiierte', 'initiierten',
];

export const PHRASES: SequenceRule[] = [
  seq(['en.role.person-comma-org-possessive-role', 'en', 'LEADER_OF', 0.8, "Satya Nadella, Microsoft's chief executive, said ..."], 'p', 'o',
    [slot('p', PERSON), punct(','), opt(w('the')), slot('o', ORG), opt(cue('possessive')), gap(1), role(ORG_ROLES, 'r')],
    { bind: 'r', map: ORG_ROLE_RELATION }),
  seq(['en.role.person-comma-country-possessive-role', 'en', 'LEADER_OF', 0.8, "William Ruto, Kenya's president, said ..."], 'p', 'c',
    [slot('p', PERSON), punct(','), slot('c', COUNTRY), opt(cue('possessive')), gap(1), role(STATE_ROLES, 'r')],
    { bind: 'r', map: STATE_ROLE_RELATION }),
  // A counterpart holds the office of the person named with a role before: "President X met his
  // Argentine counterpart Y" makes Y Argentina's leader, "Foreign Minister X ... his Chinese counterpart Y" a minister.
  seq(['any.role.adj-counterpart-person', 'any', 'LEADER_OF', 0.75, 'Der französische Präsident Emmanuel Macron traf seinen polnischen Amtskollegen Andrzej Duda.; Chilean President Gabriel Boric and his Argentine counterpart Javier Milei'], 'p', 'c',
    [role(STATE_ROLES, 'r'), slot('q', PERSON), gap(5, { skip: ['Organization'] }), adj('c', ['Country', 'Region']), w('counterpart', 'counterparts', 'amtskollege', 'amtskollegen', 'amtskollegin', 'amtskolleginnen', 'amtskollegens'), opt(punct(',')), slot('p', PERSON)],
    { bind: 'r', map: STATE_ROLE_RELATION }),
  seq(['any.role.person-comma-adj-role', 'any', 'LEADER_OF', 0.85, 'Emmanuel Macron, der französische Präsident, sagte ...; Ruto, the Kenyan president, said'], 'p', 'c',
    [slot('p', PERSON), punct(','), opt(w('the', 'der', 'die')), adj('c'), role(STATE_ROLES, 'r'), notName(PERSON)],
    { bind: 'r', map: STATE_ROLE_RELATION }),
  seq(['de.located.city-resident-org', 'de', 'LOCATED_IN', 0.8, 'Der in München ansässige Konzern Siemens meldete Gewinne.'], 'o', 'c',
    [w('in', 'im'), slot('c', PLACE), w('ansässige', 'ansässigen', 'beheimatete', 'beheimateten', 'angesiedelte', 'angesiedelten'), gap(2), slot('o', ORG)]),
  seq(['any.met.pair-held-talks', 'any', 'MET_WITH', 0.8, 'Olaf Scholz and Emmanuel Macron held talks in Paris; X und Y führten Gespräche'], 'a', 'a',
    [list('a', PERSON, 2), gap(2), w('held', 'hold', 'holds', 'holding', 'führten', 'führen', 'hatten', 'haben'), gap(2), cue('talks')]),
  seq(['any.works.role-person-of-org', 'any', 'WORKS_FOR', 0.7, 'sagte Analystin Helena Vogt von der Commerzbank; economist Jane Roe of Capital Economics'], 'p', 'o',
    [roleExcept(['other', 'employee', 'journalist'], NOT_STAFF), slot('p', PERSON), w('von', 'vom', 'bei', 'beim', 'of', 'at', 'from'), opt(w('der', 'dem', 'the')), opt(w(...INSTITUTE_TOWN_ADJECTIVES)), slot('o', ORG)]),
  seq(['any.role.role-of-adj-org-person', 'any', 'LEADER_OF', 0.8, 'Der Präsident des spanischen Verbandes RFEF, Tomás Arregui, kündigte an'], 'p', 'o',
    [role(ORG_ROLES, 'r'), cue('of'), adj('x'), gap(1), slot('o', ORG, { bare: true }), punct(','), slot('p', PERSON)],
    { bind: 'r', map: ORG_ROLE_RELATION }),
  seq(['any.member.club-player-person', 'any', 'MEMBER_OF', 0.8, 'Real Madrid striker Kylian Mbappe; Dinamo-Zagreb-Stürmer Bruno Petkovic'], 'p', 'o',
    [slot('o', ORG), opt(cue('possessive')), w(...PLAYER), slot('p', PERSON)]),
  // A team's athlete by a possessive or "of", said by what athletes do: "Ferrari's Charles Leclerc finished fourth",
  // "Max Verstappen of Red Bull finished second" (not "Toyota's Akio Toyoda said").
  seq(['en.member.team-athlete-result', 'en', 'MEMBER_OF', 0.7, "Ferrari's Charles Leclerc finished fourth; Bayern Munich's Harry Kane scored twice."], 'p', 'o',
    [slot('o', ORG), opt(cue('possessive')), slot('p', PERSON), w(...ATHLETE_VERBS_EN)]),
  seq(['en.member.athlete-of-team-result', 'en', 'MEMBER_OF', 0.7, 'Max Verstappen of Red Bull finished second.'], 'p', 'o',
    [slot('p', PERSON), w('of'), slot('o', ORG), opt(punct(',')), w(...ATHLETE_VERBS_EN)]),
  seq(['any.member.player-person-of-club', 'any', 'MEMBER_OF', 0.75, 'Stürmer Bruno Petkovic von Dinamo Zagreb traf zweimal.'], 'p', 'o',
    [w(...PLAYER), slot('p', PERSON), opt(punct('(')), w('von', 'vom', 'bei', 'beim', 'of'), slot('o', ORG)]),
  seq(['any.member.player-of-club-person', 'any', 'MEMBER_OF', 0.75, 'Der Stürmer von Dinamo Zagreb, Bruno Petkovic, traf zweimal.'], 'p', 'o',
    [w(...PLAYER), w('von', 'vom', 'des', 'of', 'for'), slot('o', ORG), opt(punct(',')), slot('p', PERSON)]),
  seq(['any.member.person-comma-player-of-club', 'any', 'MEMBER_OF', 0.75, 'Bruno Petkovic, striker for Dinamo Zagreb, scored twice.'], 'p', 'o',
    [slot('p', PERSON), punct(','), gap(2), w(...PLAYER), w('von', 'vom', 'bei', 'beim', 'des', 'of', 'for', 'at'), slot('o', ORG)]),
  seq(['en.member.plays-for', 'en', 'MEMBER_OF', 0.8, 'Bruno Petkovic, who plays for Dinamo Zagreb, scored twice.'], 'p', 'o',
    [slot('p', PERSON), opt(punct(',')), opt(w('who')), gap(1), w('plays', 'playing', 'rides', 'riding', 'races', 'racing', 'drives', 'driving', 'runs'), w('for'), slot('o', ORG)]),
  seq(['de.member.plays-for', 'de', 'MEMBER_OF', 0.8, 'Petkovic, der für Dinamo Zagreb spielt, traf zweimal.'], 'p', 'o',
    [slot('p', PERSON), punct(','), w('der', 'die'), gap(2), w('für', 'bei', 'beim'), slot('o', ORG), w('spielt', 'stürmt', 'spielen', 'unter')]),
  seq(['any.met.after-meeting-with-person-said', 'any', 'MET_WITH', 0.75, 'Nach einem Treffen mit Olaf Scholz sagte Briskens ...; After talks with Scholz, Macron said'], 'a', 'b',
    [cue('meetingNoun'), cue('with'), opt(gap(1), role(ANY_ROLE)), list('b', PERSON), gap(3, { skip: PLACE }), opt(punct(',')), opt(cue('say')), slot('a', PERSON)]),
  seq(['any.met.person-meeting-with', 'any', 'MET_WITH', 0.75, 'Macron kam in Rom zu einem Treffen mit Meloni zusammen; Scholz held a meeting with Macron'], 'a', 'b',
    [slot('a', PERSON), gap(6, { skip: PLACE }), cue('meetingNoun'), cue('with'), gap(3, { skip: PLACE }), list('b', PERSON)]),
  seq(['en.located.possessive-country-org', 'en', 'LOCATED_IN', 0.65, "Germany's Siemens and Volkswagen reported profits."], 'o', 'c',
    [slot('c', COUNTRY), cue('possessive'), gap(1), list('o', ORG, 1), not(...NOT_LOCATED)]),
  seq(['en.located.possessive-inside-country-org', 'en', 'LOCATED_IN', 0.65, "India's Serum Institute (possessive inside the country mention)"], 'o', 'c',
    [slot('c', COUNTRY, POSSESSIVE_INSIDE), opt(w('biggest', 'largest', 'state-owned', 'state-controlled', 'state-run', 'state', 'top', 'leading', 'national')),
      opt(w(...COMPANY_KINDS_EN), opt(w(...COMPANY_DESCRIPTORS_EN))), list('o', ORG, 1), not(...NOT_LOCATED)]),
  seq(['en.participate.performed-at', 'en', 'PARTICIPATES_IN', 0.75, 'Coldplay performed at the Glastonbury Festival.'], 'a', 'e',
    [list('a', ['Person', 'Organization']), gap(2), w(...PERFORM_EN), w('at', 'during'), gap(2), slot('e', EVENT)]),
  seq(['de.participate.tritt-auf', 'de', 'PARTICIPATES_IN', 0.75, 'Die Band Rammstein tritt beim Festival Wacken Open Air auf.'], 'a', 'e',
    [list('a', ['Person', 'Organization']), w(...PERFORM_DE_VERB), gap(3), w('beim', 'bei', 'auf', 'im', 'am'), gap(3), slot('e', EVENT), gap(4, { skip: 'all' }), w('auf')]),
  seq(['de.participate.aufgetreten', 'de', 'PARTICIPATES_IN', 0.75, 'Rammstein ist beim Wacken Open Air aufgetreten.'], 'a', 'e',
    [list('a', ['Person', 'Organization']), gap(3), w('beim', 'bei', 'auf', 'im'), gap(3), slot('e', EVENT), gap(3, { skip: 'all' }), w(...PERFORM_DE_PART)]),
  seq(['de.organised.attributive', 'de', 'ORGANIZED_BY', 0.8, 'das vom Kulturzentrum Tvornica organisierte Festival Rock Off'], 'e', 'o',
    [w('vom', 'von', 'durch'), gap(2), slot('o', ORG), w(...ORGANISED_ATTR), gap(2), slot('e', EVENT)]),
];

/** Roles with no owner in their phrase; run last (they need to know which persons already have one). */
export const IMPLICIT: ImplicitOwnerRule[] = [
  { kind: 'implicit-owner', id: 'de.role.federal-office', lang: 'de', relation: 'LEADER_OF', confidence: 0.75, owner: 'federal',
    example: 'Bundeskanzler Max Roe reiste nach Paris; Bundesinnenministerin Jana Roe sagte ... (Germany; Austria or Switzerland when the text is about them)',
    map: { minister: 'WORKS_FOR', head_of_government: 'LEADER_OF', head_of_state: 'LEADER_OF' } },
  { kind: 'implicit-owner', id: 'any.role.implicit-country', lang: 'any', relation: 'WORKS_FOR', confidence: 0.6, owner: 'country',
    example: 'CANBERRA, Australia (AP) - Finance Minister Jim Roe said ... (the dateline country, no other country in the sentence)',
    map: { minister: 'WORKS_FOR', head_of_government: 'LEADER_OF', head_of_state: 'LEADER_OF' } },
  { kind: 'implicit-owner', id: 'any.role.implicit-subject-country', lang: 'any', relation: 'WORKS_FOR', confidence: 0.55, owner: 'country',
    subjectCountry: true, example: 'Nigeria has reached a deal with the IMF, Finance Minister Jane Roe said on Tuesday.',
    map: { minister: 'WORKS_FOR' } },
  { kind: 'implicit-owner', id: 'any.role.implicit-subject-org', lang: 'any', relation: 'LEADER_OF', confidence: 0.6, owner: 'org', subjectOrg: true,
    example: 'Nokia will cut up to 14,000 jobs, Chief Executive Pekka Lundmark said on Thursday.',
    map: ORG_ROLE_RELATION },
  { kind: 'implicit-owner', id: 'any.role.implicit-org', lang: 'any', relation: 'LEADER_OF', confidence: 0.6, owner: 'org',
    example: "Die Bank meldete Gewinne. Deren Chef Max Roe sagte ...; the bank's country director Jane Roe said ...",
    map: ORG_ROLE_RELATION,
    byName: { director: 'WORKS_FOR', spokesperson: 'WORKS_FOR', adviser: 'WORKS_FOR', athlete: 'MEMBER_OF' },
    anaphors: ['deren', 'dessen', 'its'],
    orgNouns: [
      'company', 'bank', 'group', 'firm', 'agency', 'organisation', 'organization', 'carmaker', 'automaker', 'lender', 'insurer', 'club',
      'team', 'fund', 'airline', 'operator', 'union', 'federation', 'association', 'broadcaster', 'startup', 'retailer', 'manufacturer',
      'konzern', 'konzerns', 'unternehmens', 'firmen', 'bank', 'verbands', 'vereins', 'klub', 'gewerkschafts', 'agentur',
      'akademie', 'festival', 'museums', 'instituts', 'stiftungs', 'universitäts', 'orchester', 'theater', 'academy', 'institute', 'foundation',
    ] },
  { kind: 'implicit-owner', id: 'any.role.implicit-org-previous-sentence', lang: 'any', relation: 'LEADER_OF', confidence: 0.55, owner: 'org',
    previousSentence: true,
    example: 'Airbus raised its delivery target. Its chief executive Guillaume Faury said ...; Die FIFA vergab die WM. Sein Vorsitzender X lobte ...',
    map: ORG_ROLE_RELATION,
    byName: { director: 'WORKS_FOR', spokesperson: 'WORKS_FOR', adviser: 'WORKS_FOR', athlete: 'MEMBER_OF' },
    anaphors: ['its', 'deren', 'dessen', 'sein', 'seine', 'ihr', 'ihre'] },
  { kind: 'implicit-owner', id: 'any.role.implicit-org-opening-office', lang: 'any', relation: 'LEADER_OF', confidence: 0.5, owner: 'org',
    previousSentence: true, opening: true,
    example: 'Der Konzern hat seinen Sitz in Kiel. Vorstandschef Jens Roe sagte ...; Der Verein spielt in der Virsliga. Trainer Max Roe sagte ...',
    map: {}, byName: { 'chief executive': 'LEADER_OF', coach: 'WORKS_FOR', 'sporting director': 'WORKS_FOR' } },
  { kind: 'implicit-owner', id: 'de.role.implicit-state-premier', lang: 'de', relation: 'LEADER_OF', confidence: 0.6, owner: 'state',
    example: 'Drei Monate nach der Landtagswahl in Sachsen ... teilte Ministerpräsident Michael Kretschmer mit.',
    map: {}, byName: { 'prime minister': 'LEADER_OF' } },
  { kind: 'implicit-owner', id: 'any.role.implicit-dateline-mayor', lang: 'any', relation: 'LEADER_OF', confidence: 0.6, owner: 'city',
    example: 'LEIPZIG, 21. März (KNA) - ... Oberbürgermeister Burkhard Jung sagte, der Preis sei wichtig.',
    map: {}, byName: { mayor: 'LEADER_OF' } },
  { kind: 'implicit-owner', id: 'any.interview.told-the-agency', lang: 'any', relation: 'INTERVIEWED_BY', confidence: 0.7, owner: 'agency',
    example: 'BERLIN (dpa) - ... "Wir sind bereit", sagte Max Roe der Nachrichtenagentur. / Jane Roe told the news agency ...',
    map: {}, tell: ['told', 'sagte', 'sagt', 'erklärte', 'betonte', 'bestätigte'],
    agencyNouns: ['agency', 'nachrichtenagentur', 'agentur'] },
];

const PAIR_DE = [opt(w('die')), w('beiden', 'beide'), w('länder', 'staaten', 'nachbarländer', 'nachbarstaaten', 'regierungen')];
const PAIR_EN = [opt(w('the')), w('both', 'two'), w('countries', 'nations', 'neighbours', 'neighbors', 'governments')];
const AGREED_DE = ['vereinbarten', 'beschlossen', 'vertieften', 'vertiefen', 'vereinbaren', 'bekräftigten', 'intensivierten'];
const AGREED_EN = ['agreed', 'pledged', 'vowed'];

/** "die beiden Länder" / "both countries" agreeing on something: the pair named in the sentence before. */
export const PAIR_ANAPHORS: PairAnaphorRule[] = [
  { kind: 'pair-anaphor', id: 'de.partner.both-countries-signed', lang: 'de', relation: 'PARTNER_OF', confidence: 0.65, types: COUNTRY, reach: 2,
    example: 'Vietnam und Indonesien verhandelten in Hanoi. Die beiden Länder unterzeichneten ein Abkommen über Fischerei.',
    pattern: [...PAIR_DE, gap(2), cue('sign'), gap(4), cue('agreement')] },
  { kind: 'pair-anaphor', id: 'de.partner.both-countries-agreed-cooperation', lang: 'de', relation: 'PARTNER_OF', confidence: 0.65, types: COUNTRY, reach: 2,
    example: 'Polen und Litauen berieten in Warschau. Beide Länder vereinbarten eine engere Zusammenarbeit.',
    pattern: [...PAIR_DE, gap(2), w(...AGREED_DE), gap(3), cue('relationNoun')] },
  { kind: 'pair-anaphor', id: 'en.partner.both-countries-signed', lang: 'en', relation: 'PARTNER_OF', confidence: 0.65, types: COUNTRY, reach: 2,
    example: 'Officials from Chile and Peru met in Lima. Both countries signed an agreement on water rights.',
    pattern: [...PAIR_EN, gap(2), cue('sign'), gap(4), cue('agreement')] },
  { kind: 'pair-anaphor', id: 'en.partner.both-countries-agreed-cooperation', lang: 'en', relation: 'PARTNER_OF', confidence: 0.65, types: COUNTRY, reach: 2,
    example: 'Ghana and Togo held talks in Accra. The two countries agreed to deepen cooperation on security.',
    pattern: [...PAIR_EN, gap(2), w(...AGREED_EN), gap(4), cue('relationNoun')] },
  // Joining the one organisation named just before: "BRICS was founded in 2009. South Africa joined a year later."
  { kind: 'pair-anaphor', id: 'en.member.joined-previous-org', lang: 'en', relation: 'MEMBER_OF', confidence: 0.6, types: ORG, reach: 2, source: 'a',
    example: 'BRICS was founded by Brazil, Russia, India and China in 2009. South Africa joined a year later.',
    pattern: [list('a', COUNTRY), opt(w('also', 'then', 'later')), w('joined'), not('the', 'an', 'talks', 'forces', 'efforts', 'calls', 'negotiations', 'them', 'him', 'her', 'us', 'it', 'hands', 'protests', 'sanctions', 'in')] },
  { kind: 'pair-anaphor', id: 'en.member.became-members-previous-org', lang: 'en', relation: 'MEMBER_OF', confidence: 0.6, types: ORG, reach: 2, source: 'a',
    example: 'BRICS was founded in 2009. Egypt, Ethiopia, Iran and the United Arab Emirates became members in 2024.',
    pattern: [list('a', COUNTRY), opt(w('also', 'then', 'later')), w('became', 'become', 'becomes'), opt(w('full', 'new')), w('members', 'member')] },
  { kind: 'pair-anaphor', id: 'de.member.became-members-previous-org', lang: 'de', relation: 'MEMBER_OF', confidence: 0.6, types: ORG, reach: 2, source: 'a',
    example: 'BRICS wurde 2009 gegründet. Ägypten, Äthiopien und Iran wurden 2024 Mitglieder.',
    pattern: [list('a', COUNTRY), w('wurden', 'wurde', 'sind', 'ist'), gap(3), w('mitglieder', 'mitglied', 'vollmitglieder', 'vollmitglied', 'neue', 'neues'), opt(w('mitglieder', 'mitglied'))] },
  { kind: 'pair-anaphor', id: 'de.member.joined-previous-org', lang: 'de', relation: 'MEMBER_OF', confidence: 0.6, types: ORG, reach: 2, source: 'a',
    example: 'BRICS wurde 2009 gegründet. Südafrika trat ein Jahr später bei.',
    pattern: [list('a', COUNTRY), w('trat', 'traten', 'tritt', 'treten'), gap(4), w('bei')] },
  // A placing in the one event named just before: "... won the Berlin Marathon. Worku finished second."
  { kind: 'pair-anaphor', id: 'en.participate.finished-place-previous-event', lang: 'en', relation: 'PARTICIPATES_IN', confidence: 0.6, types: EVENT, reach: 2, source: 'a', anywhere: true, topic: true,
    example: 'Amos Kiprono won the Berlin Marathon on Sunday. Tadese Worku finished second, ahead of Jacob Kiplimo.',
    pattern: [list('a', PERSON), w('finished', 'finishing', 'came', 'placed', 'ended'), opt(w('in')), w('second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'runner-up', 'last')] },
  { kind: 'pair-anaphor', id: 'de.participate.place-previous-event', lang: 'de', relation: 'PARTICIPATES_IN', confidence: 0.6, types: EVENT, reach: 2, source: 'a', anywhere: true, topic: true,
    example: 'Amos Kiprono gewann den Berlin-Marathon. Tadese Worku wurde Zweiter.',
    pattern: [list('a', PERSON), w('wurde', 'landete', 'belegte', 'kam'), gap(2), w(...PLACINGS_DE, 'platz', 'rang')] },
  // Inverted: "Dritter wurde der Österreicher Maximilian Hofer."
  { kind: 'pair-anaphor', id: 'de.participate.place-inverted-event', lang: 'de', relation: 'PARTICIPATES_IN', confidence: 0.6, types: EVENT, reach: 2, source: 'a', anywhere: true, topic: true,
    example: 'Amos Kiprono gewann den Berlin-Marathon. Dritter wurde der Äthiopier Tadese Worku.',
    pattern: [w(...PLACINGS_DE), w('wurde'), opt(w('der', 'die')), opt(slot('n', COUNTRY, { form: 'any' })), list('a', PERSON)] },
  // A rival in a contest takes part in it: the one event the sentence names (anywhere), else the one
  // named just before. Only a person or a team right after the cue (a nationality, a possessive or
  // one descriptive word may stand between): "ahead of talks with Putin" is no rival.
  { kind: 'pair-anaphor', id: 'en.participate.rival-in-event', lang: 'en', relation: 'PARTICIPATES_IN', confidence: 0.6, types: EVENT, reach: 2, source: 'a', anywhere: true,
    example: 'Arjun Menon won gold at the Chess Olympiad after beating Uzbekistan\'s Nodir Rashidov; Kiprop finished ahead of Ethiopia\'s Haile Bekele.',
    pattern: [w(...RIVAL_CUES_EN), opt(w('of')), opt(slot('n', COUNTRY, { form: 'any' })), opt(w(...RIVAL_DESCRIPTORS_EN)), list('a', ['Person', 'Organization'])] },
  // German: "besiegte im Wimbledon-Finale den Italiener Jannik Sinner".
  { kind: 'pair-anaphor', id: 'de.participate.beaten-rival-in-event', lang: 'de', relation: 'PARTICIPATES_IN', confidence: 0.6, types: EVENT, reach: 2, source: 'a', anywhere: true,
    example: 'Alcaraz besiegte im Wimbledon-Finale den Italiener Jannik Sinner.',
    pattern: [w('besiegte', 'besiegten', 'schlug', 'schlugen', 'bezwang', 'bezwangen', 'entthronte'), gap(4, { skip: ['Event', 'City'] }), w('den', 'die'), opt(slot('n', COUNTRY, { form: 'any' })), list('a', ['Person', 'Organization', 'Country'])] },
  { kind: 'pair-anaphor', id: 'any.participate.final-against', lang: 'any', relation: 'PARTICIPATES_IN', confidence: 0.6, types: EVENT, reach: 2, source: 'a', anywhere: true,
    example: 'Dänemark siegte im Finale gegen Kroatien; Spain won the final against England.',
    pattern: [w(...FINALS), w('gegen', 'against', 'over'), opt(slot('n', COUNTRY, { form: 'adj' })), opt(w(...RIVAL_DESCRIPTORS_EN, 'den', 'die', 'das', 'the')), list('a', [...ACTOR, 'Region'])] },
  { kind: 'pair-anaphor', id: 'en.participate.defended-title-event', lang: 'en', relation: 'PARTICIPATES_IN', confidence: 0.6, types: EVENT, reach: 2, source: 'a', anywhere: true,
    example: 'In the women\'s race, Tigist Alemu defended her title.',
    pattern: [list('a', ['Person', 'Organization']), w('defended', 'retained'), w('her', 'his', 'their', 'its'), w('title', 'crown')] },
  // The organiser or the venue of the final, said of the one event named in the sentence or just before.
  { kind: 'pair-anaphor', id: 'any.organised.organiser-was-event', lang: 'any', relation: 'ORGANIZED_BY', confidence: 0.65, types: EVENT, reach: 2, source: 'o', anywhere: true, topic: true, reverse: true,
    example: 'Die WM endete am Sonntag. Veranstalter war die Internationale Handballföderation (IHF).',
    pattern: [w('veranstalter', 'ausrichter', 'organisator', 'organiser', 'organizer', 'organisers', 'organizers'), cue('be'), opt(w('die', 'der', 'das', 'the')), slot('o', ORG)] },
  { kind: 'pair-anaphor', id: 'any.held.final-in-town', lang: 'any', relation: 'HELD_IN', confidence: 0.6, types: EVENT, reach: 2, source: 'p', anywhere: true, topic: true, reverse: true,
    example: 'Im Finale in Oslo besiegte Dänemark Kroatien; reach the Champions League final at Wembley Stadium in London.',
    pattern: [w(...FINALS), opt(w('at', 'im'), slot('v', ['Location'])), w('in'), slot('p', ['City'])] },
  // The head of the one event a text names: "Festivalleiterin Sabine Hartwig", "Intendant Michael Maul", "festival director X".
  { kind: 'pair-anaphor', id: 'any.role.event-director', lang: 'any', relation: 'LEADER_OF', confidence: 0.6, types: EVENT, reach: 2, source: 'p', anywhere: true, topic: true,
    example: 'Die Berlinale endete am Sonntag. Festivalleiterin Sabine Hartwig zog eine positive Bilanz.',
    pattern: [w(...EVENT_DIRECTORS), slot('p', PERSON)] },
  { kind: 'pair-anaphor', id: 'en.role.festival-director', lang: 'en', relation: 'LEADER_OF', confidence: 0.6, types: EVENT, reach: 2, source: 'p', anywhere: true, topic: true,
    example: 'The Berlinale ended on Sunday. Festival director Sabine Hartwig was pleased.',
    pattern: [w('festival', 'tournament', 'race', 'fair'), w('director', 'chief', 'boss', 'organiser', 'organizer'), slot('p', PERSON)] },
  // Membership of the pair: each of the two is a member of every organisation listed.
  { kind: 'pair-anaphor', id: 'de.member.both-countries-members', lang: 'de', relation: 'MEMBER_OF', confidence: 0.7, types: COUNTRY, reach: 2, target: 'x',
    example: 'Polen und Litauen berieten in Warschau. Beide Länder sind Mitglieder der Nato und der Europäischen Union.',
    pattern: [...PAIR_DE, cue('be'), gap(3), cue('member'), opt(cue('of')), list('x', ORG)] },
  { kind: 'pair-anaphor', id: 'de.member.both-countries-belong', lang: 'de', relation: 'MEMBER_OF', confidence: 0.7, types: COUNTRY, reach: 2, target: 'x',
    example: 'Estland und Lettland grenzen an Russland. Die beiden Staaten gehören seit 2004 der Nato an.',
    pattern: [...PAIR_DE, cue('belongsVerb'), gap(3), list('x', ORG), gap(3), w('an')] },
  { kind: 'pair-anaphor', id: 'en.member.both-countries-members', lang: 'en', relation: 'MEMBER_OF', confidence: 0.7, types: COUNTRY, reach: 2, target: 'x',
    example: 'Ghana and Togo held talks in Accra. Both countries are members of ECOWAS and the African Union.',
    pattern: [...PAIR_EN, cue('be'), gap(3), cue('member'), w('of'), list('x', ORG)] },
  { kind: 'pair-anaphor', id: 'en.member.both-countries-belong', lang: 'en', relation: 'MEMBER_OF', confidence: 0.7, types: COUNTRY, reach: 2, target: 'x',
    example: 'Chile and Argentina signed a lithium pact. Both countries belong to the Organization of American States.',
    pattern: [...PAIR_EN, opt(w('also', 'already')), cue('belongsVerb'), w('to'), list('x', ORG)] },
];
