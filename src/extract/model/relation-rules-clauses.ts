// Relation rules as data, sixth part: relations stated in subordinate clauses and appointments. German
// relative and "dass"/"weil" clauses put the verb last ("der Rheinchem seit 2016 führt", "weil er seit
// Januar Präsident des Städtetags ist", "der in Frankfurt sitzt"); their subject is a relative pronoun
// or pronoun that coreference made a mention (../mentions/clause-coref.ts, coref.ts). Appointments
// and elections name the office after the person ("appointed X as chief executive", "ist zur
// Oberbürgermeisterin von Freiburg gewählt worden", "ernannte X zum Vorstandschef").
// Same record shape and conventions as relation-rules.ts, which exports them all.

import type { EntityType, RelationType } from '../../types.js';
import type { RoleCategory } from '../pipeline-types.js';
import type { SequenceRule } from '../relations/pattern-types.js';
import { COUNTRY, ORG, PERSON, PLACE, STATE, adj, cue, gap, list, not, opt, punct, role, seq, slot, w } from '../relations/rule-builders.js';

const ROLE_RELATION: Partial<Record<RoleCategory, RelationType>> = {
  head_of_state: 'LEADER_OF', head_of_government: 'LEADER_OF', leader: 'LEADER_OF', chair: 'CHAIRS',
  minister: 'WORKS_FOR', employee: 'WORKS_FOR', journalist: 'WORKS_FOR',
};
const RELATED_ROLES: readonly RoleCategory[] = ['head_of_state', 'head_of_government', 'leader', 'chair', 'minister', 'employee', 'journalist'];
const byRole = { bind: 'r', map: ROLE_RELATION };
/** What an office may belong to: states and organisations, and towns and regions for mayors and governors. */
const OFFICE: readonly ('Country' | 'Organization' | 'City' | 'Region')[] = ['Country', 'Organization', 'City', 'Region'];
const LED_DE = ['führt', 'führte', 'leitet', 'leitete', 'anführt', 'anführte', 'geführt', 'geleitet', 'regiert', 'regierte'];
const SITS_DE = ['sitzt', 'saß', 'ansässig', 'beheimatet'];
const ELECTED_DE = ['gewählt', 'ernannt', 'bestimmt', 'berufen', 'vereidigt', 'bestellt'];
const APPOINTS_DE = ['ernannte', 'ernennt', 'berief', 'beruft', 'wählte', 'wählt', 'bestellte', 'bestellt', 'machte'];
const APPOINTS_EN = ['appointed', 'appoints', 'named', 'names', 'picked', 'picks', 'chose', 'chosen', 'elected', 'elects', 'hired', 'hires', 'promoted'];
/** A future or planned trip after "reisen": "nach Y reisen werde" is no visit yet. */
const FUTURE_DE = ['werde', 'werden', 'wird', 'würde', 'würden', 'wolle', 'wollen', 'will', 'soll', 'sollen', 'möchte', 'könnte'];
/** Subordinating words of German clauses with the verb last. */
const SUBORDINATORS_DE = ['wo', 'als', 'nachdem', 'dass', 'weil', 'bevor', 'während', 'wenn'];
/** A German meeting verb at the end of its clause. */
const MET_FINAL_DE = ['traf', 'trifft', 'trafen', 'getroffen', 'empfing', 'empfangen', 'zusammentraf', 'zusammenkam', 'sprach', 'gesprochen'];
/** Words between "is" and an office holder's country or organisation: "who is also Kenya's president". */
const STILL = ['also', 'now', 'still', 'currently', 'already'];
const MODS_EN = ['new', 'outgoing', 'acting', 'interim', 'current', 'long-time', 'longtime', 'long-serving', 'first'];
const STATE_ROLES: readonly RoleCategory[] = ['head_of_state', 'head_of_government', 'minister'];
const byStateRole = { bind: 'r', map: { head_of_state: 'LEADER_OF', head_of_government: 'LEADER_OF', minister: 'WORKS_FOR' } as Partial<Record<RoleCategory, RelationType>> };
const PLACE_OR_ORG: readonly EntityType[] = [...PLACE, 'Organization'];
/** Wishes and plans after a clause's last verb: "Präsident werden will" states no office. */
const WISHES = ['will', 'wollte', 'möchte', 'soll', 'sollte', 'könnte', 'würde', 'dürfte', 'müsste'];
/** What a company is called before its name: "Dutch chipmaker ASML", "des Chemiekonzerns Rheinchem". */
const DESCRIBED = [
  'maker', 'chipmaker', 'carmaker', 'automaker', 'drugmaker', 'steelmaker', 'company', 'firm', 'group', 'bank', 'lender', 'miner', 'insurer',
  'airline', 'carrier', 'retailer', 'producer', 'manufacturer', 'giant', 'operator', 'trader', 'conglomerate', 'startup', 'supplier', 'broadcaster',
  'developer', 'konzerns', '*konzerns', 'unternehmens', '*unternehmens', '*herstellers', '*bank', 'firma', '*firma', '*versorgers', '*gruppe',
];
const ANNOUNCED_DE = ['mitteilte', 'bekanntgab', 'erklärte', 'bestätigte', 'mitteilt', 'bekannt gab'];
const NEW = ['neuen', 'neue', 'neuer', 'new', 'its', 'the', 'as'];

export const CLAUSES: SequenceRule[] = [
  // ---- German clauses with the verb last: relative pronouns and "dass"/"weil" subjects are mentions ----
  seq(['de.role.clause-final-is-office', 'de', 'LEADER_OF', 0.8, '..., der seit 2019 Präsident von Kasachstan ist; weil er seit Januar Präsident des Städtetags ist'], 'p', 'c',
    [slot('p', PERSON), gap(4), role(RELATED_ROLES, 'r'), opt(cue('roleOf')), slot('c', OFFICE, { whole: true }), gap(2), cue('be'), not(...WISHES)], byRole),
  seq(['de.role.clause-final-leads', 'de', 'LEADER_OF', 0.8, 'Der 63-Jährige, der Rheinchem seit 2016 führt, ...'], 'p', 'o',
    [slot('p', PERSON), gap(4), slot('o', STATE), opt(w('seit', 'bereits', 'schon')), gap(2), w(...LED_DE)]),
  seq(['de.role.clause-final-governs-town', 'de', 'LEADER_OF', 0.75, 'Ihr Vorgänger, der die Stadt seit 2018 regiert hatte, ...'], 'p', 'o',
    [slot('p', PERSON), gap(3), slot('o', ['City', 'Region']), w('seit'), gap(1), w(...LED_DE)]),
  seq(['de.located.clause-final-sits-in', 'de', 'LOCATED_IN', 0.8, 'Der Verband, der in Frankfurt am Main sitzt, ...; die Firma, die in Hamburg ansässig ist'], 'o', 'c',
    [slot('o', ORG), gap(3), cue('in'), slot('c', PLACE), w(...SITS_DE)]),
  seq(['de.located.sits-in', 'de', 'LOCATED_IN', 0.8, 'Das Unternehmen sitzt in Essen; die Firma saß bis 2010 in Bonn'], 'o', 'c',
    [slot('o', ORG), w('sitzt', 'saß'), gap(3), cue('in'), slot('c', PLACE)]),

  seq(['de.member.clause-final-person', 'de', 'MEMBER_OF', 0.8, '..., der seit 2019 Mitglied der SPD ist; weil sie Mitglied des Bundestags ist'], 'a', 'x',
    [slot('a', PERSON), gap(6), cue('member'), opt(cue('of')), list('x', ORG), cue('be'), not(...WISHES)]),
  seq(['de.met.clause-final', 'de', 'MET_WITH', 0.75, '..., wo er am Montag Präsident Emmanuel Roe traf; nachdem sie sich mit Max Roe getroffen hatte'], 'a', 'b',
    [w(...SUBORDINATORS_DE), slot('a', PERSON), opt(w('sich')), opt(w('mit')), gap(3, { skip: PLACE }), list('b', PERSON), gap(4, { skip: PLACE }), w(...MET_FINAL_DE)]),
  seq(['de.met.relative-clause-final', 'de', 'MET_WITH', 0.75, 'Scholz, der sich am Montag mit Emmanuel Roe traf, sagte ...'], 'a', 'b',
    [punct(','), slot('a', PERSON, { via: ['coref'] }), opt(w('sich')), opt(w('mit')), gap(3, { skip: PLACE }), list('b', PERSON), gap(4, { skip: PLACE }), w(...MET_FINAL_DE)]),

  // ---- English predicates whose subject may be "who" ----
  seq(['en.role.person-is-country-possessive-role', 'en', 'LEADER_OF', 0.8, "Jane Roe, who is Kenya's president, said; Tokayev is Kazakhstan's president"], 'p', 'c',
    [slot('p', PERSON), cue('be'), opt(w(...STILL)), slot('c', COUNTRY), opt(cue('possessive')), opt(w(...MODS_EN)), role(STATE_ROLES, 'r')], byStateRole),
  seq(['en.role.person-is-org-possessive-role', 'en', 'LEADER_OF', 0.8, "Jane Roe, who is Siemens' chief executive, said"], 'p', 'o',
    [slot('p', PERSON), cue('be'), opt(w(...STILL)), slot('o', ORG), opt(cue('possessive')), opt(w(...MODS_EN)), role(RELATED_ROLES, 'r')], byRole),
  seq(['en.met.comma-meeting', 'en', 'MET_WITH', 0.7, 'Jane Roe visited Kyiv on Monday, meeting President Volodymyr Roe.'], 'a', 'b',
    [slot('a', PERSON), gap(8, { skip: PLACE }), punct(','), w('meeting'), opt(w('with')), gap(4, { skip: PLACE_OR_ORG }), list('b', PERSON)]),

  // ---- elections and appointments ----
  seq(['de.role.elected-perfect', 'de', 'LEADER_OF', 0.85, 'Anna Roe ist zur neuen Oberbürgermeisterin von Freiburg gewählt worden.'], 'p', 'c',
    [slot('p', PERSON), w('ist', 'war', 'sind'), gap(3), w('zum', 'zur'), opt(w(...NEW)), role(RELATED_ROLES, 'r'), opt(cue('of')), slot('c', OFFICE, { whole: true }), gap(2), w(...ELECTED_DE), w('worden')], byRole),
  seq(['de.role.elected-to-acronym', 'de', 'LEADER_OF', 0.8, 'Anna Roe wurde zur Präsidentin des Verbands der Chemischen Industrie (VCI) gewählt.'], 'p', 'c',
    [slot('p', PERSON), cue('passive'), gap(3), w('zum', 'zur'), opt(w(...NEW)), role(RELATED_ROLES, 'r'), cue('of'), gap(5), punct('('), slot('c', ORG), punct(')'), gap(2), w(...ELECTED_DE)], byRole),
  seq(['de.role.org-appoints', 'de', 'LEADER_OF', 0.8, 'Siemens ernannte Max Roe zum Vorstandschef; der Verband wählte Anna Roe zur Präsidentin'], 'p', 'o',
    [slot('o', ORG), w(...APPOINTS_DE), gap(3), slot('p', PERSON), w('zum', 'zur'), opt(w(...NEW)), role(RELATED_ROLES, 'r')], byRole),
  seq(['de.role.appointed-org-said', 'de', 'LEADER_OF', 0.75, 'Der Aufsichtsrat berief Anna Roe zur Vorstandsvorsitzenden, wie das Unternehmen mitteilte.'], 'p', 'o',
    [w(...APPOINTS_DE), gap(3), slot('p', PERSON), w('zum', 'zur'), opt(w(...NEW)), role(RELATED_ROLES, 'r'), opt(punct(',')), w('wie'), slot('o', ORG), w(...ANNOUNCED_DE)], byRole),
  seq(['any.role.role-of-place-person', 'any', 'LEADER_OF', 0.8, 'Die Bürgermeisterin der Partnerstadt Besançon, Claire Roe, kam; the mayor of the port city of Gdansk, Jan Roe, said'], 'p', 'c',
    [role(RELATED_ROLES, 'r'), w('der', 'des', 'von', 'vom', 'of'), opt(w('the')), gap(2), slot('c', OFFICE, { whole: true }), punct(','), slot('p', PERSON)], byRole),
  seq(['en.role.org-appointed-as', 'en', 'LEADER_OF', 0.8, 'Kaya Platinum said on Tuesday it had appointed Jane Roe as chief executive.'], 'p', 'o',
    [slot('o', ORG), gap(5), w(...APPOINTS_EN), slot('p', PERSON), opt(punct(',')), opt(w('as')), opt(w(...NEW)), opt(w('new')), role(RELATED_ROLES, 'r')], byRole),
  seq(['de.role.elected-by-org', 'de', 'LEADER_OF', 0.8, 'Anna Roe wurde vom Verband zur Präsidentin gewählt; Max Roe wurde von Siemens zum Vorstandschef berufen'], 'p', 'o',
    [slot('p', PERSON), cue('passive'), gap(3), w('von', 'vom'), slot('o', ORG), gap(2), w('zum', 'zur'), opt(w(...NEW)), role(RELATED_ROLES, 'r'), gap(2), w(...ELECTED_DE)], byRole),
  seq(['de.role.takes-over-leadership', 'de', 'LEADER_OF', 0.8, 'Anna Roe übernimmt im Juli die Leitung der Commerzbank; Max Roe steht seit 2019 an der Spitze von Siemens'], 'p', 'o',
    [slot('p', PERSON), w('übernimmt', 'übernahm', 'steht', 'stand'), gap(3), opt(w('an')), w('die', 'der'), w('leitung', 'führung', 'spitze'), opt(cue('of')), slot('o', OFFICE, { whole: true })]),
  seq(['en.role.took-over-as', 'en', 'LEADER_OF', 0.8, 'Jane Roe took over as chief executive of Siemens in May; Jane Roe will take over as president of the bank'], 'p', 'o',
    [slot('p', PERSON), opt(w('will', 'has', 'had')), w('took', 'takes', 'take', 'taken'), w('over'), w('as'), opt(w(...NEW)), role(RELATED_ROLES, 'r'), w('of', 'at'), slot('o', OFFICE, { whole: true })], byRole),
  seq(['en.role.at-the-helm', 'en', 'LEADER_OF', 0.8, 'Jane Roe, who has been at the helm of Siemens since 2019, said'], 'p', 'o',
    [slot('p', PERSON), opt(cue('has')), cue('be'), opt(w(...STILL)), w('at'), w('the'), w('helm', 'head'), w('of'), slot('o', STATE, { whole: true })]),

  // ---- an apposition naming the office and the organisation with its description ----
  seq(['any.role.person-comma-role-of-described-org', 'any', 'LEADER_OF', 0.8, 'Peter Roe, chief executive of Dutch chipmaker ASML, visited Japan; Anna Roe, Chefin des Chemiekonzerns Rheinchem, sagte'], 'p', 'o',
    [slot('p', PERSON), punct(','), gap(2), role(RELATED_ROLES, 'r'), cue('roleOf'), opt(adj('x')), w(...DESCRIBED), slot('o', ORG)], byRole),

  // ---- who else went: "mit X nach Y gereist", "travelled to Y with X"; "kam nach Y" ----
  seq(['de.visit.travelled-with', 'de', 'VISITED', 0.75, 'Scholz, der mit Anna Roe nach Seoul gereist war; Scholz reiste mit Anna Roe nach Seoul'], 'p', 'x',
    [w('mit'), slot('p', PERSON), gap(2), w('nach'), slot('x', PLACE), gap(1), cue('travelled'), not(...FUTURE_DE)]),
  seq(['de.visit.travel-with-verb-second', 'de', 'VISITED', 0.75, 'Scholz reiste mit Anna Roe nach Seoul.'], 'p', 'x',
    [cue('travel'), gap(3), w('mit'), slot('p', PERSON), gap(2), w('nach'), slot('x', PLACE), not('zurück')]),
  seq(['en.visit.travelled-with', 'en', 'VISITED', 0.75, 'Scholz travelled to Seoul on Monday with Jane Roe.'], 'p', 'x',
    [cue('travel'), cue('toPlace'), slot('x', PLACE), gap(3), w('with'), slot('p', PERSON)]),
  seq(['de.visit.came-to', 'de', 'VISITED', 0.75, 'Claire Roe kam am Montag nach Freiburg; die Bürgermeisterin von Y, Claire Roe, kam nach Freiburg.'], 'a', 'x',
    [slot('a', PERSON), opt(punct(',')), w('kam', 'kommt'), gap(3), w('nach'), slot('x', PLACE), not('zurück')]),
  seq(['de.visit.came-to-verb-second', 'de', 'VISITED', 0.75, 'Am Montag kam Claire Roe nach Freiburg.'], 'a', 'x',
    [w('kam', 'kommt'), slot('a', PERSON), gap(3), w('nach'), slot('x', PLACE), not('zurück')]),
];
