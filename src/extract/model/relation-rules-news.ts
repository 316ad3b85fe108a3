// Relation rules as data, fifth part: common news phrasing the other parts miss. A second verb of the
// same subject ("visited X and met Y", "war nach Oslo gereist und traf sich mit Y"), meetings and visits
// ("kam mit X zusammen", "In Hanoi wurde X empfangen"), travelling to an event, events chaired, held in
// a city, hosted and finished in, aid and donors, offices and staff of organisations, parts of
// organisations ("a unit of", "eine Tochter von"), titles won, companies working "together with"
// others, players and their clubs, and organisations named with their city ("the Shanghai club X").
// No rule names a particular article or entity; the tests are tests/unit/extract/relations/news-rules.test.ts.

import type { RelationType } from '../../types.js';
import type { RoleCategory } from '../pipeline-types.js';
import type { SequenceRule } from '../relations/pattern-types.js';
import { ACTOR, COUNTRY, EVENT, ORG, PERSON, PLACE, PRIZE, STATE, TOWN, cue, gap, list, opt, punct, role, seq, slot, w } from '../relations/rule-builders.js';

/** Nouns for an organisation between its city and its name: "the Shanghai club X", "the Munich carmaker X". */
const ORG_NOUNS = [
  'club', 'side', 'team', 'company', 'firm', 'group', 'bank', 'lender', 'carmaker', 'automaker', 'startup', 'start-up',
  'chipmaker', 'insurer', 'airline', 'retailer', 'broadcaster', 'newspaper', 'daily', 'publisher', 'brokerage', 'utility',
  'klub', 'verein', 'konzern', 'autobauer', 'versicherer', 'zeitung', 'fluggesellschaft',
];

/** What a state or organisation gives another: "pledged $1 billion in aid to", "liefert Waffen an". */
const AID_EN = ['aid', 'assistance', 'support', 'funding', 'weapons', 'arms', 'loans', 'grants', 'package', 'donation', 'equipment', 'ammunition'];
const GIVE_EN = ['provided', 'provides', 'gave', 'gives', 'pledged', 'pledges', 'sent', 'sends', 'delivered', 'delivers', 'promised', 'promises',
  'approved', 'committed', 'granted', 'donated', 'donates', 'supplied', 'supplies'];
const AID_DE = ['waffen', 'hilfsgüter', 'hilfe', 'militärhilfe', 'panzer', 'munition', 'finanzhilfe', 'nothilfe', 'hilfsgelder', 'hilfspaket', 'luftabwehrsysteme',
  '*panzer', '*waffen', 'kampfjets', 'raketen', 'hilfslieferungen'];
const GIVE_DE = ['liefert', 'lieferte', 'liefern', 'lieferten', 'schickt', 'schickte', 'schicken', 'schickten', 'leistet', 'leistete'];
const DONORS_EN = ['donor', 'donors', 'backer', 'backers', 'supporter', 'supporters', 'contributor', 'contributors', 'funder', 'funders', 'sponsor'];

/** Parts of an organisation: "a unit of", "eine Tochter von". */
const UNIT_EN = ['unit', 'subsidiary', 'division', 'arm', 'affiliate', 'branch', 'agency', 'body', 'organ'];
const UNIT_DE = ['tochter', 'tochtergesellschaft', 'tochterfirma', 'sparte', 'einheit', 'sonderorganisation', 'unterorganisation', 'organisation', 'agentur', 'behörde', 'einrichtung'];
/** An office held in an organisation named before it ("ist Nato-Generalsekretär", "is NATO's secretary general"). */
const ORG_OFFICE: Partial<Record<RoleCategory, RelationType>> = { leader: 'LEADER_OF', chair: 'CHAIRS', employee: 'WORKS_FOR', journalist: 'WORKS_FOR' };
const ORG_OFFICES: readonly RoleCategory[] = ['leader', 'chair', 'employee', 'journalist'];

/** Offices of a state that a country sends or is represented by. */
const STATE_OFFICE: Partial<Record<RoleCategory, RelationType>> = { head_of_state: 'LEADER_OF', head_of_government: 'LEADER_OF', minister: 'WORKS_FOR' };
const STATE_OFFICES: readonly RoleCategory[] = ['head_of_state', 'head_of_government', 'minister'];

export const NEWS: SequenceRule[] = [
  // ---- a second verb of the same subject ----
  seq(['en.met.and-met', 'en', 'MET_WITH', 0.75, 'Orban visited the playing hall on Saturday and met Dvorkovich and several captains.'], 'a', 'b',
    [slot('a', PERSON), gap(10, { skip: PLACE }), w('and'), w('met', 'meets'), opt(w('with')), gap(4, { skip: PLACE }), list('b', PERSON)]),
  seq(['de.met.and-met', 'de', 'MET_WITH', 0.75, 'Der König war nach Oslo gereist und traf sich vor dem Anpfiff mit Moustafa.'], 'a', 'b',
    [slot('a', PERSON), gap(10, { skip: PLACE }), w('und'), w('traf', 'trifft', 'empfing'), gap(6, { skip: PLACE }), list('b', PERSON)]),
  seq(['en.met.where-met', 'en', 'MET_WITH', 0.75, 'Ursula Roe travelled to Kyiv, where she met Volodymyr Roe.'], 'a', 'b',
    [slot('a', PERSON), gap(8, { skip: PLACE }), punct(','), w('where'), w('he', 'she', 'they'), w('met', 'meets'), opt(w('with')), gap(4, { skip: PLACE }), list('b', PERSON)]),
  // ---- players changing clubs ----
  seq(['en.member.joined-from', 'en', 'MEMBER_OF', 0.7, 'Harry Roe joined Bayern Munich from Tottenham Hotspur in 2023.'], 'p', 'o',
    [slot('p', PERSON), gap(3), w('joined', 'joins', 'moved', 'switched'), opt(w('to')), slot('o', ORG), gap(3), w('from'), opt(w('the')), slot('f', ORG)]),
  seq(['de.met.kam-zusammen', 'de', 'MET_WITH', 0.8, 'Scholz kam in Neu-Delhi mit Premierminister Narendra Modi zusammen.'], 'a', 'b',
    [slot('a', PERSON), w('kam', 'kommt', 'kamen', 'kommen', 'traf', 'trifft'), gap(4, { skip: PLACE }), w('mit'), gap(3, { skip: PLACE }), list('b', PERSON), gap(4, { skip: PLACE }), w('zusammen')]),
  seq(['de.met.verb-second-kam-zusammen', 'de', 'MET_WITH', 0.8, 'In Neu-Delhi kam er mit Premierminister Narendra Modi zusammen.'], 'a', 'b',
    [w('kam', 'kommt', 'kamen', 'traf', 'trifft'), slot('a', PERSON), gap(4, { skip: PLACE }), w('mit'), gap(3, { skip: PLACE }), list('b', PERSON), gap(4, { skip: PLACE }), w('zusammen')]),
  seq(['de.visit.has-visited', 'de', 'VISITED', 0.8, 'Scholz hatte zuvor Japan besucht; Steinmeier hat am Montag Hanoi besucht'], 'a', 'x',
    [slot('a', PERSON), w('hat', 'hatte', 'haben', 'hatten'), gap(4), list('x', PLACE), w('besucht')]),
  // ---- travelling to an event ----
  seq(['de.participate.zum-event-gereist', 'de', 'PARTICIPATES_IN', 0.75, 'Lukaschenko ist am Donnerstag zum Gipfel der EAWU nach Bischkek gereist.'], 'a', 'e',
    [slot('a', PERSON), gap(6, { skip: PLACE }), w('zum', 'zur'), slot('e', EVENT), gap(5, { skip: 'all' }), cue('travelled')]),
  seq(['de.participate.reiste-zum-event', 'de', 'PARTICIPATES_IN', 0.75, 'Lukaschenko reiste am Donnerstag zum Gipfel der EAWU nach Bischkek.'], 'a', 'e',
    [slot('a', PERSON), cue('travel'), gap(4, { skip: PLACE }), w('zum', 'zur'), slot('e', EVENT)]),
  seq(['de.held.zum-event-nach-place', 'de', 'HELD_IN', 0.75, 'zum Gipfel der EAWU nach Bischkek gereist; reiste zum G20-Gipfel nach Rio'], 'e', 'p',
    [w('zum', 'zur'), slot('e', EVENT), gap(4, { skip: ['Organization'] }), w('nach'), slot('p', PLACE)]),
  seq(['en.participate.travelled-for-event', 'en', 'PARTICIPATES_IN', 0.75, 'Lukashenko travelled to Bishkek for the EAEU summit; Ruto arrived in Baku for the COP29 climate conference'], 'a', 'e',
    [slot('a', PERSON), gap(3), w('travelled', 'traveled', 'flew', 'arrived', 'headed'), w('to', 'in'), slot('p', PLACE), gap(3), w('for'), opt(w('the', 'this', "this year's")), slot('e', EVENT)]),
  seq(['en.held.travelled-to-place-for-event', 'en', 'HELD_IN', 0.75, 'Lukashenko travelled to Bishkek for the EAEU summit'], 'e', 'p',
    [w('travelled', 'traveled', 'flew', 'arrived', 'headed'), w('to', 'in'), slot('p', PLACE), gap(3), w('for'), opt(w('the', 'this')), slot('e', EVENT)]),
  // ---- events: chairs, places, results ----
  seq(['en.chair.event-chaired-by', 'en', 'CHAIRS', 0.8, 'The EAEU summit was chaired by Sadyr Roe.'], 'a', 'e',
    [slot('e', EVENT), opt(punct(',')), opt(w('was', 'is', 'will', 'be')), opt(w('be')), w('chaired', 'presided'), opt(w('over')), w('by'), slot('a', ACTOR)]),
  seq(['de.chair.unter-vorsitz', 'de', 'CHAIRS', 0.8, 'Der Gipfel der EAWU fand unter dem Vorsitz von Sadyr Roe statt; das Treffen unter Vorsitz Kasachstans'], 'a', 'e',
    [slot('e', EVENT), gap(4, { skip: PLACE }), w('unter'), opt(w('dem')), w('vorsitz'), opt(w('von', 'des', 'der')), slot('a', ACTOR)]),
  seq(['any.held.city-event', 'any', 'HELD_IN', 0.75, 'the Paris Olympics; the Tokyo Games (a city name right before the event)'], 'e', 'p',
    [slot('p', TOWN, { form: 'name' }), slot('e', EVENT)]),
  seq(['en.participate.finished-in', 'en', 'PARTICIPATES_IN', 0.7, 'Tigist Roe finished third in the Boston Marathon.'], 'a', 'e',
    [slot('a', PERSON), gap(2), w('finished', 'placed', 'came', 'ended', 'competed', 'raced', 'played'), gap(3), w('in', 'at'), opt(w('the', 'this', "this year's")), slot('e', EVENT)]),
  seq(['any.located.whose-headquarters', 'any', 'LOCATED_IN', 0.85, 'Airbus, whose headquarters are in Toulouse; die Lufthansa, deren Zentrale in Köln liegt; gehört der OSZE an, deren Sekretariat in Wien angesiedelt ist'], 'o', 'c',
    [slot('o', ORG), opt(w('an')), opt(punct(',')), w('whose', 'dessen', 'deren'), opt(w('main', 'global')), cue('seat'), opt(w('is', 'are', 'was', 'were', 'sich')), cue('in'), slot('c', PLACE)]),
  // ---- received in a city; countries sending their leaders ----
  seq(['de.visit.in-city-received', 'de', 'VISITED', 0.75, 'In Hanoi wurde Steinmeier am Dienstag von Staatspräsident Luong Roe empfangen.'], 'a', 'x',
    [w('in'), slot('x', TOWN), w('wurde', 'wird'), slot('a', PERSON), gap(10, { skip: 'all', commas: true }), w('empfangen', 'begrüßt')]),
  seq(['en.visit.in-city-received', 'en', 'VISITED', 0.75, 'In Hanoi, Steinmeier was received by President Luong Roe.'], 'a', 'x',
    [w('in'), slot('x', TOWN), opt(punct(',')), slot('a', PERSON), w('was'), opt(w('warmly', 'formally')), w('received', 'welcomed', 'greeted'), w('by')]),
  seq(['en.role.country-sent-office', 'en', 'LEADER_OF', 0.8, 'Turkey, a NATO member, sent President Recep Roe to the session; India was represented by Foreign Minister Jane Roe'], 'p', 'c',
    [slot('c', COUNTRY), gap(6, { skip: ['Organization'], commas: true }), w('sent', 'dispatched', 'represented'), opt(w('by')), opt(w('its')), role(STATE_OFFICES, 'r'), slot('p', PERSON)],
    { bind: 'r', map: STATE_OFFICE }),
  seq(['de.role.country-vertreten-durch', 'de', 'LEADER_OF', 0.8, 'Indien wurde von Außenministerin Jana Roe vertreten; Indien war durch Präsident Max Roe vertreten'], 'p', 'c',
    [slot('c', COUNTRY), w('wurde', 'wird', 'war', 'ist'), w('von', 'vom', 'durch'), opt(w('den', 'dem', 'der', 'ihren', 'seinen', 'ihrem', 'seinem')), role(STATE_OFFICES, 'r'), slot('p', PERSON), w('vertreten')],
    { bind: 'r', map: STATE_OFFICE }),
  // ---- hosts and aid ----
  seq(['de.held.richtet-aus', 'de', 'HELD_IN', 0.8, 'Japan richtet die Expo 2025 in Osaka aus.'], 'e', 'p',
    [slot('p', PLACE), w('richtet', 'richtete', 'richten', 'richteten'), gap(3), slot('e', EVENT), gap(4, { skip: PLACE }), w('aus')]),
  seq(['en.support.donor-to', 'en', 'SUPPORTS', 0.75, 'Germany is the largest donor to UNRWA; Japan, the biggest contributor to the fund'], 'a', 'b',
    [slot('a', STATE), opt(punct(',')), opt(cue('has')), opt(cue('be')), gap(4), w(...DONORS_EN), w('to'), opt(w('the')), slot('b', ACTOR)]),
  seq(['en.support.gave-aid-to', 'en', 'SUPPORTS', 0.75, 'The US provided $500 million in military aid to Ukraine.'], 'a', 'b',
    [slot('a', STATE), gap(3), w(...GIVE_EN), gap(8), w(...AID_EN), gap(3), w('to', 'for'), opt(w('the')), slot('b', ACTOR)]),
  seq(['de.support.zur-verfuegung', 'de', 'SUPPORTS', 0.75, 'Die USA stellen der Ukraine 500 Millionen Dollar zur Verfügung.'], 'a', 'b',
    [slot('a', STATE), w('stellt', 'stellte', 'stellen', 'stellten'), opt(w('der', 'dem', 'den')), slot('b', ACTOR), gap(8), w('zur'), w('verfügung')]),
  seq(['de.support.delivers-aid-to', 'de', 'SUPPORTS', 0.75, 'Deutschland liefert weitere Waffen an die Ukraine.'], 'a', 'b',
    [slot('a', STATE), w(...GIVE_DE), gap(4), w(...AID_DE), gap(2), w('an', 'für'), opt(w('die', 'den', 'das')), slot('b', ACTOR)]),
  // ---- offices, staff and parts of organisations ----
  seq(['any.role.person-is-org-role', 'any', 'LEADER_OF', 0.8, "Mark Roe ist seit Oktober Nato-Generalsekretär; Mark Roe is NATO's secretary general"], 'p', 'o',
    [slot('p', PERSON), cue('be'), gap(3), opt(w('the')), slot('o', ORG), opt(cue('possessive')), role(ORG_OFFICES, 'r')], { bind: 'r', map: ORG_OFFICE }),
  seq(['en.works.who-works-for', 'en', 'WORKS_FOR', 0.8, 'Peter Roe, who works for Airbus, said ...'], 'p', 'o',
    [slot('p', PERSON), punct(','), w('who'), opt(w('has', 'had')), cue('work'), gap(2), cue('workFor'), opt(w('the')), slot('o', ORG)]),
  seq(['de.works.der-fuer-arbeitet', 'de', 'WORKS_FOR', 0.8, 'Peter Roe, der für Airbus arbeitet, sagte ...'], 'p', 'o',
    [slot('p', PERSON), punct(','), w('der', 'die'), gap(3), w('für', 'bei', 'beim'), opt(w('der', 'dem', 'den')), slot('o', ORG), cue('work')]),
  seq(['en.part.unit-of', 'en', 'PART_OF', 0.8, 'Google, a unit of Alphabet; Siemens Energy is a subsidiary of Siemens'], 'a', 'b',
    [slot('a', ORG), opt(punct(')')), opt(punct(',')), opt(cue('be')), w('a', 'an', 'the'), gap(2), w(...UNIT_EN), w('of'), opt(w('the')), slot('b', ORG)]),
  seq(['en.part.is-an-org-agency', 'en', 'PART_OF', 0.75, 'The WHO is a UN agency; UNHCR, a United Nations body, said'], 'a', 'b',
    [slot('a', ORG), opt(punct(',')), opt(cue('be')), w('a', 'an'), slot('b', ORG), w(...UNIT_EN)]),
  seq(['en.part.owned-by', 'en', 'PART_OF', 0.75, 'Instagram, owned by Meta Platforms; the bank is majority-owned by HSBC'], 'a', 'b',
    [slot('a', ORG), opt(punct(',')), opt(cue('be')), opt(w('wholly', 'fully', 'majority')), w('owned', 'majority-owned', 'wholly-owned'), w('by'), opt(w('the')), slot('b', ORG)]),
  seq(['de.part.tochter-von', 'de', 'PART_OF', 0.8, 'Siemens Energy, eine Tochter von Siemens; Die WHO ist eine Organisation der Vereinten Nationen'], 'a', 'b',
    [slot('a', ORG), opt(punct(',')), opt(cue('be')), w('eine', 'ein', 'die', 'der'), gap(1), w(...UNIT_DE), w('von', 'des', 'der', 'vom'), opt(w('dem', 'der')), slot('b', ORG)]),
  seq(['de.part.org-compound-tochter', 'de', 'PART_OF', 0.8, 'die Commerzbank-Tochter Nordkredit; die VW-Tochter PowerCo'], 'a', 'b',
    [slot('b', ORG), w('tochter', 'tochtergesellschaft', 'tochterfirma', 'sparte'), opt(punct(',')), slot('a', ORG)]),
  // ---- titles and wins ----
  seq(['en.won.gold-at', 'en', 'WON', 0.8, 'Arjun Roe won the individual gold medal at the Chess Olympiad; she claimed the title at the Australian Open'], 'a', 'e',
    [slot('a', ACTOR), gap(3), cue('win'), gap(2), w('gold', 'title', 'crown', 'championship'), opt(w('medal')), w('at', 'in'), opt(w('the', 'this')), slot('e', PRIZE)]),
  seq(['de.won.perfect', 'de', 'WON', 0.8, 'Dänemark hat zum vierten Mal in Folge die Handball-Weltmeisterschaft gewonnen.'], 'a', 'e',
    [slot('a', ACTOR), w('hat', 'haben', 'hatte', 'hatten'), gap(6, { skip: PLACE }), slot('e', PRIZE), w('gewonnen', 'geholt')]),
  // ---- companies working together ----
  seq(['any.partner.org-building-together-with', 'any', 'PARTNER_OF', 0.7, 'TSMC is building a plant in Kumamoto together with Sony and Denso; Airbus baut gemeinsam mit Safran ein Werk'], 'a', 'b',
    [slot('a', ORG), gap(16, { skip: PLACE, commas: true }), w('together', 'jointly', 'gemeinsam', 'zusammen'), w('with', 'mit'), opt(w('dem', 'der', 'den')), list('b', ORG)]),
  // ---- players and clubs ----
  seq(['de.member.person-plays-for', 'de', 'MEMBER_OF', 0.75, 'Mikkel Roe spielt seit 2022 für den THW Kiel.'], 'p', 'o',
    [slot('p', PERSON), w('spielt', 'spielte', 'stürmt', 'stürmte'), gap(3), w('für', 'bei', 'beim'), gap(2, { skip: PLACE }), slot('o', ORG)]),
  seq(['en.member.plays-for-city-club', 'en', 'MEMBER_OF', 0.75, 'Lei Roe, who plays for the Shanghai club Jinjiang Stars, said ...'], 'p', 'o',
    [slot('p', PERSON), opt(punct(',')), opt(w('who')), w('plays', 'played'), w('for'), opt(w('the')), gap(1, { skip: TOWN }), w(...ORG_NOUNS), slot('o', ORG)]),
  // ---- the subject after the finite verb (German verb-second order, often a pronoun: "Zuvor arbeitete sie für") ----
  seq(['de.works.verb-second', 'de', 'WORKS_FOR', 0.8, 'Zuvor arbeitete sie für die Deutsche Bank; Seit 2010 arbeitet Max Roe bei Siemens.'], 'p', 'o',
    [w('arbeitet', 'arbeitete'), slot('p', PERSON), gap(3), w('für', 'bei'), slot('o', ORG)]),
  seq(['de.role.verb-second-is-org-office', 'de', 'LEADER_OF', 0.8, 'Seit 2021 ist sie Chefin der Commerzbank; Damals war er Sprecher der Nato.'], 'p', 'o',
    [w('ist', 'war'), slot('p', PERSON), gap(3), role(ORG_OFFICES, 'r'), opt(w('der', 'des', 'von', 'vom')), slot('o', ORG)], { bind: 'r', map: ORG_OFFICE }),
  seq(['de.role.verb-second-is-state-office', 'de', 'LEADER_OF', 0.8, 'Seit 2019 ist er Präsident Kasachstans; Seit Mai ist sie Außenministerin von Belgien.'], 'p', 'c',
    [w('ist', 'war'), slot('p', PERSON), gap(3), role(STATE_OFFICES, 'r'), opt(w('der', 'des', 'von')), slot('c', COUNTRY)], { bind: 'r', map: STATE_OFFICE }),
  seq(['de.member.verb-second-is-member', 'de', 'MEMBER_OF', 0.8, 'Seit 2019 ist sie Mitglied der SPD.'], 'p', 'o',
    [w('ist', 'war'), slot('p', PERSON), gap(3), cue('member'), opt(w('der', 'des', 'von', 'im')), slot('o', ORG)]),
  seq(['de.member.verb-second-plays-for', 'de', 'MEMBER_OF', 0.75, 'Seit 2022 spielt er für den THW Kiel.'], 'p', 'o',
    [w('spielt', 'spielte'), slot('p', PERSON), gap(3), w('für', 'bei', 'beim'), gap(2, { skip: PLACE }), slot('o', ORG)]),
  seq(['de.role.verb-second-heads', 'de', 'LEADER_OF', 0.75, 'Seit 2019 leitet sie den IWF.'], 'p', 'o',
    [w('leitet', 'leitete'), slot('p', PERSON), gap(2), opt(w('den', 'die', 'das')), slot('o', ORG)]),
  // ---- organisations named with their city ----
  seq(['any.located.city-noun-org', 'any', 'LOCATED_IN', 0.75, 'the Shanghai club Jinjiang Stars; the Munich carmaker BMW'], 'o', 'c',
    [slot('c', TOWN, { form: 'name' }), w(...ORG_NOUNS), slot('o', ORG, { bare: true })]),
];

