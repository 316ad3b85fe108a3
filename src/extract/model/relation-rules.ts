// The relation rules as data: each a typed record with an id, language, relation type, confidence,
// a one-line example and a pattern over one sentence (see ../relations/pattern-types.ts). Explicit
// patterns 0.85-0.95, looser ones 0.6-0.75. No rule names a particular article or entity.
// This file: roles, membership, partnership, trade, interviews; relation-rules-events.ts the rest.

import type { EntityType, RelationType } from '../../types.js';
import type { RoleCategory } from '../pipeline-types.js';
import type { RelationRule, SequenceRule } from '../relations/pattern-types.js';
import {
  ACTOR, COUNTRY, ORG, PERSON, PLACE, STATE,
  adj, cue, gap, list, not, notName, opt, punct, role, seq, slot, w,
} from '../relations/rule-builders.js';
import { MEETINGS, NESTED, PARTICIPATION, PLACES, SUPPORT_AND_CHAIR } from './relation-rules-events.js';
import { IMPLICIT, PAIR_ANAPHORS, PHRASES } from './relation-rules-phrases.js';
import { RECALL } from './relation-rules-recall.js';
import { NEWS } from './relation-rules-news.js';
import { CLAUSES } from './relation-rules-clauses.js';

/** What a role in an apposition says about the person and the country/organisation. */
const ROLE_RELATION: Partial<Record<RoleCategory, RelationType>> = {
  head_of_state: 'LEADER_OF',
  head_of_government: 'LEADER_OF',
  leader: 'LEADER_OF',
  chair: 'CHAIRS',
  minister: 'WORKS_FOR',
  employee: 'WORKS_FOR',
  journalist: 'WORKS_FOR',
};
/** What an elected office may belong to: states and organisations, towns and regions ("zum Bürgermeister von Kiew"). */
const OFFICE: readonly EntityType[] = ['Country', 'Organization', 'City', 'Region'];
const RELATED_ROLES: readonly RoleCategory[] = ['head_of_state', 'head_of_government', 'leader', 'chair', 'minister', 'employee', 'journalist'];
const byRole = { bind: 'r', map: ROLE_RELATION };
/**
 * A country adjective or name right before a role says less: "der russische Journalist X" and
 * "Russia's opposition leader X" work for / lead no state. Only offices of the state count.
 */
const STATE_ROLE_RELATION: Partial<Record<RoleCategory, RelationType>> = {
  head_of_state: 'LEADER_OF',
  head_of_government: 'LEADER_OF',
  minister: 'WORKS_FOR',
};
const STATE_ROLES: readonly RoleCategory[] = ['head_of_state', 'head_of_government', 'minister'];
const byStateRole = { bind: 'r', map: STATE_ROLE_RELATION };
const CITIZEN_ROLES: readonly RoleCategory[] = ['other', 'journalist', 'employee', 'member', 'leader', 'chair'];

/** Words for a state's envoys. */
const ENVOY_WORDS = ['ambassador', 'envoy', 'negotiator', 'representative', 'botschafter', 'botschafterin', 'gesandter', 'gesandte', 'chefunterhändler', 'chefunterhändlerin', 'unterhändler', 'unterhändlerin'];

/** Verbs of saying before a role phrase: a "der" after the name is the dative of the one spoken to. */
const SAYING_DE = ['sagte', 'sagt', 'sagten', 'erklärte', 'betonte', 'schrieb', 'warnte', 'kritisierte', 'meinte', 'bestätigte', 'ergänzte', 'fügte'];

/** "former" before an office: the office is past, the nationality is not. */
const FORMER_WORDS = ['former', 'frühere', 'früherer', 'früheren', 'ehemalige', 'ehemaliger', 'ehemaligen', 'einstige', 'einstiger', 'einstigen'];

const ROLES: SequenceRule[] = [
  seq(['any.role.adj-role-person', 'any', 'LEADER_OF', 0.9, 'Der belarussische Präsident Alexander Lukaschenko sagte ...'], 'p', 'c',
    [adj('c'), role(STATE_ROLES, 'r'), opt(cue('title')), slot('p', PERSON)], byStateRole),
  // "leader" after a nationality is the country's leader ("Argentine leader Javier Milei"), not a party's or a group's.
  seq(['en.role.adj-leader-person', 'en', 'LEADER_OF', 0.8, 'Argentine leader Javier Milei stayed in Buenos Aires.'], 'p', 'c',
    [adj('c'), w('leader'), slot('p', PERSON)]),
  seq(['en.role.country-leader-person', 'en', 'LEADER_OF', 0.8, "Burkina Faso's military leader, Captain Ibrahim Traore, handed over the prize."], 'p', 'c',
    [slot('c', COUNTRY), opt(cue('possessive')), opt(w('military', 'interim', 'transitional', 'junta')), w('leader'), opt(punct(',')), opt(cue('title')), slot('p', PERSON)]),
  seq(['any.role.org-role-person', 'any', 'LEADER_OF', 0.85, 'Gazprom-Chef Alexej Miller; New Development Bank President Dilma Rousseff'], 'p', 'c',
    [slot('c', ORG), opt(cue('possessive')), role(RELATED_ROLES, 'r'), opt(cue('title')), slot('p', PERSON)], byRole),
  // A country's envoys work for it: "Britain's chief negotiator, Oliver Pendleton"; "Norway's ambassador to the United Nations, X";
  // "X, Palau's ambassador to the United Nations". Only the country's name (a possessive), not an adjective ("a Slovak diplomat").
  seq(['any.works.country-envoy-person', 'any', 'WORKS_FOR', 0.8, "Britain's chief negotiator, Oliver Pendleton, backed her; Norway's ambassador to the United Nations, Merete Brattested, said; Deutschlands Botschafter in Kenia, Max Roe"], 'p', 'c',
    [slot('c', COUNTRY), opt(cue('possessive')), opt(w('chief', 'lead', 'top', 'special')), w(...ENVOY_WORDS), opt(w('to', 'in', 'bei', 'at'), gap(4, { skip: ['Organization', 'Country', 'City'] })), opt(punct(',')), slot('p', PERSON)]),
  seq(['any.works.person-country-envoy', 'any', 'WORKS_FOR', 0.8, "Marina Ngirmang, Palau's ambassador to the United Nations, said"], 'p', 'c',
    [slot('p', PERSON), punct(','), slot('c', COUNTRY), opt(cue('possessive')), opt(w('chief', 'lead', 'top', 'special')), w(...ENVOY_WORDS)]),
  seq(['any.role.country-role-person', 'any', 'LEADER_OF', 0.85, "US-Präsident Joe Biden; Russlands Außenminister Sergej Lawrow; Kazakhstan's President Tokayev; Ethiopia's finance minister, Ahmed Shide, said"], 'p', 'c',
    [slot('c', COUNTRY), opt(cue('possessive')), role(STATE_ROLES, 'r'), opt(cue('title')), opt(punct(',')), slot('p', PERSON)], byStateRole),
  seq(['any.role.name-title-person', 'any', 'LEADER_OF', 0.8, 'WHO-Generaldirektor Tedros Adhanom Ghebreyesus; Roscosmos head Dmitry Bakanov'], 'p', 'c',
    [slot('c', ORG), opt(cue('possessive')), cue('leaderTitle'), slot('p', PERSON)]),
  seq(['any.role.role-of-state-person', 'any', 'LEADER_OF', 0.85, 'the president of Kazakhstan, Kassym-Jomart Tokayev, said; der Bürgermeister von Kiew, Vitali Klitschko'], 'p', 'c',
    [role(RELATED_ROLES, 'r'), opt(cue('of')), slot('c', OFFICE, { whole: true }), opt(punct(',')), slot('p', PERSON)], byRole),
  seq(['any.role.person-comma-role-of', 'any', 'LEADER_OF', 0.85, 'Tokayev, the president of Kazakhstan, said'], 'p', 'c',
    [slot('p', PERSON), punct(','), gap(2), role(RELATED_ROLES, 'r'), opt(cue('roleOf')), slot('c', OFFICE, { whole: true })], byRole),
  seq(['any.role.role-person-of', 'any', 'LEADER_OF', 0.8, 'President Tokayev of Kazakhstan; Analystin Helena Vogt von der Commerzbank'], 'p', 'c',
    [role(RELATED_ROLES, 'r'), slot('p', PERSON), w('von', 'vom', 'des', 'of'), slot('c', STATE)], byRole),
  // A German genitive "der": not after a verb of saying, where "der" is a dative ("sagte Referentin X der Nachrichtenagentur KNA").
  { ...seq(['de.role.role-person-genitive-der', 'de', 'LEADER_OF', 0.75, 'Generalsekretärin Anna Roe der Vereinten Nationen'], 'p', 'c',
    [role(RELATED_ROLES, 'r'), slot('p', PERSON), w('der'), slot('c', STATE)], byRole), notAfter: SAYING_DE },
  // "at"/"bei" names a workplace only for staff: "President Putin at the Kremlin" is a place, not an office.
  seq(['any.role.staff-person-at', 'any', 'WORKS_FOR', 0.8, 'Analystin Helena Vogt bei der Commerzbank; economist Jane Roe at Capital Economics'], 'p', 'c',
    [role(['employee', 'journalist', 'leader', 'chair'], 'r'), slot('p', PERSON), w('at', 'bei', 'beim', 'for'), slot('c', ORG)], byRole),
  seq(['any.role.org-whose-role', 'any', 'LEADER_OF', 0.85, 'the Boston Athletic Association, whose chief executive, Linda Carver, said'], 'p', 'c',
    [slot('c', STATE), opt(punct(')')), opt(punct(',')), w('whose', 'dessen', 'deren'), gap(1), role(RELATED_ROLES, 'r'), opt(punct(',')), slot('p', PERSON)], byRole),
  seq(['any.role.person-is-role-of', 'any', 'LEADER_OF', 0.85, 'Tokajew ist seit 2019 Präsident Kasachstans; Anna Roe ist Oberbürgermeisterin von Freiburg.'], 'p', 'c',
    [slot('p', PERSON), opt(cue('has')), cue('be'), gap(3), role(RELATED_ROLES, 'r'), opt(cue('roleOf')), slot('c', OFFICE, { whole: true })], byRole),
  seq(['de.role.elected-to', 'de', 'LEADER_OF', 0.85, 'Tokajew wurde 2019 zum Präsidenten Kasachstans gewählt.'], 'p', 'c',
    [slot('p', PERSON), cue('passive'), gap(3), w('zum', 'zur'), role(RELATED_ROLES, 'r'), opt(cue('of')), slot('c', OFFICE, { whole: true }), opt(punct('('), gap(2, { skip: ['Organization'] }), punct(')')), gap(2), w('gewählt', 'ernannt', 'bestimmt', 'vereidigt', 'berufen')], byRole),
  seq(['en.role.elected-as', 'en', 'LEADER_OF', 0.85, 'Tokayev was elected president of Kazakhstan in 2019.'], 'p', 'c',
    [slot('p', PERSON), cue('passive'), opt(w('re-elected', 'elected', 'appointed', 'named', 'sworn')), opt(w('in')), opt(w('as')), role(RELATED_ROLES, 'r'), w('of'), slot('c', STATE)], byRole),
  seq(['any.role.person-heads-org', 'any', 'LEADER_OF', 0.8, 'Kristalina Georgieva leitet den IWF; Georgieva heads the IMF'], 'p', 'o',
    [slot('p', PERSON), gap(2), w('leitet', 'leitete', 'führt', 'führte', 'heads', 'headed', 'leads', 'runs'), gap(3, { skip: ['Country'] }), slot('o', ORG)]),
  // A former office holder no longer leads the country, but is still its national: "der frühere Schweizer Bundespräsident Alain Berset".
  { ...seq(['any.citizen.former-adj-office-person', 'any', 'CITIZEN_OF', 0.6, 'der frühere Schweizer Bundespräsident Alain Berset; former Chilean President Michelle Bachelet'], 'p', 'c',
    [w(...FORMER_WORDS), adj('c'), role(STATE_ROLES), opt(cue('title')), slot('p', PERSON)]), past: true },
  // A rival or team-mate described by nationality: "Danish rival Jonas Vingegaard", "sein französischer Konkurrent X".
  seq(['any.citizen.adj-rival-person', 'any', 'CITIZEN_OF', 0.55, 'ahead of Danish rival Jonas Vingegaard; vor seinem dänischen Rivalen Jonas Vingegaard'], 'p', 'c',
    [adj('c'), w('rival', 'compatriot', 'teammate', 'team-mate', 'opponent', 'challenger', 'rivale', 'rivalen', 'konkurrent', 'konkurrenten', 'konkurrentin', 'teamkollege', 'teamkollegen', 'landsmann', 'gegner'), slot('p', PERSON)]),
  seq(['any.citizen.adj-role-person', 'any', 'CITIZEN_OF', 0.6, 'der kasachische Sänger Dimash Kudaibergen'], 'p', 'c',
    [adj('c'), role(CITIZEN_ROLES), slot('p', PERSON)]),
  seq(['any.citizen.country-role-person', 'any', 'CITIZEN_OF', 0.6, 'Irish novelist Colm Brady and Indian writer Anjali Rao'], 'p', 'c',
    [slot('c', COUNTRY, { form: 'any' }), role(['other', 'journalist']), slot('p', PERSON)]),
  seq(['any.citizen.adj-person', 'any', 'CITIZEN_OF', 0.6, 'Ethiopian Tigist Alemu defended her title; der Kenianer ...'], 'p', 'c',
    [adj('c'), slot('p', PERSON)]),
  seq(['en.citizen.person-of-country', 'en', 'CITIZEN_OF', 0.6, 'Daniel Kiprop of Kenya won the race.'], 'p', 'c',
    [slot('p', PERSON, { via: ['kb-name', 'role', 'context', 'pattern'] }), w('of'), slot('c', COUNTRY), not('and')]),
  seq(['en.citizen.country-possessive-person', 'en', 'CITIZEN_OF', 0.65, "ahead of Ethiopia's Haile Bekele"], 'p', 'c',
    [slot('c', COUNTRY), cue('possessive'), slot('p', PERSON)]),
  seq(['en.citizen.country-possessive-inside-person', 'en', 'CITIZEN_OF', 0.65, "ahead of Kenya's Mercy Chebet (possessive inside the mention)"], 'p', 'c',
    [slot('c', COUNTRY, { endsWith: ["'s", '’s'] }), slot('p', PERSON)]),
  seq(['any.citizen.person-comma-adj-role', 'any', 'CITIZEN_OF', 0.6, 'led by Axel Lindqvist, a Swedish economist who ...'], 'p', 'c',
    [slot('p', PERSON), punct(','), gap(1), adj('c'), role(CITIZEN_ROLES), notName(PERSON)]),
  seq(['any.works.person-role-at-org', 'any', 'WORKS_FOR', 0.75, 'Farid Gabdullin, a political scientist at Kazan Federal University, said'], 'p', 'o',
    [slot('p', PERSON), punct(','), gap(3), role(['other', 'employee', 'journalist', 'minister', 'member']), w('at', 'bei', 'beim', 'am', 'of', 'von', 'vom', 'for', 'für'), gap(3, { skip: PLACE }), slot('o', ORG)]),
  seq(['any.role.org-led-by', 'any', 'LEADER_OF', 0.85, 'The Central Bank of Nigeria, led by Governor Ibrahim Danjuma, raised ...'], 'p', 'o',
    [slot('o', ORG), opt(punct(',')), w('led', 'headed', 'geführt', 'geleitet', 'angeführt'), w('by', 'von', 'vom'), gap(2), slot('p', PERSON)]),
  seq(['any.citizen.demonym-person', 'any', 'CITIZEN_OF', 0.6, 'der Kasache Dimash Kudaibergen gewann'], 'p', 'c',
    [slot('c', COUNTRY, { form: 'demonym' }), slot('p', PERSON)]),
];

const MEMBERSHIP: SequenceRule[] = [
  seq(['de.member.be-member', 'de', 'MEMBER_OF', 0.9, 'Belarus ist seit 2015 Mitglied der EAWU.'], 'a', 'x',
    [list('a', ACTOR), cue('be'), gap(4), cue('member'), opt(cue('of')), list('x', ORG)]),
  seq(['de.member.be-partner-in', 'de', 'MEMBER_OF', 0.85, 'Belarus und Kasachstan sind Partner in der EAWU, der GUS und der OVKS.'], 'a', 'x',
    [list('a', STATE), cue('be'), gap(3), cue('partner'), cue('within'), list('x', ORG)]),
  seq(['de.member.clause-final', 'de', 'MEMBER_OF', 0.8, '..., dass Belarus im kommenden Jahr Vollmitglied der SOZ wird.'], 'a', 'x',
    [slot('a', STATE), gap(8), cue('member'), list('x', ORG), cue('be')]),
  seq(['de.member.relative-angehoert', 'de', 'MEMBER_OF', 0.85, 'Litauen, das seit 2004 der Nato angehört, ...'], 'a', 'x',
    [list('a', STATE), opt(punct(',')), opt(cue('relative')), gap(4), list('x', ORG), gap(1), cue('belongsMember')]),
  seq(['de.member.gehoert-an', 'de', 'MEMBER_OF', 0.85, 'Litauen gehört seit 2004 der Nato an; Usbekistan gehört ebenso wie Österreich der OSZE an.'], 'a', 'x',
    [list('a', STATE), cue('belongsVerb'), gap(4, { skip: ['Country'] }), list('x', ORG), gap(3), w('an')]),
  // The member named in the comparison: "Usbekistan gehört ebenso wie Österreich der OSZE an."
  seq(['de.member.gehoert-wie-an', 'de', 'MEMBER_OF', 0.8, 'Usbekistan gehört ebenso wie Österreich der OSZE an.'], 'a', 'x',
    [cue('belongsVerb'), opt(w('ebenso', 'genauso', 'ebenfalls', 'so')), w('wie'), list('a', STATE), gap(1), list('x', ORG), gap(3), w('an')]),
  seq(['any.member.apposition', 'any', 'MEMBER_OF', 0.8, 'Saudi-Arabien, das größte Opec-Mitglied, ...; Jörg Brandtner, Mitglied des Bundestages'], 'a', 'x',
    [slot('a', ACTOR), punct(','), gap(3), slot('x', ORG), cue('member')]),
  seq(['any.member.apposition-of', 'any', 'MEMBER_OF', 0.8, 'Der Abgeordnete Andrej Bilezki, Mitglied der Repräsentantenkammer, sagte'], 'a', 'x',
    [slot('a', ACTOR), punct(','), gap(9, { skip: ['Location', 'Region', 'City'] }), cue('member'), cue('of'), list('x', ORG)]),
  seq(['de.member.org-compound-member', 'de', 'MEMBER_OF', 0.8, 'Das EU-Mitglied Polen und die NATO-Mitglieder Litauen und Lettland ...'], 'a', 'x',
    [slot('x', ORG), cue('member'), list('a', STATE)]),
  seq(['de.member.joins-particle', 'de', 'MEMBER_OF', 0.85, 'Belarus tritt der SOZ als zehntes Mitglied bei.'], 'a', 'x',
    [list('a', STATE), cue('join'), gap(3), list('x', ORG), gap(4), cue('joinParticle')]),
  seq(['de.member.joined-participle', 'de', 'MEMBER_OF', 0.85, 'Finnland ist 2023 der NATO beigetreten; ..., dass Belarus der SOZ beitritt.'], 'a', 'x',
    [list('a', STATE), gap(4), list('x', ORG), gap(1), cue('joinedParticiple')]),
  seq(['de.member.accession-gen', 'de', 'MEMBER_OF', 0.8, 'Der Beitritt Finnlands zur NATO wurde vollzogen.'], 'a', 'x',
    [cue('accession'), slot('a', STATE), opt(cue('possessive')), cue('toOrg'), gap(1), list('x', ORG)]),
  seq(['de.member.adj-accession', 'de', 'MEMBER_OF', 0.75, 'Der finnische Beitritt zur NATO ...'], 'a', 'x',
    [adj('a'), cue('accession'), cue('toOrg'), gap(1), list('x', ORG)]),
  seq(['en.member.be-member-of', 'en', 'MEMBER_OF', 0.9, 'Kazakhstan is a founding member of the SCO.'], 'a', 'x',
    [list('a', ACTOR), cue('be'), gap(3), cue('member'), w('of'), list('x', ORG)]),
  // Founding states are members: "BRICS was founded by Brazil, Russia, India and China in 2009".
  seq(['en.member.founded-by-states', 'en', 'MEMBER_OF', 0.8, 'BRICS was founded by Brazil, Russia, India and China in 2009.'], 'a', 'x',
    [slot('x', ORG), opt(punct(',')), opt(cue('be')), opt(gap(2)), w('founded', 'established', 'created'), opt(gap(3)), w('by'), list('a', COUNTRY)]),
  seq(['de.member.founded-by-states', 'de', 'MEMBER_OF', 0.8, 'BRICS wurde 2009 von Brasilien, Russland, Indien und China gegründet.'], 'a', 'x',
    [slot('x', ORG), w('wurde', 'war'), gap(4), w('von'), list('a', COUNTRY), gap(2), w('gegründet')]),
  seq(['en.member.belongs-to', 'en', 'MEMBER_OF', 0.8, 'Kazakhstan also belongs to the Eurasian Economic Union.'], 'a', 'x',
    [list('a', STATE), opt(w('also', 'already', 'still')), cue('belongsVerb'), w('to'), list('x', ORG)]),
  seq(['en.member.joined', 'en', 'MEMBER_OF', 0.85, 'Finland joined NATO in April 2023.'], 'a', 'x',
    [list('a', STATE), gap(2), cue('join'), list('x', ORG)]),
  seq(['en.member.org-member-state', 'en', 'MEMBER_OF', 0.8, 'NATO member Turkey; SCO member states India and Pakistan'], 'a', 'x',
    [slot('x', ORG), cue('member'), opt(cue('memberNounTail')), list('a', STATE)]),
  seq(['any.member.contrast-member', 'any', 'MEMBER_OF', 0.85, 'Österreich ist kein Mitglied der NATO, aber seit 1995 Mitglied der EU; Switzerland is not in the EU but is a member of EFTA'], 'a', 'x',
    [list('a', ACTOR), cue('be'), gap(8, { skip: ORG }), opt(punct(',')), w('aber', 'sondern', 'jedoch', 'but', 'yet'), gap(3), cue('member'), opt(cue('of')), list('x', ORG)]),
  seq(['en.member.contrast-belongs', 'en', 'MEMBER_OF', 0.8, 'Ireland is not a NATO member but belongs to the European Union.'], 'a', 'x',
    [list('a', ACTOR), cue('be'), gap(8, { skip: ORG }), opt(punct(',')), w('but', 'yet'), opt(w('it')), opt(w('still', 'already')), cue('belongsVerb'), w('to'), list('x', ORG)]),
  seq(['en.member.accession', 'en', 'MEMBER_OF', 0.8, "Belarus' accession to the SCO / Finland's membership in NATO"], 'a', 'x',
    [slot('a', STATE), opt(cue('possessive')), cue('accession'), cue('toOrg'), list('x', ORG)]),
];

/** Words before the last item of a coordination or the object of a preposition. */
const COORDINATED = ['and', 'und', 'or', 'oder', 'between', 'zwischen', 'with', 'mit', 'against', 'gegen'];

/** "the largest trading partner of": trade (TRADES_WITH), not a partnership. */
const TRADE_PARTNER_WORDS = ['trading', 'trade', 'handelspartner', '*handelspartner'];

const PARTNERSHIP: SequenceRule[] = [
  seq(['de.partner.are-partners', 'de', 'PARTNER_OF', 0.85, 'Belarus und Kasachstan sind enge Partner.'], 'a', 'a',
    [list('a', STATE, 2), cue('be'), gap(3), cue('partner'), not('der', 'des', 'von', 'vom')]),
  { ...seq(['de.partner.is-partner-of', 'de', 'PARTNER_OF', 0.8, 'Kasachstan ist ein strategischer Partner der EU.'], 'a', 'b',
    [list('a', STATE), cue('be'), gap(3), cue('partner'), cue('of'), slot('b', STATE)]), unless: TRADE_PARTNER_WORDS },
  // Not the last of a coordination: "between Israel and Hamas together with Qatar".
  { ...seq(['any.partner.together-with', 'any', 'PARTNER_OF', 0.7, 'Siemens Energy will gemeinsam mit dem Versorger EVN ein Kraftwerk bauen.'], 'a', 'b',
    [slot('a', STATE), gap(2), cue('together'), cue('with'), gap(3), slot('b', STATE)]), notAfter: COORDINATED },
  seq(['any.partner.agreement-with', 'any', 'PARTNER_OF', 0.7, 'Kazakhstan signed a data-sharing agreement with the European Space Agency.'], 'a', 'b',
    [slot('a', STATE), gap(2), cue('sign'), gap(3), cue('agreement'), cue('with'), slot('b', STATE)]),
  seq(['any.partner.pair-signed-agreement', 'any', 'PARTNER_OF', 0.7, 'Kasachstan und Usbekistan unterzeichneten ein Abkommen über Wasser; Chile and Peru signed a trade deal'], 'a', 'a',
    [list('a', STATE, 2), gap(2), cue('sign'), gap(4), cue('agreement')]),
  seq(['de.partner.pair-cooperate-final', 'de', 'PARTNER_OF', 0.75, 'Polen und Litauen wollen bei der Verteidigung enger zusammenarbeiten.'], 'a', 'a',
    [list('a', STATE, 2), gap(10), w('zusammenarbeiten', 'kooperieren')]),
  seq(['de.partner.pair-work-together', 'de', 'PARTNER_OF', 0.75, 'Kenia und Tansania arbeiten beim Handel eng zusammen.'], 'a', 'a',
    [list('a', STATE, 2), w('arbeiten', 'arbeiteten', 'kooperieren', 'kooperierten'), gap(6), w('zusammen')]),
  seq(['de.partner.works-with-together', 'de', 'PARTNER_OF', 0.75, 'Der Konzern arbeitet bei Rohstoffen mit dem belgischen Unternehmen Umicore zusammen.'], 'a', 'b',
    [slot('a', STATE), w('arbeitet', 'arbeitete', 'arbeiten', 'arbeiteten'), gap(6), w('mit'), gap(3), slot('b', STATE), gap(4), w('zusammen')]),
  seq(['de.partner.cooperates-with', 'de', 'PARTNER_OF', 0.75, 'Kenia kooperiert beim Handel eng mit Tansania.'], 'a', 'b',
    [slot('a', STATE), w('kooperiert', 'kooperierte', 'kooperieren', 'kooperierten'), gap(4), w('mit'), gap(3), slot('b', STATE)]),
  seq(['en.partner.cooperates-with', 'en', 'PARTNER_OF', 0.75, 'Volkswagen has teamed up with Umicore; Kenya cooperates closely with Tanzania.'], 'a', 'b',
    [slot('a', STATE), gap(2), w('cooperates', 'cooperated', 'collaborates', 'collaborated', 'partnered', 'partners', 'teamed'), opt(w('up')), opt(w('closely')), w('with'), gap(3), slot('b', STATE)]),
  seq(['en.partner.pair-cooperate', 'en', 'PARTNER_OF', 0.75, 'Ghana and Togo will cooperate more closely on security.'], 'a', 'a',
    [list('a', STATE, 2), gap(3), w('cooperate', 'cooperated', 'co-operate', 'co-operated', 'collaborate', 'collaborated')]),
  // Coalitions: "CDU und SPD haben sich auf einen Koalitionsvertrag geeinigt", "X and Y agreed to form a coalition".
  seq(['de.partner.pair-coalition-agreed', 'de', 'PARTNER_OF', 0.8, 'CDU und SPD haben sich auf einen Koalitionsvertrag geeinigt.'], 'a', 'a',
    [list('a', ['Organization'], 2), gap(6), w('koalitionsvertrag', 'koalition', 'koalitionsabkommen', 'regierungsbündnis', 'regierungskoalition'), gap(2), w('geeinigt', 'verständigt', 'unterzeichnet', 'geschlossen', 'gebildet')]),
  seq(['de.partner.pair-agree-on-coalition', 'de', 'PARTNER_OF', 0.8, 'CDU und SPD einigen sich auf Koalitionsvertrag'], 'a', 'a',
    [list('a', ['Organization'], 2), gap(2, { skip: PLACE }), w('einigen', 'einigten', 'verständigen', 'verständigten', 'bilden', 'bildeten'), opt(w('sich')), opt(w('auf')), gap(2), w('koalitionsvertrag', 'koalition', 'koalitionsabkommen', 'regierungsbündnis', 'regierungskoalition')]),
  seq(['en.partner.pair-coalition', 'en', 'PARTNER_OF', 0.8, 'The Social Democrats and the Greens agreed to form a coalition; X and Y signed a coalition agreement'], 'a', 'a',
    [list('a', ['Organization'], 2), gap(4), w('coalition'), not('talks', 'negotiations')]),
  seq(['de.partner.between', 'de', 'PARTNER_OF', 0.85, 'Die Zusammenarbeit zwischen Belarus und Kasachstan wächst.'], 'a', 'a',
    [cue('relationNoun'), cue('between'), list('a', STATE, 2)]),
  seq(['de.partner.adj-pair', 'de', 'PARTNER_OF', 0.85, 'die engen belarussisch-kasachischen Beziehungen'], 'a', 'b',
    [adj('a'), opt(punct('-')), adj('b'), gap(1), cue('relationNoun')]),
  seq(['de.partner.with', 'de', 'PARTNER_OF', 0.7, 'Belarus will die Zusammenarbeit mit Kasachstan ausbauen.'], 'a', 'b',
    [slot('a', STATE), gap(4), cue('relationNoun'), cue('with'), slot('b', STATE)]),
  seq(['en.partner.are-partners', 'en', 'PARTNER_OF', 0.85, 'Belarus and Kazakhstan are close partners.'], 'a', 'a',
    [list('a', STATE, 2), cue('be'), gap(3), cue('partner'), not('of')]),
  { ...seq(['en.partner.is-partner-of', 'en', 'PARTNER_OF', 0.8, 'Kazakhstan is a strategic partner of the EU.'], 'a', 'b',
    [list('a', STATE), cue('be'), gap(3), cue('partner'), cue('of'), slot('b', STATE)]), unless: TRADE_PARTNER_WORDS },
  seq(['en.partner.between', 'en', 'PARTNER_OF', 0.85, 'cooperation between Belarus and Kazakhstan'], 'a', 'a',
    [cue('relationNoun'), cue('between'), list('a', STATE, 2)]),
  seq(['en.partner.pair', 'en', 'PARTNER_OF', 0.85, 'Kazakh-Belarusian relations; US-China ties'], 'a', 'b',
    [slot('a', COUNTRY, { form: 'any' }), opt(punct('-')), slot('b', COUNTRY, { form: 'any' }), gap(1), cue('relationNoun')]),
  seq(['en.partner.with', 'en', 'PARTNER_OF', 0.7, "Kazakhstan's cooperation with Belarus keeps growing."], 'a', 'b',
    [slot('a', STATE), gap(4), cue('relationNoun'), cue('with'), slot('b', STATE)]),
];

/** Goods whose delivery is no trade: arms and aid ("liefert Waffen an die Ukraine"; SUPPORTS rules take aid). */
const NO_TRADE = [
  'waffen', '*waffen', 'waffensysteme', 'munition', '*munition', 'panzer', '*panzer', 'raketen', '*raketen', 'kampfjets', 'rüstungsgüter',
  'luftabwehr*', 'militär*', 'hilfe', '*hilfe', 'hilfsgüter', 'hilfsgelder', 'hilfspaket', 'hilfslieferungen', 'spenden',
  'weapons', 'weaponry', 'arms', 'ammunition', 'munitions', 'missiles', 'tanks', 'howitzers', 'drones', 'military', 'aid', 'humanitarian',
  'relief', 'assistance', 'donations',
];

const TRADE: SequenceRule[] = [
  seq(['any.trade.between', 'any', 'TRADES_WITH', 0.9, 'Der Handelsumsatz zwischen Belarus und Kasachstan stieg.'], 'a', 'a',
    [cue('trade'), gap(2), cue('between'), list('a', STATE, 2)]),
  seq(['any.trade.pair', 'any', 'TRADES_WITH', 0.85, 'der belarussisch-kasachische Handel; US-China trade'], 'a', 'b',
    [slot('a', COUNTRY, { form: 'any' }), opt(punct('-')), slot('b', COUNTRY, { form: 'any' }), gap(1), cue('trade')]),
  seq(['any.trade.with', 'any', 'TRADES_WITH', 0.75, "Der Handel Kasachstans mit China; Belarus' trade with Russia"], 'a', 'b',
    [slot('a', COUNTRY, { form: 'any' }), gap(3), cue('trade'), cue('with'), slot('b', COUNTRY)]),
  { ...seq(['any.trade.exports-to', 'any', 'TRADES_WITH', 0.85, 'Belarus exportiert Milchprodukte nach Kasachstan.'], 'a', 'b',
    [slot('a', COUNTRY), gap(2), cue('export'), gap(6), cue('exportTo'), slot('b', COUNTRY)]), unless: NO_TRADE },
  { ...seq(['any.trade.imports-from', 'any', 'TRADES_WITH', 0.85, 'Kazakhstan imports machinery from Belarus.'], 'a', 'b',
    [slot('a', COUNTRY), gap(2), cue('import'), gap(6), cue('importFrom'), slot('b', COUNTRY)]), unless: NO_TRADE },
  seq(['en.trade.is-trading-partner-of', 'en', 'TRADES_WITH', 0.8, 'Japan is the largest trading partner of Vietnam.'], 'a', 'b',
    [slot('a', COUNTRY), cue('be'), opt(w('the', 'a')), gap(2), w('trading', 'trade'), w('partner', 'partners'), w('of'), slot('b', COUNTRY)]),
  seq(['any.trade.is-b-trade-partner', 'any', 'TRADES_WITH', 0.8, "Vietnam ist Deutschlands wichtigster Handelspartner; Mexico is the United States' largest trading partner"], 'a', 'b',
    [slot('a', COUNTRY), cue('be'), opt(w('the', 'der', 'die')), slot('b', COUNTRY), opt(cue('possessive')), gap(2), cue('tradePartner')]),
  seq(['de.trade.trade-partner', 'de', 'TRADES_WITH', 0.8, 'Kasachstan ist ein wichtiger Handelspartner von Belarus.'], 'a', 'b',
    [slot('a', COUNTRY), cue('be'), gap(4), cue('tradePartner'), opt(cue('of')), slot('b', COUNTRY)]),
  seq(['any.trade.apposition-trade-partner', 'any', 'TRADES_WITH', 0.8, "China, Nigeria's largest trading partner, has ...; China, der größte Handelspartner Nigerias"], 'a', 'b',
    [slot('a', COUNTRY), punct(','), gap(3), opt(slot('b', COUNTRY)), opt(cue('possessive')), gap(2), cue('tradePartner'), opt(w('partner', 'partners')), opt(cue('of')), opt(slot('b', COUNTRY))]),
  seq(['en.trade.trade-partner', 'en', 'TRADES_WITH', 0.8, "China is Kazakhstan's largest trading partner."], 'a', 'b',
    [slot('a', COUNTRY), cue('be'), gap(2), slot('b', COUNTRY), opt(cue('possessive')), gap(1), cue('tradePartner'), w('partner', 'partners')]),
];

/** Bodies one addresses: "told the Security Council" is no interview. */
const NOT_AN_OUTLET = ['council', 'parliament', 'court', 'tribunal', 'assembly', 'committee', 'commission', 'congress', 'senate', 'board', 'conference', 'summit', 'forum', 'cabinet', 'bundestag', 'duma', 'lawmakers', 'delegates', 'judges', 'shareholders'];

const INTERVIEW: SequenceRule[] = [
  seq(['any.interview.person-interview-with', 'any', 'INTERVIEWED_BY', 0.9, 'Das sagte er in einem Interview mit der Nachrichtenagentur Kazinform.'], 'p', 'o',
    [slot('p', PERSON), gap(6, { skip: PLACE }), cue('interview'), opt(w('interview')), cue('with'), gap(4), slot('o', ORG)]),
  seq(['any.interview.interview-with-then-person', 'any', 'INTERVIEWED_BY', 0.85, 'In an interview with Reuters, Tokayev said ...'], 'p', 'o',
    [cue('interview'), opt(w('interview')), cue('with'), gap(4), slot('o', ORG), gap(4, { commas: true }), slot('p', PERSON)]),
  // Telling a council, parliament or court is addressing it, not an interview ("told the Security Council").
  { ...seq(['en.interview.told', 'en', 'INTERVIEWED_BY', 0.7, 'Tokayev told the news agency Kazinform that ...'], 'p', 'o',
    [slot('p', PERSON), cue('told'), gap(3), slot('o', ORG)]), unless: NOT_AN_OUTLET },
  seq(['de.interview.said-person-outlet', 'de', 'INTERVIEWED_BY', 0.75, 'Das sagte Tokajew der Nachrichtenagentur Reuters.'], 'p', 'o',
    [cue('say'), slot('p', PERSON), gap(2), cue('outlet'), slot('o', ORG)]),
  seq(['de.interview.person-said-outlet', 'de', 'INTERVIEWED_BY', 0.7, 'Der Abgeordnete X, Mitglied des Parlaments, sagte der Agentur BelTA, ...'], 'p', 'o',
    [slot('p', PERSON), gap(6, { commas: true, skip: 'all' }), cue('say'), opt(w('der', 'dem')), cue('outlet'), slot('o', ORG)]),
  seq(['de.interview.said-person-dative', 'de', 'INTERVIEWED_BY', 0.65, 'Das sagte Scholz der dpa am Rande des Gipfels.'], 'p', 'o',
    [cue('say'), slot('p', PERSON), w('der', 'dem'), slot('o', ORG, { bare: true })]),
  seq(['de.interview.towards', 'de', 'INTERVIEWED_BY', 0.75, 'sagte der Minister gegenüber der Agentur dpa'], 'p', 'o',
    [slot('p', PERSON), gap(3), cue('towards'), gap(2), slot('o', ORG)]),
];

/** Every rule, in a fixed order (the order only decides ties between equally confident rules). */
export const RELATION_RULES: readonly RelationRule[] = [
  ...ROLES, ...MEMBERSHIP, ...PARTNERSHIP, ...TRADE, ...INTERVIEW, ...PARTICIPATION, ...PLACES,
  ...SUPPORT_AND_CHAIR, ...MEETINGS, ...PHRASES, ...RECALL, ...NEWS, ...CLAUSES, ...NESTED, ...PAIR_ANAPHORS, ...IMPLICIT,
];
