// Knowledge base: the best-known football clubs of Europe, so that the German, English and local
// names of one club are one entity ("FC Bayern München", "Bayern Munich" -> FC Bayern Munich; "Inter
// Mailand", "Inter Milan" -> Inter Milan). Names only, never facts. Clubs that are not listed are
// still found by their form (src/extract/mentions/clubs.ts: "VfL Osnabrück", "Dinamo Minsk"). Clubs that
// organizations.ts lists already (Tottenham Hotspur, RB Leipzig, Real Betis ...) stay there; Galatasaray is left
// to the club finder (tests of other modules name it "Galatasaray" and "Galatasaray Istanbul").
//
// Names are matched without regard to case, so a club's short name that is also a word, a place or
// a phrase ("Arsenal", "Celtic", "Rangers", "Chelsea", "Everton", "Porto", "Napoli", "Bayern",
// "Barcelona", "Werder", "Zenit", "Young Boys", "Athletic Club") is only listed in a longer form
// ("Arsenal FC", "Celtic Glasgow"); acronyms are matched case-sensitively ("PSG", "BVB", "HSV").

import type { KbEntry } from './kb-types.js';
import { entityId } from '../ids.js';

/** club('Canonical', 'Other|Names', 'ACRONYMS'): one Organization entry. */
function club(name: string, names = '', acronyms = ''): KbEntry {
  const others = names ? names.split('|').filter((n) => n !== name) : [];
  const entry: KbEntry = {
    id: entityId('Organization', name),
    name,
    type: 'Organization',
    names: [name, ...others],
    example: `${name} won the match 2-1 on Saturday.`,
  };
  if (acronyms) entry.acronyms = acronyms.split('|');
  return entry;
}

export const SPORTS_CLUBS: readonly KbEntry[] = [
  // ---- Germany ----
  club('FC Bayern Munich', 'FC Bayern München|Bayern München|Bayern Munich|FC Bayern|Bayern Muenchen'),
  club('Borussia Dortmund', '', 'BVB'),
  club('VfB Stuttgart'),
  club('Eintracht Frankfurt'),
  club('VfL Wolfsburg'),
  club('SC Freiburg', 'Sport-Club Freiburg'),
  club('Borussia Mönchengladbach', 'Borussia Moenchengladbach'),
  club('FC Schalke 04', 'Schalke 04|FC Schalke|Schalke'),
  club('SV Werder Bremen', 'Werder Bremen'),
  club('1. FC Köln', '1. FC Koeln|FC Köln|FC Cologne|1. FC Cologne'),
  club('Hamburger SV', 'Hamburger Sport-Verein', 'HSV'),
  club('Hertha BSC', 'Hertha Berlin|Hertha'),
  club('1. FC Union Berlin', 'Union Berlin|FC Union Berlin'),
  club('TSG 1899 Hoffenheim', 'TSG Hoffenheim|Hoffenheim'),
  club('1. FSV Mainz 05', 'FSV Mainz 05|Mainz 05'),
  club('FC Augsburg'),
  club('VfL Bochum'),
  club('1. FC Heidenheim', 'FC Heidenheim|1. FC Heidenheim 1846'),
  club('FC St. Pauli', 'St. Pauli|FC Sankt Pauli'),
  club('Holstein Kiel'),
  // ---- England ----
  club('Manchester United', 'Man United|Manchester United FC|Man Utd'),
  club('Manchester City', 'Man City|Manchester City FC'),
  club('Liverpool FC', 'FC Liverpool|Liverpool F.C.'),
  club('Chelsea FC', 'FC Chelsea|Chelsea F.C.'),
  club('Arsenal FC', 'FC Arsenal|Arsenal London|Arsenal F.C.'),
  club('Newcastle United', 'Newcastle United FC'),
  club('West Ham United', 'West Ham'),
  club('Everton FC', 'FC Everton|Everton F.C.'),
  // ---- Spain ----
  club('Real Madrid', 'Real Madrid CF|Real Madrid C.F.'),
  club('FC Barcelona', 'Barça|FC Barça'),
  club('Atlético Madrid', 'Atletico Madrid|Atlético de Madrid|Atletico de Madrid'),
  club('Sevilla FC', 'FC Sevilla|Sevilla F.C.'),
  club('Valencia CF', 'FC Valencia|Valencia C.F.'),
  club('Athletic Bilbao', 'Athletic Club Bilbao'),
  club('Real Sociedad', 'Real Sociedad San Sebastián'),
  club('Villarreal CF', 'FC Villarreal'),
  // ---- Italy ----
  club('Juventus', 'Juventus Turin|Juventus FC|Juve'),
  club('Inter Milan', 'Inter Mailand|Internazionale|FC Internazionale Milano|Internazionale Mailand'),
  club('AC Milan', 'AC Mailand|Milan AC'),
  club('AS Roma', 'AS Rom'),
  club('SSC Napoli', 'SSC Neapel'),
  club('SS Lazio', 'Lazio Rom|Lazio Roma'),
  club('ACF Fiorentina', 'Fiorentina|AC Florenz'),
  club('UC Sampdoria', 'Sampdoria Genua|Sampdoria Genoa|Sampdoria'),
  club('Genoa CFC', 'CFC Genua|Genoa CFC'),
  club('Torino FC', 'FC Turin|Torino'),
  club('Bologna FC', 'FC Bologna|Bologna FC 1909'),
  // ---- France ----
  club('Paris Saint-Germain', 'Paris St. Germain|Paris St-Germain|Paris Saint Germain', 'PSG'),
  club('Olympique de Marseille', 'Olympique Marseille'),
  club('Olympique Lyonnais', 'Olympique Lyon'),
  club('AS Monaco'),
  club('LOSC Lille', 'OSC Lille'),
  // ---- Netherlands, Portugal, Belgium, Scotland, Turkey, Greece ----
  club('Ajax Amsterdam', 'AFC Ajax'),
  club('PSV Eindhoven', '', 'PSV'),
  club('Feyenoord', 'Feyenoord Rotterdam'),
  club('SL Benfica', 'Benfica|Benfica Lissabon|Benfica Lisbon'),
  club('FC Porto'),
  club('Sporting CP', 'Sporting Lissabon|Sporting Lisbon'),
  club('RSC Anderlecht', 'Anderlecht'),
  club('Celtic FC', 'Celtic Glasgow'),
  club('Rangers FC', 'Glasgow Rangers|Rangers Glasgow'),
  club('Fenerbahçe', 'Fenerbahce|Fenerbahçe Istanbul|Fenerbahce Istanbul'),
  club('Beşiktaş', 'Besiktas|Beşiktaş Istanbul|Besiktas Istanbul'),
  club('Olympiacos', 'Olympiakos Piräus|Olympiacos Piraeus|Olympiakos'),
  club('Panathinaikos', 'Panathinaikos Athen|Panathinaikos Athens'),
  // ---- Austria, Switzerland, Eastern Europe ----
  club('SK Rapid Wien', 'Rapid Wien|Rapid Vienna'),
  club('FC Basel', 'FC Basel 1893'),
  club('BSC Young Boys', 'Young Boys Bern'),
  club('Shakhtar Donetsk', 'Schachtar Donezk'),
  club('Dynamo Kyiv', 'Dynamo Kiew|Dynamo Kiev|Dinamo Kiew'),
  club('Red Star Belgrade', 'Roter Stern Belgrad|Crvena zvezda|Crvena Zvezda'),
  club('Dinamo Zagreb', 'GNK Dinamo Zagreb'),
  club('Zenit Saint Petersburg', 'Zenit St. Petersburg|Zenit Sankt Petersburg'),
  club('Spartak Moscow', 'Spartak Moskau'),
  club('CSKA Moscow', 'ZSKA Moskau|CSKA Moskau'),
  club('Slavia Prague', 'Slavia Prag|SK Slavia Prag'),
  club('Sparta Prague', 'Sparta Prag|AC Sparta Prag'),
  club('Legia Warsaw', 'Legia Warschau'),
];
