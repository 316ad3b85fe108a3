// Relation rules as data, fourth part: phrasings common in agency copy that the other tables missed:
// relative clauses ("X, who has led the HDZ since 2016"; "X, der 2022 den Preis gewonnen hatte"),
// appositions ("X, an American economist who ..., visited Y"; "Rheinmetall, Germany's largest arms
// maker"), prizes given and received, events given to a host, speakers at events, seats in a relative
// clause, clubs signing players, party members ("Merz (CDU)", "SPD-Politiker X"), heads "of" an
// organisation, agencies of a larger body, backers, agreements with the verb last, papers named in quotes.
// Same record shape and conventions as relation-rules.ts, which exports them all.

import type { SequenceRule } from '../relations/pattern-types.js';
import type { RelationType } from '../../types.js';
import type { RoleCategory } from '../pipeline-types.js';
import {
  ACTOR, COUNTRY, EVENT, ORG, PERSON, PLACE, PRIZE, STATE, TOWN,
  adj, cue, gap, list, not, opt, punct, role, seq, slot, w,
} from '../relations/rule-builders.js';

/** A stake, shares or a share of something is no takeover of the whole company. */
const NOT_WHOLE = ['stake', 'stakes', 'share', 'shares', 'minority', 'percent', '%', 'holding', 'anteil', 'anteile', 'anteilen', 'beteiligung', 'prozent', 'aktien', 'aktienpaket', 'mehrheit', 'majority', 'assets', 'unit', 'division', 'sparte', 'teile', 'license', 'rights', 'lizenz', 'rechte'];
const STATE_ROLES: readonly RoleCategory[] = ['head_of_state', 'head_of_government', 'minister'];
const byStateRole = { bind: 'r', map: { head_of_state: 'LEADER_OF', head_of_government: 'LEADER_OF', minister: 'WORKS_FOR' } as Partial<Record<RoleCategory, RelationType>> };
/** Words between a country and its office holder's role that do not change whose office it is. */
const OFFICE_MODS = [
  'new', 'newly', 'outgoing', 'incumbent', 'acting', 'interim', 'current', 'long-time', 'longtime', 'long-serving', 'veteran', 'embattled', 'then',
  'neue', 'neuen', 'neuer', 'amtierende', 'amtierenden', 'amtierender', 'scheidende', 'scheidenden', 'kommissarische', 'kommissarischen', 'langjährige', 'langjährigen',
];
/** Nouns for the head of an organisation, before "of" ("the head of the IAEA, Rafael Grossi"). */
const HEAD_NOUNS = ['head', 'chief', 'boss', 'chef', 'chefin', 'leiter', 'leiterin', 'spitze'];
/** Party people named by their party: "CDU-Politiker X", "Labour lawmaker X". */
const PARTY_PEOPLE = [
  'politiker', 'politikerin', '*politiker', '*politikerin', 'politician', 'lawmaker', 'legislator', 'abgeordnete', 'abgeordneter', 'abgeordneten',
  '*abgeordnete', '*abgeordneter', '*abgeordneten', 'mp', 'senator', 'senatorin', 'congressman', 'congresswoman', 'parteifreund', 'parteifreundin',
  'kandidat', 'kandidatin', 'kandidaten', 'spitzenkandidat', 'spitzenkandidatin', 'spitzenkandidaten', 'candidate',
];

/** What can win a prize: people, teams, countries and works ("das Drama „Die stille Grenze“"). */
const WINNERS = ['Person', 'Organization', 'Country', 'Work'] as const;
const AWARD = ['Award'] as const;
const QUOTES = ['„', '"', '“', '«', '»', '‚', "'"];
/** Positions in a team, as in relation-rules-phrases.ts. */
const PLAYER = [
  'striker', 'midfielder', 'defender', 'forward', 'goalkeeper', 'keeper', 'winger', 'playmaker', 'centre-back', 'center-back', 'player', 'full-back',
  'stürmer', 'mittelfeldspieler', 'verteidiger', 'innenverteidiger', 'abwehrspieler', 'torwart', 'torhüter', 'angreifer', 'flügelspieler', 'spielmacher', 'spieler', 'nationalspieler',
];
/** Adjectives between a possessive country and its party: "Croatia's ruling conservative HDZ". */
const PARTY_ADJ = [
  'ruling', 'governing', 'opposition', 'conservative', 'liberal', 'centre-left', 'centre-right', 'center-left', 'center-right', 'left-wing',
  'right-wing', 'far-right', 'far-left', 'nationalist', 'populist', 'main', 'socialist', 'communist', 'green', 'pro-european', 'pro-western', 'largest', 'biggest',
];
const SIGNED_DE = ['verpflichtet', 'geholt', 'engagiert', 'verpflichtete', 'holte'];
const AGREED_FINAL_DE = ['vereinbart', 'beschlossen', 'unterzeichnet', 'geschlossen', 'abgeschlossen', 'besiegelt', 'begründet', 'vertieft', 'ausgebaut'];
const AGREED_VERB_DE = ['vereinbarten', 'beschlossen', 'unterzeichneten', 'schlossen', 'besiegelten', 'begründeten', 'vertieften'];
const LED_EN = ['led', 'leads', 'headed', 'heads', 'runs', 'run', 'ran'];
const LED_DE = ['führt', 'führte', 'leitet', 'leitete', 'anführt', 'anführte', 'geführt', 'geleitet'];
const AWARDED_DE = ['ausgezeichnet', 'geehrt', 'prämiert', 'gewürdigt'];
const WON_DE_FINAL = ['gewonnen', 'erhalten', 'bekommen', 'gewann', 'erhielt', 'holte', 'geholt', 'errungen'];
const RUNS_DE = ['beginnt', 'begann', 'endet', 'endete', 'tagt', 'tagte', 'läuft', 'lief', 'stattfindet', 'stattfand', 'eröffnet', 'ausgetragen'];
const RUNS_EN = ['opens', 'opened', 'runs', 'ran', 'began', 'begins', 'ends', 'ended', 'convenes', 'convened', 'takes', 'took', 'held', 'hosted'];
const BACKERS_EN = ['backer', 'backers', 'supporter', 'supporters', 'donor', 'donors', 'sponsor', 'sponsors', 'funder', 'funders'];
const BACKERS_DE = ['unterstützer', 'unterstützern', '*unterstützer', '*unterstützern', 'geldgeber', 'geldgebern', 'geber', 'gebern', 'förderer', 'förderern', 'sponsor', 'sponsoren'];
const COMPANY_EN = [
  'maker', 'company', 'firm', 'bank', 'lender', 'carmaker', 'automaker', 'airline', 'carrier', 'insurer', 'producer', 'manufacturer', 'retailer',
  'group', 'operator', 'miner', 'exporter', 'utility', 'conglomerate', 'chipmaker', 'drugmaker', 'broadcaster', 'supplier', 'provider', 'developer', 'brewer', 'refiner',
];
const COMPANY_DE = [
  '*konzern', '*hersteller', '*bank', '*unternehmen', '*gruppe', '*versorger', '*produzent', '*händler', '*firma', '*versicherer', '*anbieter', '*fluggesellschaft',
  '*airline', '*betreiber', '*bauer', '*lieferant', '*brauerei', '*reederei', '*sender',
];
/** Sides of a match: clubs and players (a country named with a player, "Italy's Jannik Sinner", is no side). */
const COMPETITOR = ['Organization', 'Person'] as const;
const BEAT = ['beat', 'beats', 'defeated', 'defeats', 'thrashed', 'edged', 'besiegte', 'besiegt', 'schlug', 'schlägt', 'bezwang', 'bezwingt'];
const AGENCY_EN = ['agency', 'body', 'organisation', 'organization', 'programme', 'program', 'fund', 'arm', 'subsidiary', 'unit', 'watchdog', 'office', 'institution'];
/** Words after an organisation that start a clause, not a description of one of its agencies. */
const NOT_DESCRIPTOR = ['said', 'says', 'told', 'and', 'or', 'has', 'have', 'had', 'is', 'was', 'are', 'were', 'will', 'would', 'called', 'urged', 'asked', 'warned', 'praised', 'criticised', 'criticized', 'chief', 'head', 'member', 'members'];
const GIVEN_DE = ['vergeben', 'verliehen', 'gestiftet', 'ausgelobt', 'vergibt', 'verleiht', 'stiftet'];
const GIVEN_EN = ['awarded', 'presented', 'given', 'founded', 'established', 'run', 'administered', 'organised', 'organized'];
/** A prize funded by someone is theirs; an event funded by someone is supported (en.support.funded-by). */
const FUNDED_EN = ['sponsored', 'funded', 'endowed'];

export const RECALL: SequenceRule[] = [
  // ---- roles in relative clauses ----
  seq(['en.role.who-has-led', 'en', 'LEADER_OF', 0.8, 'said Plenkovic, who has led the HDZ since 2016.'], 'p', 'o',
    [slot('p', PERSON), opt(punct(',')), w('who'), opt(w('has', 'had', 'also', 'now', 'currently')), opt(w('long', 'also')), w(...LED_EN), slot('o', ORG)]),
  seq(['de.role.relative-leads', 'de', 'LEADER_OF', 0.8, 'sagte Plenković, der seit 2016 die HDZ führt.'], 'p', 'o',
    [slot('p', PERSON), punct(','), w('der', 'die'), gap(4), slot('o', ORG), opt(w('seit')), gap(2), w(...LED_DE)]),

  // ---- interviews: the paper's name after the speaker, possibly in quotes; a comma before "told" ----
  seq(['de.interview.person-said-dative', 'de', 'INTERVIEWED_BY', 0.7, 'Vereinspräsident Max Roe sagte der „Süddeutschen Zeitung“, ...'], 'p', 'o',
    [slot('p', PERSON), cue('say'), w('der', 'dem'), opt(cue('outlet')), opt(punct(...QUOTES)), slot('o', ORG, { bare: true })]),
  seq(['de.interview.said-person-quoted-outlet', 'de', 'INTERVIEWED_BY', 0.7, 'Das sagte Max Roe der „Frankfurter Allgemeinen Zeitung“.'], 'p', 'o',
    [cue('say'), slot('p', PERSON), w('der', 'dem'), opt(cue('outlet')), punct(...QUOTES), slot('o', ORG, { bare: true })]),
  seq(['en.interview.comma-told', 'en', 'INTERVIEWED_BY', 0.7, 'Its leader, Ivan Roe, told Reuters his party would ...'], 'p', 'o',
    [slot('p', PERSON), punct(','), cue('told'), opt(w('the')), opt(w('news')), opt(cue('outlet')), slot('o', ORG)]),

  // ---- prizes ----
  seq(['de.won.awarded-with', 'de', 'WON', 0.85, 'Die Schriftstellerin Anna Roe ist mit dem Georg-Büchner-Preis ausgezeichnet worden.'], 'a', 'e',
    [slot('a', WINNERS), gap(6, { skip: PLACE }), w('mit'), slot('e', AWARD), gap(4, { skip: PLACE }), w(...AWARDED_DE)]),
  seq(['en.won.was-awarded', 'en', 'WON', 0.85, 'Jane Roe was awarded the Pulitzer Prize; he was honoured with the Charlemagne Prize'], 'a', 'e',
    [slot('a', WINNERS), gap(2), w('was', 'were', 'been', 'is', 'be'), opt(w('also', 'jointly')), w('awarded', 'honoured', 'honored', 'given'), opt(w('with')), slot('e', AWARD)]),
  seq(['de.won.relative-final', 'de', 'WON', 0.8, 'Anna Roe, die 2022 den Friedenspreis des Deutschen Buchhandels gewonnen hatte, ...'], 'a', 'e',
    [slot('a', PERSON), punct(','), w('der', 'die'), gap(4, { skip: PLACE }), slot('e', PRIZE), gap(3, { skip: PLACE }), w(...WON_DE_FINAL)]),
  seq(['en.won.relative', 'en', 'WON', 0.8, 'Jane Roe, who won the Booker Prize in 2019, ...'], 'a', 'e',
    [slot('a', PERSON), punct(','), w('who'), opt(w('has', 'had', 'also')), cue('win'), gap(1), slot('e', PRIZE)]),
  seq(['en.won.and-won', 'en', 'WON', 0.75, 'Daniel Roe of Kenya pulled away on Heartbreak Hill and won the Boston Marathon.'], 'a', 'e',
    [slot('a', PERSON), gap(8, { skip: PLACE }), w('and'), cue('win'), opt(w('the')), slot('e', PRIZE)]),
  seq(['de.won.verb-second', 'de', 'WON', 0.8, 'Mit der Nationalmannschaft gewann er im Februar den Afrika-Cup.'], 'a', 'e',
    [cue('win'), slot('a', PERSON), gap(4, { skip: PLACE }), slot('e', PRIZE)]),
  seq(['de.won.object-first', 'de', 'WON', 0.8, 'Den Silbernen Bären für die beste Regie erhielt der Regisseur Park Ji-hoon.'], 'a', 'e',
    [slot('e', AWARD), gap(5), cue('win'), gap(3), slot('a', WINNERS)]),
  // An event first, the winner after the verb: "Die Präsidentschaftswahl in Polen gewann Karol Nawrocki", "Das Turnier in Wien gewann X".
  seq(['de.won.event-object-first', 'de', 'WON', 0.75, 'Die Präsidentschaftswahl in Polen gewann Karol Nawrocki.'], 'a', 'e',
    // The winner ends the clause: "Bei den Spielen in Paris gewann Deutschland zwölf Goldmedaillen" names no winner of the Games.
    [slot('e', EVENT), gap(3, { skip: PLACE }), w('gewann', 'gewannen'), slot('a', WINNERS), punct('.', ',', ';')]),
  // Won ahead of a rival: "Die CDU hat die Landtagswahl in Sachsen-Anhalt knapp vor der AfD gewonnen".
  seq(['de.won.perfect-ahead-of', 'de', 'WON', 0.8, 'Die CDU hat die Landtagswahl in Sachsen-Anhalt knapp vor der AfD gewonnen.'], 'a', 'e',
    [slot('a', WINNERS), w('hat', 'haben', 'hatte', 'hatten'), gap(3), slot('e', EVENT), gap(4, { skip: PLACE }), w('vor'), gap(4, { skip: ['Person', 'Organization', 'Country'] }), w('gewonnen')]),
  seq(['de.won.prize-of-edition-goes-to', 'de', 'WON', 0.8, 'Der Goldene Bär der 75. Berlinale geht an das Drama „Die stille Grenze“.'], 'a', 'e',
    [slot('e', AWARD), w('der', 'des'), gap(1), punct('.'), slot('x', EVENT), w('geht', 'ging'), w('an'), opt(w('den', 'die', 'das')), gap(3), slot('a', WINNERS)]),
  seq(['any.won.prize-goes-to-work-by', 'any', 'WON', 0.75, 'Der Goldene Bär geht an das Drama „Die stille Grenze“ der Regisseurin Nino Roe; the Golden Lion went to "Dust" by Jane Roe'], 'a', 'e',
    [slot('e', AWARD), gap(4, { skip: EVENT }), opt(punct('.'), slot('x', EVENT)), w('geht', 'ging', 'went', 'goes'), w('an', 'to'), opt(w('den', 'die', 'das', 'the')), gap(3), slot('w', ['Work']), opt(punct(...QUOTES)), w('der', 'des', 'von', 'by', 'from'), gap(3), slot('a', PERSON)]),
  seq(['any.won.prize-goes-to', 'any', 'WON', 0.8, 'Der Goldene Bär geht an das Drama „Die stille Grenze“; the Golden Lion went to Jane Roe'], 'a', 'e',
    [slot('e', ['Award']), gap(4, { skip: EVENT }), w('geht', 'ging', 'gehen', 'gingen', 'went', 'goes'), w('an', 'to'), opt(w('den', 'die', 'das', 'the')), gap(3), slot('a', WINNERS)]),

  // ---- where an event took place, in a relative clause ----
  seq(['de.held.relative-in-place', 'de', 'HELD_IN', 0.85, 'den Afrika-Cup, der in der Elfenbeinküste ausgetragen wurde'], 'e', 'p',
    [slot('e', EVENT), punct(','), w('der', 'die', 'das'), gap(3), cue('in'), slot('p', PLACE), gap(3), cue('heldVerb')]),
  seq(['en.held.relative-held-in', 'en', 'HELD_IN', 0.85, 'the Africa Cup of Nations, which was held in Ivory Coast'], 'e', 'p',
    [slot('e', EVENT), opt(punct(',')), w('which', 'that'), cue('passive'), opt(w('being', 'also')), cue('heldVerb'), cue('in'), slot('p', PLACE)]),

  seq(['de.held.relative-begins-in-place', 'de', 'HELD_IN', 0.8, 'der Gipfel, der am Montag in Astana beginnt'], 'e', 'p',
    [slot('e', EVENT), punct(','), w('der', 'die', 'das'), gap(3), cue('in'), slot('p', PLACE), gap(2), w(...RUNS_DE)]),
  seq(['en.held.relative-opens-in', 'en', 'HELD_IN', 0.8, 'the summit, which opens on Monday in Astana'], 'e', 'p',
    [slot('e', EVENT), opt(punct(',')), w('which', 'that'), opt(w('will', 'is', 'was')), w(...RUNS_EN), gap(3), cue('in'), slot('p', PLACE)]),

  // ---- speakers at events ----
  seq(['any.participate.spoke-at', 'any', 'PARTICIPATES_IN', 0.7, 'Guterres spoke at the summit; Scholz sprach auf dem Gipfel'], 'a', 'e',
    [slot('a', PERSON), gap(2), w('spoke', 'speaks', 'speaking', 'sprach', 'spricht', 'redete', 'redet'), gap(2, { skip: PLACE }), w('at', 'auf', 'beim', 'bei'), opt(w('the', 'dem', 'der')), slot('e', EVENT)]),
  seq(['de.participate.sidelines', 'de', 'PARTICIPATES_IN', 0.7, 'Scholz sagte am Rande des G20-Gipfels ...; Am Rande des Gipfels traf Scholz ...'], 'a', 'e',
    [slot('a', PERSON), gap(3), w('am'), w('rande'), w('des', 'der'), slot('e', EVENT)]),
  seq(['en.participate.sidelines', 'en', 'PARTICIPATES_IN', 0.7, 'Xi met Putin on the sidelines of the SCO summit.'], 'a', 'e',
    [slot('a', PERSON), gap(6, { skip: ['Person', 'City', 'Country'] }), w('on'), w('the'), w('sidelines', 'margins'), w('of'), opt(w('the')), slot('e', EVENT)]),

  // ---- both sides of a match took part in the competition ----
  seq(['any.participate.winner-of-match-in', 'any', 'PARTICIPATES_IN', 0.7, 'Manchester City beat Real Madrid 3-1 in the Champions League.'], 'a', 'e',
    [slot('a', COMPETITOR), w(...BEAT), slot('b', COMPETITOR), opt(gap(1), punct('-', '–', ':'), gap(1)), gap(3), cue('in'), slot('e', EVENT)]),
  seq(['any.participate.loser-of-match-in', 'any', 'PARTICIPATES_IN', 0.7, 'Manchester City beat Real Madrid 3-1 in the Champions League.'], 'b', 'e',
    [slot('a', COMPETITOR), w(...BEAT), slot('b', COMPETITOR), opt(gap(1), punct('-', '–', ':'), gap(1)), gap(3), cue('in'), slot('e', EVENT)]),

  // ---- events given to a host ----
  seq(['de.held.org-gave-event-to-place', 'de', 'HELD_IN', 0.85, 'Das IOC hat die Olympischen Winterspiele 2034 an Salt Lake City vergeben.'], 'e', 'p',
    [slot('o', ORG), gap(4), slot('e', EVENT), gap(3), w('an', 'nach'), list('p', PLACE), gap(1), w('vergeben', 'vergab', 'vergaben')]),
  seq(['de.organised.org-gave-event', 'de', 'ORGANIZED_BY', 0.8, 'Das IOC hat die Olympischen Winterspiele 2034 an Salt Lake City vergeben.'], 'e', 'o',
    [slot('o', ORG), gap(4), slot('e', EVENT), gap(3), w('an', 'nach'), list('p', PLACE), gap(1), w('vergeben', 'vergab', 'vergaben')]),
  seq(['en.held.org-awarded-event-to-place', 'en', 'HELD_IN', 0.85, 'The IOC awarded the 2034 Winter Olympics to Salt Lake City.'], 'e', 'p',
    [slot('o', ORG), opt(w('has', 'have', 'had')), w('awarded', 'gave', 'granted'), gap(2), slot('e', EVENT), gap(2), w('to'), list('p', PLACE)]),
  seq(['en.organised.org-awarded-event', 'en', 'ORGANIZED_BY', 0.8, 'The IOC awarded the 2034 Winter Olympics to Salt Lake City.'], 'e', 'o',
    [slot('o', ORG), opt(w('has', 'have', 'had')), w('awarded', 'gave', 'granted'), gap(2), slot('e', EVENT), gap(2), w('to'), list('p', PLACE)]),
  seq(['en.held.place-awarded-event', 'en', 'HELD_IN', 0.8, 'Salt Lake City was awarded the 2034 Winter Olympics.'], 'e', 'p',
    [slot('p', PLACE), cue('passive'), w('awarded', 'given', 'granted'), opt(w('the')), gap(1), slot('e', EVENT)]),

  // ---- organisers of prizes ----
  seq(['de.organised.prize-given-by', 'de', 'ORGANIZED_BY', 0.8, 'Der Büchner-Preis wird jedes Jahr von der Deutschen Akademie für Sprache und Dichtung vergeben.'], 'e', 'o',
    [slot('e', PRIZE), gap(5), cue('by'), slot('o', ORG), gap(3), w(...GIVEN_DE)]),
  seq(['en.organised.prize-given-by', 'en', 'ORGANIZED_BY', 0.8, 'The prize, awarded annually by the Royal Society, ...'], 'e', 'o',
    [slot('e', PRIZE), opt(punct(',')), gap(3), w(...GIVEN_EN), opt(w('annually', 'jointly', 'each', 'every')), opt(w('year')), w('by'), slot('o', ORG)]),
  seq(['en.organised.award-funded-by', 'en', 'ORGANIZED_BY', 0.8, 'The prize, endowed by the Royal Society, ...'], 'e', 'o',
    [slot('e', ['Award']), opt(punct(',')), gap(3), w(...FUNDED_EN), opt(w('annually', 'jointly', 'each', 'every')), opt(w('year')), w('by'), slot('o', ORG)]),
  seq(['de.organised.org-gives-prize', 'de', 'ORGANIZED_BY', 0.75, 'Die Akademie für Sprache und Dichtung vergibt den Georg-Büchner-Preis.'], 'e', 'o',
    [slot('o', ORG), w('vergibt', 'verleiht', 'vergab', 'verlieh', 'stiftet', 'stiftete'), gap(3), slot('e', PRIZE)]),

  // ---- an organisation named with the city it sits in ----
  seq(['any.located.det-org-in-city', 'any', 'LOCATED_IN', 0.6, 'Die Internationale Energieagentur (IEA) in Paris senkte ihre Prognose; the IMF in Washington'], 'o', 'c',
    [w('the', 'die', 'der', 'das', 'dem', 'den'), slot('o', ORG), opt(punct('('), gap(2, { skip: 'all' }), punct(')')), w('in'), slot('c', TOWN), not('statt', 'zusammen')]),

  // ---- seats in a relative clause ----
  seq(['de.located.relative-seat', 'de', 'LOCATED_IN', 0.85, 'die Ostafrikanische Gemeinschaft, die ihren Sitz im tansanischen Arusha hat'], 'o', 'c',
    [slot('o', ORG), gap(1), opt(punct(',')), w('die', 'der', 'das', 'welche', 'welcher', 'welches'), w('ihren', 'seinen'), opt(w('haupt')), cue('seat'), cue('in'), opt(adj('x')), slot('c', PLACE)]),
  seq(['en.located.relative-seat', 'en', 'LOCATED_IN', 0.85, 'the East African Community, which has its headquarters in Arusha'], 'o', 'c',
    [slot('o', ORG), opt(punct(',')), w('which', 'that'), w('has', 'had', 'have'), w('its', 'their'), cue('seat'), cue('in'), slot('c', PLACE)]),
  seq(['en.located.possessive-party', 'en', 'LOCATED_IN', 0.65, "Croatia's ruling conservative HDZ won the election."], 'o', 'c',
    [slot('c', COUNTRY, { endsWith: ["'s", '’s'] }), w(...PARTY_ADJ), opt(w(...PARTY_ADJ)), slot('o', ORG)]),

  // ---- members named by the bloc: "die Nato-Staaten Polen und Litauen", "NATO allies Poland and Estonia" ----
  seq(['de.member.org-states-list', 'de', 'MEMBER_OF', 0.75, 'die Nato-Staaten Polen und Litauen; die EU-Länder Spanien und Portugal'], 'a', 'x',
    [slot('x', ORG), w('staaten', 'staat', 'länder', 'land', 'mitgliedsländer'), list('a', STATE)]),
  seq(['en.member.org-allies-list', 'en', 'MEMBER_OF', 0.7, 'NATO allies Poland and Estonia; EU countries Spain and Portugal'], 'a', 'x',
    [slot('x', ORG), w('allies', 'ally', 'countries', 'states', 'nations'), opt(w('like', 'including')), list('a', STATE)]),

  // ---- cities named by their country: "Kenya's port city of Mombasa", "Kenias Hafenstadt Mombasa" ----
  seq(['any.located.country-city-noun-city', 'any', 'LOCATED_IN', 0.75, "Kenya's port city of Mombasa; Kenias Hafenstadt Mombasa"], 'o', 'c',
    [slot('c', COUNTRY), opt(cue('possessive')), opt(w('second', 'largest', 'biggest', 'zweitgrößte', 'größte', 'northern', 'southern', 'eastern', 'western')), opt(w('port', 'border', 'coastal')), cue('cityNoun'), opt(cue('of')), opt(punct(',')), slot('o', TOWN)]),

  seq(['de.located.prep-adj-city', 'de', 'LOCATED_IN', 0.75, 'die ihren Sitz im tansanischen Arusha hat; Proteste im kenianischen Mombasa'], 'o', 'c',
    [w('im', 'in', 'ins', 'nach', 'aus', 'vom', 'von', 'am', 'beim'), opt(w('dem', 'das', 'der')), adj('c'), slot('o', TOWN)]),

  seq(['en.located.possessive-country-place', 'en', 'LOCATED_IN', 0.75, "in Kenya's Mombasa; Sudan's Darfur region"], 'o', 'c',
    [slot('c', COUNTRY), opt(cue('possessive')), opt(w('northern', 'southern', 'eastern', 'western', 'central', 'north-eastern', 'north-western', 'south-eastern', 'south-western', 'restive', 'war-torn')), slot('o', ['City', 'Region'])]),
  seq(['en.located.region-of-country', 'en', 'LOCATED_IN', 0.8, 'the Darfur region of Sudan; the Kyzylorda province of Kazakhstan'], 'o', 'c',
    [slot('o', ['Region', 'City']), w('region', 'province', 'state', 'district', 'area', 'governorate', 'oblast'), w('of', 'in'), slot('c', COUNTRY)]),

  // ---- experts "of" an organisation, next to a verb of saying ----
  seq(['en.works.person-of-org-said', 'en', 'WORKS_FOR', 0.65, 'Jane Roe of Capital Economics said the bank would wait.'], 'p', 'o',
    [slot('p', PERSON), w('of', 'from', 'at'), opt(w('the')), slot('o', ORG), opt(punct(',')), cue('say')]),
  seq(['en.works.said-person-of-org', 'en', 'WORKS_FOR', 0.65, '"It is too early," said Jane Roe of Capital Economics.'], 'p', 'o',
    [cue('say'), slot('p', PERSON), w('of', 'from', 'at'), opt(w('the')), slot('o', ORG)]),

  // ---- backers and companies named by their country in an apposition ----
  seq(['en.support.is-backer', 'en', 'SUPPORTS', 0.75, "Germany has been one of Ukraine's biggest backers; the United States, the agency's largest donor"], 'a', 'b',
    [slot('a', STATE), opt(punct(',')), opt(cue('has')), opt(cue('be')), opt(w('one', 'among')), opt(w('of')), opt(w('the')), slot('b', ACTOR), opt(cue('possessive')), gap(2), w(...BACKERS_EN)]),
  seq(['de.support.is-backer', 'de', 'SUPPORTS', 0.75, 'Deutschland ist einer der größten Unterstützer der Ukraine.'], 'a', 'b',
    [slot('a', STATE), cue('be'), gap(4), w(...BACKERS_DE), opt(cue('of')), slot('b', ACTOR)]),
  seq(['en.located.org-comma-country-company', 'en', 'LOCATED_IN', 0.75, "Shares of Rheinmetall, Germany's largest arms maker, rose."], 'o', 'c',
    [slot('o', ORG), punct(','), opt(w('the')), slot('c', COUNTRY), opt(cue('possessive')), gap(3), w(...COMPANY_EN)]),
  seq(['de.located.org-comma-country-company', 'de', 'LOCATED_IN', 0.75, 'Rheinmetall, Deutschlands größter Rüstungskonzern, legte zu.'], 'o', 'c',
    [slot('o', ORG), punct(','), opt(w('der', 'die', 'das')), slot('c', COUNTRY), gap(2), w(...COMPANY_DE)]),

  // ---- agencies of a larger body: "the UN refugee agency UNHCR", "the WHO, the UN's health agency" ----
  seq(['en.part.body-agency-name', 'en', 'PART_OF', 0.75, 'the UN refugee agency UNHCR; the African Union\'s health agency Africa CDC'], 'a', 'x',
    [slot('x', ORG), opt(cue('possessive')), not(...NOT_DESCRIPTOR), gap(2), w(...AGENCY_EN), opt(w('for'), gap(3)), opt(punct(',')), slot('a', ORG)]),
  seq(['en.part.name-comma-body-agency', 'en', 'PART_OF', 0.75, "the WHO, the UN's health agency, said"], 'a', 'x',
    [slot('a', ORG), punct(','), w('the', 'a', 'an'), slot('x', ORG), opt(cue('possessive')), gap(2), w(...AGENCY_EN)]),

  // ---- clubs signing players ----
  seq(['de.member.club-signed-player', 'de', 'MEMBER_OF', 0.75, 'Der FC Bayern München hat den nigerianischen Stürmer Samuel Roe verpflichtet.'], 'p', 'o',
    [slot('o', ORG), cue('has'), gap(4), slot('p', PERSON), gap(6, { skip: ORG }), w(...SIGNED_DE)]),
  seq(['any.member.played-for-club', 'any', 'MEMBER_OF', 0.7, 'Damsgaard spielte vor seinem Wechsel für Sampdoria Genua; Kane plays for Bayern Munich'], 'p', 'o',
    [slot('p', PERSON), opt(w('has', 'had', 'hat', 'hatte')), w('played', 'plays', 'spielte', 'spielt', 'gespielt'), gap(6, { skip: PLACE }), w('for', 'für'), slot('o', ORG)]),
  seq(['en.member.club-signed-player', 'en', 'MEMBER_OF', 0.75, 'Bayern Munich have signed Nigerian striker Samuel Roe from Nice.'], 'p', 'o',
    [slot('o', ORG), opt(w('have', 'has', 'had')), w('signed', 'sign', 'signs'), gap(2), w(...PLAYER), slot('p', PERSON)]),

  seq(['de.member.person-moves-to-club', 'de', 'MEMBER_OF', 0.7, 'Der Stürmer Max Roe wechselt zum FC Bayern München.'], 'p', 'o',
    [w(...PLAYER), slot('p', PERSON), w('wechselt', 'wechselte', 'geht', 'ging'), gap(3, { skip: ['Organization'] }), w('zum', 'zur', 'zu'), slot('o', ORG)]),
  seq(['en.member.person-joined-org', 'en', 'MEMBER_OF', 0.7, 'Striker Jane Roe joined Bayern Munich in July; midfielder Max Roe moved to Arsenal'], 'p', 'o',
    [w(...PLAYER), slot('p', PERSON), gap(2), w('joined', 'joins', 'moved', 'moves', 'switched'), opt(w('to')), slot('o', ORG)]),

  // ---- agreements with the verb last; trade partners "among" ----
  seq(['de.partner.pair-agreed-final', 'de', 'PARTNER_OF', 0.75, 'Deutschland und Kenia hatten 2023 eine Migrationspartnerschaft vereinbart.'], 'a', 'a',
    [list('a', STATE, 2), cue('has'), gap(4), cue('relationNoun'), gap(2), w(...AGREED_FINAL_DE)]),
  seq(['de.partner.pair-agreed-noun', 'de', 'PARTNER_OF', 0.75, 'Deutschland und Kenia vereinbarten eine Migrationspartnerschaft.'], 'a', 'a',
    [list('a', STATE, 2), w(...AGREED_VERB_DE), gap(4), cue('relationNoun')]),
  seq(['de.trade.among-trade-partners', 'de', 'TRADES_WITH', 0.8, 'Deutschland gehört zu den wichtigsten Handelspartnern Kenias.'], 'a', 'b',
    [slot('a', COUNTRY), w('gehört', 'gehörte', 'zählt', 'zählte'), gap(5, { skip: ['Organization'] }), w('zu'), gap(2), cue('tradePartner'), opt(cue('of')), slot('b', COUNTRY)]),
  seq(['en.trade.among-trade-partners', 'en', 'TRADES_WITH', 0.8, "Germany is one of Kenya's most important trading partners."], 'a', 'b',
    [slot('a', COUNTRY), cue('be'), w('among', 'one'), opt(w('of')), opt(w('the')), slot('b', COUNTRY), opt(cue('possessive')), gap(3), cue('tradePartner'), opt(w('partner', 'partners'))]),

  // ---- office holders with a modifier, heads "of" an organisation, party members ----
  seq(['any.role.country-modifier-role-person', 'any', 'LEADER_OF', 0.85, "Japan's new Prime Minister Jane Roe; Ungarns amtierender Präsident X"], 'p', 'c',
    [slot('c', COUNTRY), opt(cue('possessive')), w(...OFFICE_MODS), role(STATE_ROLES, 'r'), opt(cue('title')), slot('p', PERSON)], byStateRole),
  seq(['de.role.person-comma-country-gen-role', 'de', 'LEADER_OF', 0.8, 'Viktor Orbán, Ungarns Regierungschef, sagte ...'], 'p', 'c',
    [slot('p', PERSON), punct(','), opt(w('der', 'die')), slot('c', COUNTRY), opt(w(...OFFICE_MODS)), role(STATE_ROLES, 'r')], byStateRole),
  // A minister of a state or province serves it: "Bayerns Wirtschaftsminister Hubert Aiwanger", "der sächsische Kultusminister X".
  seq(['any.role.region-role-person', 'any', 'LEADER_OF', 0.8, 'Hessens Ministerpräsident Boris Rhein; Kyiv Mayor Vitali Klitschko; Texas Governor Greg Abbott; Bayerns Innenminister Joachim Herrmann'], 'p', 'c',
    [slot('c', ['Region', 'City'], { form: 'any' }), opt(cue('possessive')), role(['head_of_government', 'leader', 'minister'], 'r'), opt(cue('title')), slot('p', PERSON)],
    { bind: 'r', map: { head_of_government: 'LEADER_OF', leader: 'LEADER_OF', minister: 'WORKS_FOR' } }),
  seq(['any.role.role-of-region-person', 'any', 'LEADER_OF', 0.8, 'the mayor of Kyiv, Vitali Klitschko; der Bürgermeister von Kiew, Vitali Klitschko'], 'p', 'c',
    [role(['head_of_government', 'leader'], 'r'), cue('of'), slot('c', ['Region', 'City']), opt(punct(',')), slot('p', PERSON)],
    { bind: 'r', map: { head_of_government: 'LEADER_OF', leader: 'LEADER_OF' } }),
  seq(['any.role.head-of-org-person', 'any', 'LEADER_OF', 0.8, 'the head of the IAEA, Rafael Grossi; der Chef der Atombehörde IAEA, Rafael Grossi'], 'p', 'o',
    [w(...HEAD_NOUNS), cue('of'), gap(1), slot('o', ORG), opt(punct(')')), opt(punct(',')), slot('p', PERSON)]),
  seq(['any.role.person-comma-head-of-org', 'any', 'LEADER_OF', 0.8, 'Rafael Grossi, head of the IAEA, said; Rafael Grossi, Chef der IAEA'], 'p', 'o',
    [slot('p', PERSON), punct(','), opt(w('the', 'der', 'die')), w(...HEAD_NOUNS), cue('of'), gap(1), slot('o', ORG)]),
  seq(['any.member.person-party-in-brackets', 'any', 'MEMBER_OF', 0.75, 'Friedrich Merz (CDU) sagte ...; Senator Jane Roe (Labour)'], 'p', 'o',
    [slot('p', PERSON), punct('('), slot('o', ORG), punct(')')]),
  seq(['any.member.party-politician-person', 'any', 'MEMBER_OF', 0.75, 'der CDU-Politiker Jörg Roe; Labour lawmaker Jane Roe'], 'p', 'o',
    [slot('o', ORG), opt(cue('possessive')), w(...PARTY_PEOPLE), slot('p', PERSON)]),

  // ---- interviews, the outlet first ----
  seq(['en.interview.speaking-to', 'en', 'INTERVIEWED_BY', 0.75, 'Speaking to Reuters on Tuesday, Jane Roe said ...'], 'p', 'o',
    [w('speaking', 'talking'), w('to', 'with'), gap(2), slot('o', ORG), gap(3), punct(','), gap(3), slot('p', PERSON)]),
  seq(['de.interview.towards-outlet-said', 'de', 'INTERVIEWED_BY', 0.75, 'Gegenüber der Nachrichtenagentur dpa sagte Max Roe ...'], 'p', 'o',
    [cue('towards'), gap(2), slot('o', ORG), gap(3), cue('say'), slot('p', PERSON)]),
  seq(['en.interview.quoted-by', 'en', 'INTERVIEWED_BY', 0.7, 'Jane Roe was quoted by the Interfax news agency as saying ...'], 'p', 'o',
    [slot('p', PERSON), cue('passive'), w('quoted'), w('by'), gap(2), slot('o', ORG)]),

  // ---- meetings and trips ----
  seq(['en.met.was-received-by', 'en', 'MET_WITH', 0.8, 'Ruto was welcomed by Chancellor Friedrich Merz in Berlin.'], 'a', 'b',
    [slot('a', PERSON), cue('passive'), opt(w('warmly', 'later', 'first')), w('received', 'welcomed', 'greeted', 'hosted'), w('by'), gap(3, { skip: PLACE }), slot('b', PERSON)]),
  seq(['de.met.telefonierte', 'de', 'MET_WITH', 0.7, 'Scholz telefonierte am Montag mit Macron.'], 'a', 'b',
    [slot('a', PERSON), w('telefonierte', 'telefoniert', 'telefonierten', 'sprach', 'sprachen', 'beriet', 'berieten'), gap(4, { skip: PLACE }), w('mit'), gap(3), list('b', PERSON)]),
  seq(['de.participate.travel-to-event', 'de', 'PARTICIPATES_IN', 0.7, 'Scholz reiste am Montag zum G20-Gipfel nach Rio.'], 'a', 'e',
    [slot('a', PERSON), gap(3), cue('travel'), gap(3), w('zum', 'zur'), gap(2), slot('e', EVENT)]),
  seq(['en.participate.travel-for-event', 'en', 'PARTICIPATES_IN', 0.7, 'Xi travelled to Kazan for the BRICS summit.'], 'a', 'e',
    [slot('a', PERSON), gap(3), cue('travel'), w('to'), gap(3, { skip: PLACE }), w('for', 'to attend'), opt(w('the')), gap(1), slot('e', EVENT)]),
  // ---- an office named first, its holder after the verb ----
  seq(['de.role.role-of-org-is-person', 'de', 'LEADER_OF', 0.75, 'Generalsekretär des Europarats ist seit vergangenem Jahr der frühere Schweizer Bundespräsident Alain Berset.'], 'p', 'o',
    [role(['leader', 'chair'], 'r'), w('des', 'der'), slot('o', ORG), cue('be'), gap(7, { skip: COUNTRY }), slot('p', PERSON)], { bind: 'r', map: { leader: 'LEADER_OF', chair: 'CHAIRS' } }),
  // ---- completed takeovers: the company bought becomes part of the buyer (a stake or a pending deal does not) ----
  { ...seq(['en.part.acquired', 'en', 'PART_OF', 0.75, 'Rheinmetall acquired U.S. defence supplier Loc Performance Products last year.'], 'b', 'a',
    [slot('a', ORG), opt(w('has', 'had')), opt(w('already', 'recently', 'last', 'year')), w('acquired', 'bought', 'purchased', 'absorbed'), opt(w('the', 'rival', 'its')), gap(6, { skip: ['Country', 'City'] }), slot('b', ORG)]), unless: NOT_WHOLE },
  { ...seq(['en.part.completed-takeover-of', 'en', 'PART_OF', 0.75, 'Vodafone completed its takeover of Three UK in May.'], 'b', 'a',
    [slot('a', ORG), opt(w('has', 'had')), w('completed', 'closed', 'finalised', 'finalized'), w('its', 'the'), opt(w('$', 'planned')), gap(3), w('takeover', 'acquisition', 'purchase', 'merger'), w('of', 'with'), opt(w('the', 'rival')), gap(2, { skip: ['Country', 'City'] }), slot('b', ORG)]), unless: NOT_WHOLE },
  { ...seq(['en.part.acquired-by', 'en', 'PART_OF', 0.75, 'Loc Performance Products, which Rheinmetall acquired in 2023; Nordfiber, acquired by Telenor in 2021'], 'b', 'a',
    [slot('b', ORG), punct(','), opt(w('which', 'that')), opt(w('was')), w('acquired', 'bought', 'taken'), opt(w('over')), w('by'), slot('a', ORG)]), unless: NOT_WHOLE },
  { ...seq(['de.part.hat-uebernommen', 'de', 'PART_OF', 0.75, 'Rheinmetall hatte im vergangenen Jahr den US-Rüstungszulieferer Loc Performance Products übernommen.'], 'b', 'a',
    [slot('a', ORG), w('hat', 'hatte'), gap(6, { skip: ['Country', 'City'] }), slot('b', ORG), opt(w('komplett', 'vollständig')), w('übernommen', 'gekauft', 'erworben')]), unless: NOT_WHOLE },
  { ...seq(['de.part.uebernahm', 'de', 'PART_OF', 0.75, 'Rheinmetall übernahm 2023 den Zulieferer Loc Performance Products.'], 'b', 'a',
    [slot('a', ORG), w('übernahm', 'kaufte', 'erwarb', 'schluckte'), gap(5, { skip: ['Country', 'City'] }), slot('b', ORG)]), unless: NOT_WHOLE },
  // ---- a German passive with the leader before the participle: "Das Unternehmen wird von X geführt" ----
  seq(['de.role.org-passive-von-person-gefuehrt', 'de', 'LEADER_OF', 0.75, 'Das Familienunternehmen mit Sitz in Bremen wird von Peter Lürßen geführt.'], 'p', 'o',
    [slot('o', ORG), gap(6, { skip: PLACE }), cue('passive'), opt(w('seit', 'heute', 'inzwischen', 'weiterhin'), gap(2)), w('von', 'vom'), gap(2), slot('p', PERSON), opt(w('gemeinsam', 'allein')), w('geführt', 'geleitet', 'angeführt')]),
  // ---- the office holder met in the country just visited ----
  seq(['en.role.visited-country-met-office', 'en', 'LEADER_OF', 0.7, 'Peter van Dijk visited Japan this week and met Prime Minister Shigeru Ishiba.'], 'p', 'c',
    [cue('visit'), gap(1), slot('c', COUNTRY), gap(3), w('and'), w('met', 'meets', 'held talks with'), opt(w('with')), role(STATE_ROLES, 'r'), opt(cue('title')), slot('p', PERSON)], byStateRole),
  seq(['de.role.visited-country-met-office', 'de', 'LEADER_OF', 0.7, 'Er besuchte Japan und traf Ministerpräsident Shigeru Ishiba.'], 'p', 'c',
    [cue('visit'), gap(3), slot('c', COUNTRY), gap(3), w('und'), w('traf', 'trifft'), opt(w('den', 'die')), role(STATE_ROLES, 'r'), opt(cue('title')), slot('p', PERSON)], byStateRole),
  // ---- a post named by its field under an organisation: "the European Union's foreign policy chief Kaja Kallas" ----
  seq(['en.works.org-possessive-field-chief', 'en', 'WORKS_FOR', 0.7, "The European Union's foreign policy chief Kaja Kallas said ..."], 'p', 'o',
    [slot('o', ORG), opt(cue('possessive')), gap(3), w('chief', 'head', 'czar', 'tsar'), slot('p', PERSON)]),
  // ---- membership with an apposition between: "Nigeria, Africa's most populous country, is a member of OPEC" ----
  seq(['en.member.apposition-is-member-of', 'en', 'MEMBER_OF', 0.75, "Nigeria, Africa's most populous country, is a member of OPEC."], 'a', 'x',
    [slot('a', ['Country', 'Organization']), punct(','), gap(6, { skip: 'all' }), punct(','), cue('be'), opt(w('a', 'an', 'also', 'already', 'the')), opt(w('founding', 'full', 'founder')), w('member', 'members'), w('of'), list('x', ORG)]),
  seq(['de.member.apposition-ist-mitglied', 'de', 'MEMBER_OF', 0.75, 'Nigeria, das bevölkerungsreichste Land Afrikas, ist Mitglied der Opec.'], 'a', 'x',
    [slot('a', ['Country', 'Organization']), punct(','), gap(6, { skip: 'all' }), punct(','), cue('be'), opt(w('seit')), gap(2), w('mitglied', 'gründungsmitglied', 'vollmitglied'), w('der', 'des', 'in', 'im'), list('x', ORG)]),
  // ---- members listed after the organisation ----
  seq(['de.member.org-dative-gehoeren-an', 'de', 'MEMBER_OF', 0.8, 'Dem Europarat gehören auch Länder wie die Türkei, Großbritannien und Aserbaidschan an.'], 'a', 'o',
    [w('dem', 'der'), slot('o', ORG), cue('belongsVerb'), gap(4), list('a', ['Country', 'Organization']), gap(3), w('an')]),
  seq(['en.member.org-members-include', 'en', 'MEMBER_OF', 0.8, "The bloc's members include Brazil, Russia and India; NATO members such as Poland and Latvia"], 'a', 'o',
    [slot('o', ORG), opt(cue('possessive')), opt(w('other', 'founding', 'current', 'new', 'full')), w('members', 'member'), opt(w('states', 'countries', 'nations')),
      opt(w('also')), w('include', 'includes', 'included', 'such'), opt(w('as')), list('a', ['Country', 'Organization'])]),
  seq(['de.member.members-such-as', 'de', 'MEMBER_OF', 0.75, 'Zu den Mitgliedern der Organisation gehören Staaten wie ...; Nato-Mitglieder wie Polen und Lettland'], 'a', 'o',
    [slot('o', ORG), opt(punct('-')), w('mitglieder', 'mitgliedstaaten', 'mitgliedsstaaten', 'mitgliedsländer', 'staaten', 'länder'), w('wie'), list('a', ['Country', 'Organization'])]),
  seq(['en.participate.travel-to-attend', 'en', 'PARTICIPATES_IN', 0.7, 'Lula will travel on to Addis Ababa on Friday to attend the African Union summit.'], 'a', 'e',
    [slot('a', PERSON), gap(3), w('travel', 'travels', 'travelled', 'traveled', 'travelling', 'fly', 'flies', 'flew', 'head', 'heads', 'headed', 'went', 'go', 'goes'), gap(8, { skip: PLACE }), w('to'), w('attend', 'join', 'address'), opt(w('the', "this year's", 'next')), slot('e', EVENT)]),
  seq(['en.held.travel-to-place-to-attend', 'en', 'HELD_IN', 0.65, 'Lula will travel on to Addis Ababa on Friday to attend the African Union summit.'], 'e', 'p',
    [w('travel', 'travels', 'travelled', 'traveled', 'travelling', 'fly', 'flies', 'flew', 'head', 'heads', 'headed', 'went', 'go', 'goes'), opt(w('on')), w('to'), slot('p', TOWN), gap(3), w('to'), w('attend', 'join'), opt(w('the', "this year's")), slot('e', EVENT)]),
  seq(['any.held.event-hosted-by-place', 'any', 'HELD_IN', 0.8, 'the summit, hosted by Kazakhstan; der von Brasilien ausgerichtete Gipfel'], 'e', 'p',
    [slot('e', EVENT), opt(punct(',')), opt(w('jointly')), w('hosted', 'co-hosted', 'ausgerichtet'), w('by', 'von', 'vom'), list('p', PLACE)]),
  // Passive with the hosts: "Die WM wurde gemeinsam von Kroatien, Dänemark und Norwegen ausgerichtet"; "The tournament was co-hosted by Croatia, Denmark and Norway".
  seq(['de.held.event-passive-by-hosts', 'de', 'HELD_IN', 0.8, 'Die WM wurde gemeinsam von Kroatien, Dänemark und Norwegen ausgerichtet.'], 'e', 'p',
    [slot('e', EVENT), cue('passive'), gap(3), cue('by'), list('p', PLACE), gap(1), w('ausgerichtet', 'ausgetragen')]),
  seq(['en.held.event-passive-hosted-by', 'en', 'HELD_IN', 0.8, 'The tournament was co-hosted by Croatia, Denmark and Norway.'], 'e', 'p',
    [slot('e', EVENT), cue('passive'), opt(w('jointly', 'also')), w('hosted', 'co-hosted', 'staged'), w('by'), list('p', PLACE)]),
  // The organiser after a longer clause: "Das Festival am Lido ist das älteste der Welt und wird seit 1932 von der Biennale veranstaltet."
  seq(['de.organised.event-long-passive-by', 'de', 'ORGANIZED_BY', 0.7, 'Das Festival am Lido ist das älteste Filmfestival der Welt und wird seit 1932 von der Biennale di Venezia veranstaltet.'], 'e', 'o',
    [slot('e', EVENT), gap(10), w('und'), cue('passive'), gap(3), cue('by'), slot('o', ['Organization', 'Event']), gap(2), cue('organised')]),

  // ---- citizenship ----
  seq(['any.citizen.person-country-in-brackets', 'any', 'CITIZEN_OF', 0.6, 'Daniel Roe (Kenya) won ahead of Haile Roe (Ethiopia).'], 'p', 'c',
    [slot('p', PERSON), punct('('), slot('c', COUNTRY), punct(')')]),
  seq(['en.citizen.person-comma-a-demonym', 'en', 'CITIZEN_OF', 0.6, 'Tigist Roe, an Ethiopian, defended her title.'], 'p', 'c',
    [slot('p', PERSON), punct(','), w('a', 'an'), opt(w('27-year-old', 'young')), slot('c', COUNTRY, { form: 'any' }), punct(',', '.')]),
  seq(['de.citizen.from-country-person', 'de', 'CITIZEN_OF', 0.6, 'der aus Kenia stammende Läufer Daniel Roe'], 'p', 'c',
    [w('aus'), slot('c', COUNTRY), w('stammende', 'stammenden', 'stammender'), gap(2), slot('p', PERSON)]),

  // ---- organisations placed by "aus", players by "scored for" ----
  seq(['de.located.org-from-city', 'de', 'LOCATED_IN', 0.6, 'der Autobauer BMW aus München; das Start-up Roe Labs aus Berlin'], 'o', 'c',
    [slot('o', ORG), w('aus'), slot('c', TOWN)]),
  seq(['any.member.scored-for', 'any', 'MEMBER_OF', 0.7, 'Jane Roe scored twice for Arsenal; X traf zweimal für den FC Bayern'], 'p', 'o',
    [slot('p', PERSON), w('scored', 'scores', 'erzielte', 'traf', 'trifft'), gap(4), w('for', 'für'), slot('o', ORG)]),

  // ---- an apposition between the subject and the verb ----
  seq(['any.visit.apposition-visited', 'any', 'VISITED', 0.75, 'Brennan, an American economist who took over the agency last year, visited Port Sudan.'], 'a', 'x',
    [slot('a', PERSON), punct(','), gap(6, { skip: 'all' }), opt(w('who', 'der', 'die'), gap(10, { skip: 'all' })), punct(','), cue('visit'), gap(3), list('x', PLACE)]),
];
