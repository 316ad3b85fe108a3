// Relation rules as data, second part: events (participation, place, organiser), places (location,
// capital, part of), support, chairs, meetings, visits, wins, employment, and the non-sequence rules.
// Same record shape and conventions as relation-rules.ts, which exports them all.

import { COMPANY_DESCRIPTORS_DE, COMPANY_DESCRIPTORS_EN } from './nominal-heads.js';
import type { EntityType } from '../../types.js';
import type { RoleCategory } from '../pipeline-types.js';
import type { RelationRule, SequenceRule } from '../relations/pattern-types.js';
import {
  ACTOR, AREA, COUNTRY, EVENT, ORG, PERSON, PLACE, PRIZE, STATE, TOWN,
  adj, cue, gap, list, not, opt, punct, role, seq, slot, w,
} from '../relations/rule-builders.js';

/** German company nouns as compound ends ("-Konzern", "-Rüstungszulieferer"), for w(): "*x" suffix forms. */
const COMPANY_DESCRIPTOR_FORMS_DE = [...COMPANY_DESCRIPTORS_DE.map((d) => `*${d}`), 'konzern', 'unternehmen', 'firma'];

/** What a town adjective describes before a name: company nouns (also in the genitive), publishers, clubs. */
const TOWN_ORG_NOUNS_DE = [...COMPANY_DESCRIPTOR_FORMS_DE, ...COMPANY_DESCRIPTORS_DE.map((d) => `*${d}s`), 'konzerns', 'unternehmens', 'verlag', 'verlags', 'verein', 'vereins', 'klub', 'klubs', 'club', 'clubs'];

/** What is funded: an event or an organisation. */
const FUNDED: readonly EntityType[] = ['Event', 'Organization', 'Country'];
const FUNDED_DE = ['gefördert', 'finanziert', 'gesponsert', 'unterstützt', 'kofinanziert'];

/** "counterpart", "Amtskollege" in their forms. */
const COUNTERPARTS = ['counterpart', 'counterparts', 'amtskollege', 'amtskollegen', 'amtskollegin'];

/** Roles of a person met, named after a comma ("den Generalsekretär der OSZE, X"). */
const MET_ROLES: readonly RoleCategory[] = ['head_of_state', 'head_of_government', 'leader', 'chair', 'minister'];

/** Places, and organisations before an office holder's role: "met Toyota chairman Akio Toyoda", "traf Siemens-Chef X". */
const PLACE_OR_ORG: readonly EntityType[] = [...PLACE, 'Organization'];

/** A future or planned trip after "reisen"/"fliegen": "nach Straßburg reisen werde" is no visit yet. */
const FUTURE_DE = ['werde', 'werden', 'wird', 'würde', 'würden', 'wolle', 'wollen', 'will', 'soll', 'sollen', 'möchte', 'könnte'];

export const PARTICIPATION: SequenceRule[] = [
  seq(['de.participate.nimmt-teil', 'de', 'PARTICIPATES_IN', 0.9, 'Kasachstan nimmt regelmäßig am Festival „Slawischer Basar“ teil.'], 'a', 'e',
    [list('a', ACTOR), cue('take'), gap(4), cue('at'), gap(4), slot('e', EVENT), gap(6, { skip: 'all' }), cue('partParticle')]),
  seq(['de.participate.teilgenommen', 'de', 'PARTICIPATES_IN', 0.85, 'Belarus hat an den Spielen in Paris teilgenommen.'], 'a', 'e',
    [list('a', ACTOR), gap(4), cue('at'), gap(4), slot('e', EVENT), gap(5, { skip: 'all' }), cue('participated')]),
  seq(['de.participate.inverted', 'de', 'PARTICIPATES_IN', 0.8, 'Am Forum in Astana nahmen auch der usbekische Präsident X und der Premier Y teil.'], 'a', 'e',
    [cue('at'), gap(3), slot('e', EVENT), gap(3, { skip: PLACE }), cue('take'), gap(2), gap(4, { skip: PLACE }), list('a', ACTOR), gap(2), cue('partParticle')]),
  seq(['de.participate.beteiligt-sich', 'de', 'PARTICIPATES_IN', 0.85, 'Kasachstan beteiligt sich an der Expo.'], 'a', 'e',
    [list('a', ACTOR), cue('involved'), cue('reflexive'), gap(2), cue('at'), gap(3), slot('e', EVENT)]),
  seq(['de.participate.teilnahme', 'de', 'PARTICIPATES_IN', 0.8, 'Die Teilnahme Kasachstans am Festival wurde bestätigt.'], 'a', 'e',
    [cue('participation'), slot('a', ACTOR), opt(cue('possessive')), cue('at'), gap(3), slot('e', EVENT)]),
  seq(['de.participate.adj-teilnahme', 'de', 'PARTICIPATES_IN', 0.75, 'Die kasachische Teilnahme an der Expo ...'], 'a', 'e',
    [adj('a'), cue('participation'), cue('at'), gap(3), slot('e', EVENT)]),
  seq(['en.participate.participates', 'en', 'PARTICIPATES_IN', 0.85, 'Kazakhstan regularly participates in the Slavianski Bazaar.'], 'a', 'e',
    [list('a', ACTOR), gap(2), cue('participated'), cue('at'), gap(3), slot('e', EVENT)]),
  seq(['en.participate.takes-part', 'en', 'PARTICIPATES_IN', 0.85, 'Belarus will take part in the Olympic Games.'], 'a', 'e',
    [list('a', ACTOR), gap(2), cue('take'), cue('partParticle'), cue('at'), gap(3), slot('e', EVENT)]),
  seq(['any.participate.attended', 'any', 'PARTICIPATES_IN', 0.8, 'Tokayev attended the SCO summit.'], 'a', 'e',
    [list('a', ACTOR), gap(3), cue('attend'), gap(2), slot('e', EVENT)]),
  seq(['any.participate.person-at', 'any', 'PARTICIPATES_IN', 0.6, 'Tokayev at the SCO summit; Lukaschenko beim SOZ-Gipfel'], 'a', 'e',
    [slot('a', PERSON), gap(2), w('at', 'beim'), gap(1), slot('e', EVENT)]),
];

export const PLACES: SequenceRule[] = [
  seq(['any.held.event-in-place', 'any', 'HELD_IN', 0.75, 'am Vorabend des SOZ-Gipfels in Astana; „Slawischer Basar in Witebsk“'], 'e', 'p',
    [slot('e', EVENT), gap(4), cue('in'), opt(opt(w('der', 'dem', 'the')), gap(2), cue('placeNoun'), opt(cue('of'))), slot('p', PLACE)]),
  seq(['de.held.findet-statt', 'de', 'HELD_IN', 0.9, 'Das Festival findet jedes Jahr im Juli in Witebsk statt.'], 'e', 'p',
    [slot('e', EVENT), gap(6), cue('in'), slot('p', PLACE), gap(4), cue('placeParticle')]),
  seq(['de.held.in-place-findet', 'de', 'HELD_IN', 0.85, 'In Astana findet am Donnerstag der SOZ-Gipfel statt.'], 'e', 'p',
    [cue('in'), slot('p', PLACE), cue('takesPlace'), gap(4), slot('e', EVENT)]),
  seq(['any.held.event-held-in', 'any', 'HELD_IN', 0.9, 'The summit was held in Astana; Die Spiele werden in Paris ausgetragen.'], 'e', 'p',
    [slot('e', EVENT), gap(6), cue('heldVerb'), cue('in'), slot('p', PLACE)]),
  seq(['de.held.in-place-verb', 'de', 'HELD_IN', 0.85, 'Die Spiele werden in Paris ausgetragen.'], 'e', 'p',
    [slot('e', EVENT), gap(4), cue('in'), slot('p', PLACE), gap(3), cue('heldVerb')]),
  seq(['any.held.place-hosts', 'any', 'HELD_IN', 0.85, 'Astana hosts the SCO summit; Kasachstan ist Gastgeber des Gipfels'], 'e', 'p',
    [slot('p', PLACE), opt(cue('be')), gap(1), cue('hosts'), gap(2), slot('e', EVENT)]),
  seq(['any.organised.event-by', 'any', 'ORGANIZED_BY', 0.9, 'Das Forum wird von der UNESCO organisiert; organised by the UN'], 'e', 'o',
    [slot('e', EVENT), opt(punct(',')), gap(4), cue('organised'), cue('by'), slot('o', ORG)]),
  seq(['de.organised.by-verb-final', 'de', 'ORGANIZED_BY', 0.85, 'Das Forum wird von der UNESCO organisiert.'], 'e', 'o',
    [slot('e', EVENT), gap(3), cue('by'), slot('o', ORG), gap(2), cue('organised')]),
  seq(['any.organised.organiser-of-is', 'any', 'ORGANIZED_BY', 0.8, 'Veranstalter der Messe ist die Leipziger Messe GmbH; The organiser of the festival is the British Council.'], 'e', 'o',
    [w('veranstalter', 'ausrichter', 'organisator', 'organiser', 'organizer', 'organisers', 'organizers', 'host'), gap(3), slot('e', EVENT), gap(1), cue('be'), gap(2), slot('o', ORG)]),
  seq(['en.organised.org-which-organises', 'en', 'ORGANIZED_BY', 0.75, 'the Amaury Sport Organisation (ASO), which also runs the Dakar Rally'], 'e', 'o',
    [slot('o', ORG), opt(punct(')')), punct(','), w('which', 'that'), opt(w('also')), cue('organises'), gap(6, { skip: PLACE }), slot('e', EVENT)]),
  seq(['de.organised.org-die-veranstaltet', 'de', 'ORGANIZED_BY', 0.75, 'die UNESCO, die auch das Forum veranstaltet'], 'e', 'o',
    [slot('o', ORG), opt(punct(')')), punct(','), w('die', 'der', 'das'), opt(w('auch', 'seit', 'jedes')), gap(4, { skip: PLACE }), slot('e', EVENT), gap(2), cue('organises')]),
  seq(['any.organised.org-organises', 'any', 'ORGANIZED_BY', 0.8, 'Die UNESCO veranstaltet das Forum.'], 'e', 'o',
    [slot('o', ORG), gap(1), cue('organises'), gap(3), slot('e', EVENT)]),
  seq(['any.located.city-in-area', 'any', 'LOCATED_IN', 0.7, 'Witebsk in Belarus; Almaty in southern Kazakhstan'], 'c', 'p',
    [slot('c', ['City', 'Location']), cue('in'), gap(1), slot('p', AREA)]),
  seq(['any.located.city-comma-area', 'any', 'LOCATED_IN', 0.7, 'Almaty, Kazakhstan, (Reuters)'], 'c', 'p',
    [slot('c', TOWN), punct(','), slot('p', AREA), not('und', 'and', 'sowie', 'or', 'oder', '-')]),
  seq(['any.located.seat-in', 'any', 'LOCATED_IN', 0.9, 'die EAWU mit Sitz in Moskau; the bank, headquartered in Beijing'], 'o', 'c',
    [slot('o', ORG), opt(punct(')')), opt(punct(',')), gap(3), cue('seat'), opt(w('ebenfalls', 'auch', 'also', 'bereits', 'seit', 'heute', 'now', 'still', 'weiterhin', 'nach', 'wie')), cue('in'), slot('c', PLACE)]),
  seq(['any.located.seat-of-org-in', 'any', 'LOCATED_IN', 0.85, 'am Sitz der Opec in Wien; at the headquarters of the IAEA in Vienna'], 'o', 'c',
    [cue('seat'), opt(cue('of')), slot('o', ORG), cue('in'), slot('c', PLACE)]),
  seq(['any.located.located-in', 'any', 'LOCATED_IN', 0.85, 'The Baikonur Cosmodrome, located in the Kyzylorda region, ...'], 'o', 'c',
    [slot('o', ['Location', 'Organization', 'City', 'Event']), opt(punct(',')), cue('located'), cue('in'), slot('c', PLACE)]),
  seq(['any.located.city-based-org', 'any', 'LOCATED_IN', 0.85, 'Lagos-based Stanbic IBTC; the Minsk-based bank Belarusbank'], 'o', 'c',
    [slot('c', PLACE), cue('based'), gap(2), slot('o', ORG)]),
  seq(['any.located.adj-noun-org', 'any', 'LOCATED_IN', 0.65, 'der dänische Impfstoffhersteller Bavarian Nordic; the Russian space agency Roscosmos; der steirische Werkzeugbauer Kogler'], 'o', 'c',
    [adj('c', ['Country', 'Region']), opt(w('state', 'state-owned', 'state-run', 'staatliche', 'staatlichen', 'staatseigene', 'staatseigenen')), gap(2), slot('o', ORG, { bare: true })]),
  // A venue with its town: "the final at Wembley Stadium in London", "im Estadio Santiago Bernabéu in Madrid".
  seq(['any.located.venue-in-town', 'any', 'LOCATED_IN', 0.7, 'the Champions League final at Wembley Stadium in London; im Estadio Santiago Bernabéu in Madrid'], 'v', 'c',
    [w('at', 'im'), opt(w('the')), slot('v', ['Location'], { bare: true }), w('in'), slot('c', TOWN)]),
  // A German town adjective before a company or its descriptor: "der Münchner Autobauer BMW", "des Grazer Anlagenbauers Andritz".
  seq(['de.located.town-adj-org', 'de', 'LOCATED_IN', 0.7, 'der Münchner Autobauer BMW; des Grazer Anlagenbauers Andritz; die Stuttgarter Porsche AG'], 'o', 'c',
    [adj('c', ['City']), opt(w(...TOWN_ORG_NOUNS_DE)), slot('o', ORG, { bare: true })]),
  // A country name in a German compound with a company noun: "der US-Rüstungszulieferer Loc Performance Products", "der US-Konzern Tesla".
  seq(['de.located.country-compound-company-org', 'de', 'LOCATED_IN', 0.65, 'der US-Rüstungszulieferer Loc Performance Products; der China-Konzern BYD'], 'o', 'c',
    [slot('c', COUNTRY), w(...COMPANY_DESCRIPTOR_FORMS_DE), slot('o', ORG, { bare: true })]),
  seq(['en.located.adj-descriptor-org', 'en', 'LOCATED_IN', 0.65, 'Finnish telecom equipment maker Nokia; the Swiss food group Nestlé'], 'o', 'c',
    [adj('c'), gap(3), w(...COMPANY_DESCRIPTORS_EN), slot('o', ORG, { bare: true })]),
  seq(['any.located.adj-place-noun-city', 'any', 'LOCATED_IN', 0.8, 'the Mozambican port of Beira; die kasachische Stadt Schymkent'], 'o', 'c',
    [adj('c'), cue('cityNoun'), opt(cue('of')), slot('o', ['City', 'Location', 'Region'])]),
  // An apposition names the seat: "Maybank, the Kuala Lumpur-based lender, said".
  seq(['en.located.org-apposition-based', 'en', 'LOCATED_IN', 0.8, 'Maybank, the Kuala Lumpur-based lender, said; Bitters End, a Tokyo-based company'], 'o', 'c',
    [slot('o', ORG), punct(','), w('the', 'a', 'an'), gap(2), slot('c', PLACE), cue('based')]),
  seq(['en.located.based-in', 'en', 'LOCATED_IN', 0.9, 'the Minsk-based EAEU / the organisation, based in Beijing'], 'o', 'c',
    [slot('o', ORG), gap(2), opt(punct(',')), opt(cue('relative'), cue('be')), cue('based'), cue('in'), list('c', PLACE)]),
  // An apposition describes it first: "the Sabin Vaccine Institute, a non-profit group based in Washington".
  seq(['en.located.apposition-based-in', 'en', 'LOCATED_IN', 0.8, 'the Sabin Vaccine Institute, a non-profit group based in Washington'], 'o', 'c',
    [slot('o', ORG), opt(punct(')')), punct(','), w('a', 'an', 'the'), gap(4), cue('based'), cue('in'), slot('c', PLACE)]),
  seq(['any.located.affiliated-org-in-city', 'any', 'LOCATED_IN', 0.6, 'die Virologin X vom Robert Koch-Institut in Berlin; an analyst at Commerzbank in Frankfurt'], 'o', 'c',
    [cue('affiliation'), slot('o', ORG), opt(punct('('), gap(2, { skip: ['Organization'] }), punct(')')), cue('in'), slot('c', TOWN)]),
  seq(['any.located.city-in-subdivision', 'any', 'LOCATED_IN', 0.75, 'a factory in Silao, in the central state of Guanajuato'], 'c', 'p',
    [slot('c', TOWN), opt(punct(',')), cue('in'), opt(w('the', 'der', 'dem')), gap(2), cue('subdivision'), opt(cue('of')), slot('p', AREA)]),
  seq(['any.located.country-subdivision-name', 'any', 'LOCATED_IN', 0.8, 'aus dem US-Bundesstaat Utah; the U.S. state of Utah'], 'p', 'c',
    [slot('c', COUNTRY, { form: 'any' }), cue('subdivision'), opt(cue('of')), slot('p', ['Region', 'City'])]),
  seq(['any.located.city-noun-in', 'any', 'LOCATED_IN', 0.85, 'Witebsk, eine Stadt im Nordosten von Belarus'], 'c', 'p',
    [slot('c', TOWN), punct(','), gap(2), cue('cityNoun'), cue('in'), gap(3), opt(cue('of')), slot('p', AREA)]),
  seq(['any.located.compass-of', 'any', 'LOCATED_IN', 0.8, 'Witebsk im Nordosten Belarus; Aktau in the west of Kazakhstan'], 'c', 'p',
    [slot('c', TOWN), cue('in'), opt(w('the')), cue('compass'), opt(cue('of')), slot('p', AREA)]),
  seq(['any.capital.city-comma-capital', 'any', 'CAPITAL_OF', 0.9, 'Astana, die Hauptstadt Kasachstans; Minsk, the capital of Belarus'], 'c', 'p',
    [slot('c', TOWN), punct(','), gap(1), cue('capital'), opt(cue('of')), slot('p', COUNTRY)]),
  seq(['any.capital.city-is-capital', 'any', 'CAPITAL_OF', 0.9, 'Astana ist die Hauptstadt Kasachstans.'], 'c', 'p',
    [slot('c', TOWN), cue('be'), gap(2), cue('capital'), opt(cue('of')), slot('p', COUNTRY)]),
  seq(['any.capital.adj-capital-city', 'any', 'CAPITAL_OF', 0.9, 'die kasachische Hauptstadt Astana; the Kazakh capital, Astana'], 'c', 'p',
    [adj('p'), cue('capital'), opt(punct(',')), slot('c', TOWN)]),
  seq(['any.capital.capital-of-country-city', 'any', 'CAPITAL_OF', 0.85, "die Hauptstadt Kasachstans, Astana; Kazakhstan's capital Astana"], 'c', 'p',
    [slot('p', COUNTRY), opt(cue('possessive')), cue('capital'), opt(punct(',')), slot('c', TOWN)]),
  seq(['any.capital.capital-of-then-city', 'any', 'CAPITAL_OF', 0.85, 'die Hauptstadt Kasachstans, Astana'], 'c', 'p',
    [cue('capital'), opt(cue('of')), slot('p', COUNTRY), opt(punct(',')), slot('c', TOWN)]),
  seq(['any.part.is-part-of', 'any', 'PART_OF', 0.85, 'Die Krim ist Teil der Ukraine; Crimea is part of Ukraine'], 'a', 'x',
    [slot('a', ['Region', 'City', 'Location', 'Organization']), cue('be'), gap(2), cue('part'), opt(cue('of')), slot('x', ['Country', 'Region', 'Organization'])]),
  seq(['any.part.belongs-to', 'any', 'PART_OF', 0.75, 'Die Region gehört zu Kasachstan.'], 'a', 'x',
    [slot('a', ['Region', 'City', 'Location', 'Organization']), cue('belongs'), gap(2), cue('belongsTo'), slot('x', ['Country', 'Region', 'Organization'])]),
];

export const SUPPORT_AND_CHAIR: SequenceRule[] = [
  // Funding: "Gefördert wird die Ausstellung von der X", "Das Festival wird von X gefördert", "The festival is funded by X", "X helped fund the festival".
  seq(['de.support.funded-by-inverted', 'de', 'SUPPORTS', 0.75, 'Gefördert wird die Ausstellung von der Kulturstiftung des Bundes und der Baden-Württemberg Stiftung.'], 'a', 'b',
    [w(...FUNDED_DE), w('wird', 'werden', 'wurde', 'wurden'), slot('b', FUNDED), gap(2), w('von', 'vom', 'durch'), list('a', ACTOR)]),
  seq(['de.support.funded-by', 'de', 'SUPPORTS', 0.75, 'Das Festival wird von der Robert Bosch Stiftung gefördert.'], 'a', 'b',
    [slot('b', FUNDED), w('wird', 'werden', 'wurde', 'wurden'), gap(3), w('von', 'vom', 'durch'), list('a', ACTOR), gap(3), w(...FUNDED_DE)]),
  seq(['en.support.funded-by', 'en', 'SUPPORTS', 0.75, 'The festival is funded by the Ford Foundation and the European Union.'], 'a', 'b',
    [slot('b', FUNDED), cue('be'), opt(w('largely', 'partly', 'mainly', 'jointly')), w('funded', 'financed', 'sponsored', 'supported', 'backed', 'co-funded'), w('by'), list('a', ACTOR)]),
  seq(['en.support.helped-fund', 'en', 'SUPPORTS', 0.75, 'The African Development Bank helped fund the festival.'], 'a', 'b',
    [list('a', ACTOR), w('helped', 'help', 'helps', 'will'), opt(w('to')), w('fund', 'finance', 'sponsor', 'co-fund'), slot('b', FUNDED)]),
  seq(['any.support.supports', 'any', 'SUPPORTS', 0.85, 'Kasachstan unterstützt den Beitritt von Belarus; Russia backs Belarus'], 'a', 'b',
    [slot('a', ACTOR), not('over', 'about', 'against', 'for', 'of', 'über', 'gegen', 'um', 'für'), gap(2), cue('support'), not('by'), gap(3), slot('b', ACTOR)]),
  seq(['any.support.supports-adj-bid', 'any', 'SUPPORTS', 0.8, 'Kasachstan unterstützt den belarussischen Antrag; China supports the Kazakh bid'], 'a', 'b',
    [slot('a', ACTOR), gap(2), cue('support'), gap(2), adj('b'), gap(1), cue('bid')]),
  seq(['any.support.support-of-for', 'any', 'SUPPORTS', 0.75, 'die Unterstützung Russlands für Belarus; support from China for Pakistan'], 'a', 'b',
    [cue('supportNoun'), opt(cue('from')), slot('a', ACTOR), opt(cue('possessive')), cue('for'), gap(2), slot('b', ACTOR)]),
  seq(['de.support.pledged-support-for', 'de', 'SUPPORTS', 0.8, 'Scholz hat beim Gipfel weitere Unterstützung für die Ukraine zugesagt.'], 'a', 'b',
    [slot('a', ACTOR), gap(10, { skip: 'all' }), cue('supportNoun'), cue('for'), slot('b', ACTOR), gap(3), cue('pledge')]),
  seq(['en.support.pledged-support-for', 'en', 'SUPPORTS', 0.8, 'Scholz pledged further support for Ukraine at the summit.'], 'a', 'b',
    [slot('a', ACTOR), gap(2), cue('pledge'), gap(3), cue('supportNoun'), cue('for'), slot('b', ACTOR)]),
  seq(['any.support.adj-support-for', 'any', 'SUPPORTS', 0.7, 'die russische Unterstützung für Belarus; Chinese support for Pakistan'], 'a', 'b',
    [adj('a'), cue('supportNoun'), cue('for'), gap(2), slot('b', ACTOR)]),
  seq(['any.chair.holds-chair', 'any', 'CHAIRS', 0.9, 'Kasachstan hat den Vorsitz in der SOZ; Kazakhstan holds the chairmanship of the SCO'], 'a', 'x',
    [slot('a', ACTOR), cue('holdChair'), gap(4), cue('chairNoun'), cue('chairPrep'), list('x', ORG)]),
  seq(['any.chair.adj-chair-clause', 'any', 'CHAIRS', 0.65, 'dass Belarus im Jahr der kasachischen Präsidentschaft Vollmitglied der SOZ wird'], 'a', 'x',
    [adj('a'), cue('chairNoun'), gap(8), slot('x', ORG)]),
  seq(['any.chair.org-under-adj-chair', 'any', 'CHAIRS', 0.8, 'die SOZ unter kasachischem Vorsitz; the SCO under Kazakh chairmanship'], 'a', 'x',
    [slot('x', ORG), gap(3), cue('under'), adj('a'), cue('chairNoun')]),
  seq(['any.chair.person-chaired', 'any', 'CHAIRS', 0.8, 'Xi chaired the SCO summit in Tianjin; Tokajew leitete das Astana-Forum'], 'a', 'x',
    [slot('a', PERSON), gap(1), cue('chaired'), gap(2), slot('x', EVENT)]),
  seq(['en.chair.actor-chairs', 'en', 'CHAIRS', 0.85, 'Laos, which chairs the Association of Southeast Asian Nations this year, ...'], 'a', 'x',
    [slot('a', ACTOR), opt(punct(',')), opt(cue('relative')), w('chairs', 'chaired', 'chairing'), slot('x', ORG), not('committee', 'committees', 'subcommittee', 'panel', 'commission', 'working', 'task', 'meeting', 'meetings', 'session', 'summit', 'talks')]),
  seq(['any.chair.holds-presidency', 'any', 'CHAIRS', 0.8, 'Brazil, which holds the BRICS presidency this year, said ...; Polen hat den EU-Ratsvorsitz inne; Ungarn übernimmt die EU-Ratspräsidentschaft'], 'a', 'x',
    [slot('a', STATE), opt(punct(',')), opt(cue('relative')), w('holds', 'held', 'hold', 'holding', 'took', 'takes', 'assumed', 'assumes', 'hat', 'hatte', 'übernimmt', 'übernahm', 'innehat', 'führt'), opt(w('over')), opt(w('the', 'den', 'die')), opt(w('rotating', 'rotierenden', 'rotierende')), slot('x', ORG), opt(cue('possessive')), opt(w('rotating', 'annual', 'current')), cue('chairNoun')]),
  seq(['en.chair.possessive-chair-of', 'en', 'CHAIRS', 0.8, "Kazakhstan's presidency of the SCO; the Kazakh chairmanship of the CIS"], 'a', 'x',
    [slot('a', STATE, { form: 'any' }), opt(cue('possessive')), cue('chairNoun'), w('of'), slot('x', ORG)]),
];

export const MEETINGS: SequenceRule[] = [
  seq(['de.met.traf', 'de', 'MET_WITH', 0.85, 'Lukaschenko traf am Montag in Minsk den kasachischen Präsidenten Tokajew.'], 'a', 'b',
    [slot('a', PERSON), gap(2), cue('meet'), opt(w('sich')), opt(w('mit')), gap(7, { skip: PLACE_OR_ORG }), list('b', PERSON)]),
  seq(['de.met.verb-second', 'de', 'MET_WITH', 0.8, 'Vor Beginn der Beratungen traf Lukaschenko den russischen Präsidenten Putin.'], 'a', 'b',
    [cue('meet'), slot('a', PERSON), opt(w('sich')), opt(w('mit')), gap(6, { skip: PLACE }), list('b', PERSON)]),
  // The one met named in an apposition after the role: "Danach empfängt der Staatschef den Generalsekretär der OSZE, Feridun Sinirlioğlu."
  seq(['any.met.verb-second-role-apposition', 'any', 'MET_WITH', 0.75, 'Danach empfängt Mirsijojew den Generalsekretär der OSZE, Feridun Sinirlioğlu; Later he met the head of the IAEA, Rafael Grossi.'], 'a', 'b',
    [cue('meet'), slot('a', PERSON), opt(w('sich')), opt(w('mit', 'with')), gap(2), role(MET_ROLES), opt(cue('of')), gap(2, { skip: PLACE_OR_ORG }), punct(','), slot('b', PERSON)]),
  // A counterpart named after a comma: "Vieira met separately with his Paraguayan counterpart, Ruben Ramirez Lezcano".
  seq(['any.met.met-counterpart', 'any', 'MET_WITH', 0.8, 'Vieira met separately with his Paraguayan counterpart, Ruben Ramirez Lezcano; Baerbock traf sich mit ihrem polnischen Amtskollegen, Radosław Sikorski.'], 'a', 'b',
    [slot('a', PERSON), gap(5, { skip: PLACE }), cue('meet'), opt(w('with', 'sich', 'mit')), gap(4, { skip: PLACE }), w(...COUNTERPARTS), opt(punct(',')), slot('b', PERSON)]),
  seq(['de.met.perfect', 'de', 'MET_WITH', 0.8, 'Lukaschenko habe Tokajew in Sotschi getroffen; Scholz hat sich mit Macron getroffen.'], 'a', 'b',
    [slot('a', PERSON), cue('has'), opt(w('sich')), gap(8, { skip: PLACE }), opt(w('mit')), list('b', PERSON), gap(4, { skip: PLACE }), w('getroffen', 'empfangen', 'gesprochen')]),
  seq(['de.met.passive-received', 'de', 'MET_WITH', 0.8, 'In Bischkek wurde er vom Präsidenten Kirgisistans, Sadyr Dschaparow, empfangen.'], 'a', 'b',
    [slot('a', PERSON), cue('passive'), gap(7, { skip: PLACE }), w('von', 'vom'), gap(3, { skip: PLACE, commas: true }), slot('b', PERSON), gap(3, { commas: true }), cue('received')]),
  seq(['any.met.subject-relative-met', 'any', 'MET_WITH', 0.75, 'Antony Blinken, who joined the talks on Saturday, met Wang Yi on the sidelines.'], 'a', 'b',
    [slot('a', PERSON), punct(','), w('who', 'der', 'die'), gap(8, { skip: 'all' }), punct(','), cue('meet'), opt(w('with', 'sich', 'mit')), gap(4, { skip: PLACE }), list('b', PERSON)]),
  seq(['de.met.passive-received-inverted', 'de', 'MET_WITH', 0.8, 'In Taschkent wurde Lukaschenko vom Präsidenten Usbekistans, Schawkat Mirsijojew, empfangen.'], 'a', 'b',
    [cue('passive'), slot('a', PERSON), gap(3, { skip: PLACE }), w('von', 'vom'), gap(3, { skip: PLACE, commas: true }), slot('b', PERSON), gap(3, { commas: true }), cue('received')]),
  seq(['en.met.met', 'en', 'MET_WITH', 0.85, 'Tokayev met Russian President Vladimir Putin in Moscow.'], 'a', 'b',
    [slot('a', PERSON), gap(5, { skip: PLACE }), cue('meet'), opt(w('with')), gap(6, { skip: PLACE_OR_ORG }), list('b', PERSON)]),
  seq(['en.met.to-meet', 'en', 'MET_WITH', 0.65, 'Ebrard traveled to Washington on Wednesday to meet Commerce Secretary Lutnick.'], 'a', 'b',
    [slot('a', PERSON), gap(8, { skip: PLACE }), w('to'), w('meet'), opt(w('with')), gap(4, { skip: PLACE }), list('b', PERSON)]),
  seq(['any.met.pair-met', 'any', 'MET_WITH', 0.85, 'Lukaschenko und Tokajew trafen sich in Astana; Putin and Xi met'], 'a', 'a',
    [list('a', PERSON, 2), cue('meetVerbPlural'), opt(cue('meetTogether'))]),
  seq(['any.met.meeting-of', 'any', 'MET_WITH', 0.85, 'das Treffen von Lukaschenko und Tokajew; talks between Putin and Xi'], 'a', 'a',
    [cue('meetingNoun'), gap(2), w('zwischen', 'von', 'between', 'of'), list('a', PERSON, 2)]),
  seq(['any.met.meeting-with', 'any', 'MET_WITH', 0.8, 'das Treffen Lukaschenkos mit Tokajew; talks of Putin with Xi'], 'a', 'b',
    [cue('meetingNoun'), opt(w('von', 'of')), slot('a', PERSON), cue('with'), gap(4), slot('b', PERSON)]),
  seq(['any.met.talks-with', 'any', 'MET_WITH', 0.75, 'Tokayev held talks with Lukashenko; Lukaschenko führte Gespräche mit Tokajew'], 'a', 'b',
    [slot('a', PERSON), gap(6, { skip: PLACE }), cue('talks'), gap(2), cue('with'), gap(4, { skip: PLACE }), list('b', PERSON)]),
  seq(['de.visit.verb-second', 'de', 'VISITED', 0.8, 'Am Donnerstag besucht Steinmeier die Wirtschaftsmetropole Ho-Chi-Minh-Stadt.'], 'a', 'x',
    [cue('visit'), slot('a', PERSON), gap(3), list('x', PLACE)]),
  seq(['any.visit.visited', 'any', 'VISITED', 0.85, 'Tokajew besuchte im Mai Minsk; Xi visited Astana'], 'a', 'x',
    [slot('a', PERSON), gap(3), cue('visit'), gap(5), list('x', PLACE)]),
  seq(['any.visit.travelled-to', 'any', 'VISITED', 0.8, 'Lukaschenko reiste am Montag nach Astana; Putin travelled to Beijing'], 'a', 'x',
    [slot('a', PERSON), gap(3), cue('travel'), gap(4, { skip: EVENT }), cue('toPlace'), list('x', PLACE), not('zurück')]),
  seq(['de.visit.travel-verb-second', 'de', 'VISITED', 0.8, 'Danach reiste er nach Buenos Aires; Am Montag flog Scholz nach Peking.'], 'a', 'x',
    [cue('travel'), slot('a', PERSON), gap(3), cue('toPlace'), list('x', PLACE), not('zurück')]),
  seq(['de.visit.gereist', 'de', 'VISITED', 0.8, 'Lukaschenko ist am Donnerstag zum Gipfel der EAWU nach Bischkek gereist.'], 'a', 'x',
    [slot('a', PERSON), gap(14, { skip: 'all' }), w('nach'), slot('x', PLACE), gap(1), cue('travelled'), not(...FUTURE_DE)]),
  seq(['any.visit.visit-to', 'any', 'VISITED', 0.75, 'Tokajew ist zu einem Staatsbesuch in Minsk eingetroffen; Xi on a visit to Astana'], 'a', 'x',
    [slot('a', PERSON), gap(6), cue('visitNoun'), cue('visitPrep'), slot('x', PLACE)]),
  seq(['any.visit.possessive-visit', 'any', 'VISITED', 0.8, "Tokayev's visit to Minsk; der Besuch Tokajews in Minsk"], 'a', 'x',
    [slot('a', PERSON), opt(cue('possessive')), gap(1), cue('visitNoun'), cue('visitPrep'), slot('x', PLACE)]),
  seq(['any.visit.visit-of', 'any', 'VISITED', 0.8, 'der Besuch Tokajews in Minsk'], 'a', 'x',
    [cue('visitNoun'), opt(w('von', 'of', 'by', 'durch')), slot('a', PERSON), cue('visitPrep'), slot('x', PLACE)]),
  seq(['en.visit.arrived', 'en', 'VISITED', 0.75, 'Tokayev arrived in Minsk on Monday.'], 'a', 'x',
    [slot('a', PERSON), gap(2), cue('arrive'), gap(3), cue('in'), slot('x', PLACE)]),
  seq(['de.visit.traf-ein', 'de', 'VISITED', 0.8, 'Tokajew traf am Montag in Minsk ein.'], 'a', 'x',
    [slot('a', PERSON), gap(2), cue('arrive'), gap(3), cue('in'), slot('x', PLACE), gap(3), w('ein')]),
  seq(['de.visit.eingetroffen', 'de', 'VISITED', 0.8, 'Tokajew ist zu einem Besuch in Minsk eingetroffen.'], 'a', 'x',
    [slot('a', PERSON), gap(6), cue('in'), slot('x', PLACE), gap(2), w('eingetroffen', 'angekommen', 'gelandet', 'einzutreffen')]),
  seq(['any.won.won', 'any', 'WON', 0.85, 'Dimash gewann den Grand Prix des Festivals; Kenya won the Cup'], 'a', 'e',
    [slot('a', ACTOR), gap(3), cue('win'), gap(2), slot('e', PRIZE)]),
  seq(['any.won.winner-of', 'any', 'WON', 0.8, 'Dimash wurde Sieger des Festivals; She was the winner of the Eurovision Song Contest'], 'a', 'e',
    [slot('a', ACTOR), cue('be'), gap(2), cue('winner'), w('des', 'der', 'beim', 'bei', 'of', 'at'), gap(2), slot('e', PRIZE)]),
  // An apposition: "Reza Kamali, the winner of the Golden Bear", "X, Gewinner des Goldenen Bären", and the other way round.
  seq(['any.won.apposition-winner-of', 'any', 'WON', 0.8, 'Reza Kamali, the winner of the Golden Bear in 2019, ...; Anna Roe, Gewinnerin des Deutschen Buchpreises, ...'], 'a', 'e',
    [slot('a', ACTOR), punct(','), opt(w('the', 'a', 'der', 'die')), gap(2), cue('winner'), w('des', 'der', 'beim', 'of', 'at'), gap(2), slot('e', PRIZE)]),
  seq(['any.won.winner-of-apposition', 'any', 'WON', 0.8, 'The winner of the Booker Prize, Jane Roe, ...; Die Siegerin des Deutschen Buchpreises, Anna Roe, ...'], 'a', 'e',
    [cue('winner'), w('des', 'der', 'of'), gap(2), slot('e', PRIZE), punct(','), slot('a', PERSON), punct(',')]),
  seq(['any.won.event-winner', 'any', 'WON', 0.8, 'Eurovision-Sieger Loreen; Eurovision winner Loreen'], 'a', 'e',
    [slot('e', PRIZE), cue('winner'), slot('a', PERSON)]),
  seq(['any.works.works-for', 'any', 'WORKS_FOR', 0.85, 'Sie arbeitet seit 2010 für die UNESCO; He works for Reuters'], 'p', 'o',
    [slot('p', PERSON), cue('work'), gap(3), cue('workFor'), slot('o', ORG)]),
];

export const NESTED: RelationRule[] = [
  { kind: 'nested', id: 'any.role.nested-leader', lang: 'any', relation: 'LEADER_OF', confidence: 0.85,
    example: '„...“, betonte der belarussische Staatschef.', outer: PERSON, inner: COUNTRY, innerForm: 'adj',
    roles: ['head_of_state', 'head_of_government'] },
  { kind: 'nested', id: 'any.role.nested-minister', lang: 'any', relation: 'WORKS_FOR', confidence: 0.8,
    example: 'sagte der kasachische Außenminister.', outer: PERSON, inner: COUNTRY, innerForm: 'adj', roles: ['minister'] },
  { kind: 'nominal-place', id: 'any.located.nominal-place-adjective', lang: 'any', relation: 'LOCATED_IN', confidence: 0.7,
    example: 'Toyota plans a plant in Finland. The Japanese automaker is based in Tokyo.; Größter Kunde ist BMW. Der Münchner Autobauer ...',
    outer: ORG, inner: ['Country', 'City'] },
  { kind: 'ministry-head', id: 'any.role.minister-of-ministry', lang: 'any', relation: 'LEADER_OF', confidence: 0.75,
    example: 'Finance Minister Suresh Prabhakar welcomed the cut in a statement issued by the Finance Ministry.; Umweltminister Carsten Schneider, dessen Bundesumweltministerium die Tagung ausrichtet, ...' },
  { kind: 'event-head', id: 'any.role.event-head', lang: 'any', relation: 'LEADER_OF', confidence: 0.7,
    example: 'The 31st Busan International Film Festival opened. ... Festival director Jung Hye-won said ...; Festspielpräsidentin Kristina Hammer dankte den Sponsoren (of the Salzburger Festspiele).',
    stems: ['festival', 'festspiel', 'filmfest', 'biennale', 'messe', 'turnier', 'tournament', 'conference', 'konferenz', 'kongress', 'congress', 'marathon', 'wettbewerb'] },
  { kind: 'nominal-place', id: 'any.citizen.nominal-demonym', lang: 'any', relation: 'CITIZEN_OF', confidence: 0.65,
    example: 'Anders Holmgren verteidigte die Strategie. Nordvik bleibe treu, sagte der Schwede.; "We were too slow," the Dutchman said.',
    outer: PERSON, inner: COUNTRY },
  { kind: 'named-after', id: 'any.organised.org-summit', lang: 'any', relation: 'ORGANIZED_BY', confidence: 0.85,
    example: 'am Vorabend des SOZ-Gipfels in Astana (the SCO Summit, when the SCO is mentioned)',
    suffixes: [' Summit'], eventTypes: EVENT, ownerTypes: ORG },
  // An event named after the town it is held in, when the text names that town too: "Venice Film
  // Festival", "Boston Marathon", "Leipziger Buchmesse" (Leipzig Book Fair). Towns only: a country or
  // a cause in the name says nothing of the venue ("Ukraine Recovery Conference"); no rallies ("Dakar Rally").
  { kind: 'named-after', id: 'any.held.town-named-event', lang: 'any', relation: 'HELD_IN', confidence: 0.7, leading: true,
    example: 'Der Marathon in Boston ... (the Boston Marathon, when Boston is mentioned)',
    suffixes: [' Marathon', ' Half Marathon', ' Festival', ' Film Festival', ' Book Fair', ' Fair', ' Trade Fair', ' Conference', ' Summit', ' Forum', ' Biennale', ' Motor Show', ' Air Show', ' Open', ' Grand Prix', ' Expo'],
    eventTypes: EVENT, ownerTypes: ['City'] },
];
