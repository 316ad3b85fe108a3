// Knowledge base: recurring, well-known events and festivals, and a few well-known awards.
// Names only, never facts (where or when an edition takes place is for the text to say).
// event(canonical English name, 'names|…', 'ACRONYMS|…', code of the host country when fixed).
// Left out: the bare "Expo" ("Kazan Expo" is a venue), the bare "Oscar" (a first name), "Mostra", the bare "World Cup" and "WM"/"EM" (any sport), "US Open" (tennis or golf), "Karneval".

import type { EntityType } from '../../types.js';
import type { KbEntry } from './kb-types.js';
import { entityId } from '../ids.js';

const split = (list: string): string[] => (list ? list.split('|') : []);

function make(type: EntityType, name: string, names: string, acronyms: string, code: string, example?: string): KbEntry {
  const entry: KbEntry = { id: entityId(type, name), name, type, names: [name, ...split(names).filter((n) => n !== name)], example: example ?? `${name} drew many visitors this year.` };
  if (acronyms) entry.acronyms = split(acronyms);
  if (code) entry.code = code;
  return entry;
}
const event = (name: string, names: string, acronyms = '', code = '', example?: string): KbEntry => make('Event', name, names, acronyms, code, example);
const award = (name: string, names: string, example?: string): KbEntry => make('Award', name, names, '', '', example);

/**
 * Heads of German one-word event names ("Bachfest", "Ostseegipfel"), named with their town after
 * them ("Bachfest Leipzig"): the event finder (mentions/events.ts) and the held-in rule for events
 * named after a town (relations/nested-rules.ts) share them.
 */
export const COMPOUND_EVENT_HEADS: readonly string[] = ['fest', 'festival', 'festspiele', 'gipfel', 'messe', 'konferenz', 'turnier', 'marathon', 'biennale', 'forum', 'kongress'];

export const EVENTS: readonly KbEntry[] = [
  event('Slavianski Bazaar', 'Slawischer Basar|Slawjanski Basar|Slavic Bazaar|Slavyansky Bazaar|Slavianski Bazaar in Vitebsk|Slawischer Basar in Witebsk|Slavyanski Bazar|Slawjanski Bazar', '', 'BY', 'Kasachstan nimmt regelmäßig am Festival „Slawischer Basar in Witebsk“ teil.'),
  event('Olympic Games', 'Olympische Spiele|Olympics|Olympic Summer Games|Summer Olympics|Olympische Sommerspiele|Sommerspiele', '', '', 'The next Olympic Games will be held in Los Angeles.'),
  event('Winter Olympics', 'Olympische Winterspiele|Winter Olympic Games|Winterspiele'),
  event('Paralympics', 'Paralympische Spiele|Paralympic Games|Paralympische Sommerspiele|Summer Paralympics'),
  event('Youth Olympic Games', 'Olympische Jugendspiele|Youth Olympics'),
  event('FIFA World Cup', 'Fußball-Weltmeisterschaft|Fussball-Weltmeisterschaft|Fußball-WM|Fussball-WM|football World Cup|soccer World Cup|FIFA-Weltmeisterschaft', '', '', 'Die Fußball-Weltmeisterschaft beginnt im Juni.'),
  event('UEFA European Championship', 'Fußball-Europameisterschaft|Fussball-Europameisterschaft|Fußball-EM|UEFA Euro|European Football Championship'),
  event('UEFA Champions League', 'Champions League|Champions-League'),
  event('Ice Hockey World Championship', 'Eishockey-Weltmeisterschaft|Eishockey-WM|IIHF World Championship'),
  event('Commonwealth Games', 'Commonwealth-Spiele'),
  event('Africa Cup of Nations', 'Afrika-Cup|Afrikameisterschaft|Africa Cup|Afrika-Meisterschaft|Coupe d\'Afrique des Nations', 'AFCON'),
  event('Copa América', 'Copa America'),
  event('AFC Asian Cup', 'Asian Cup|Asienmeisterschaft|Asien-Cup'),
  event('UEFA Europa League', 'Europa League|Europa-League'),
  event('UEFA Europa Conference League', 'UEFA Conference League|Conference League|Europa Conference League|Conference-League'),
  event('DFB-Pokal', 'DFB Pokal|German Cup|DFB Cup'),
  event('FA Cup', 'englischer FA-Cup|FA-Cup'),
  event('Copa del Rey', 'spanischer Pokal|King\'s Cup'),
  event('Bundesliga', 'Fußball-Bundesliga|German Bundesliga|1. Bundesliga'),
  event('Premier League', 'englische Premier League|English Premier League|Premier-League'),
  event('Serie A', 'italienische Serie A|Italian Serie A'),
  event('La Liga', 'spanische La Liga|LaLiga|Primera División'),
  event('Ligue 1', 'französische Ligue 1|French Ligue 1'),
  event('Rugby World Cup', 'Rugby-Weltmeisterschaft|Rugby-WM'),
  event('Chess Olympiad', 'Schach-Olympiade|Schacholympiade|World Chess Olympiad'),
  event('World Men\'s Handball Championship', 'Handball-Weltmeisterschaft|Handball-WM|World Handball Championship|IHF World Men\'s Handball Championship|men\'s handball world championship'),
  event('European Men\'s Handball Championship', 'Handball-Europameisterschaft|Handball-EM|European Handball Championship|EHF Euro'),
  event('FIBA Basketball World Cup', 'Basketball-Weltmeisterschaft|Basketball-WM|Basketball World Cup'),
  event('Giro d\'Italia', 'Italien-Rundfahrt'),
  event('London Marathon', 'London-Marathon', '', 'GB'),
  event('New York City Marathon', 'New York Marathon|New-York-Marathon', '', 'US'),
  event('Asian Games', 'Asienspiele|Asiatische Spiele'),
  event('European Games', 'Europaspiele|Europäische Spiele'),
  event('Formula One World Championship', 'Formel 1|Formula One|Formula 1|Formel-1-Weltmeisterschaft', 'F1'),
  event('Tour de France', 'Frankreich-Rundfahrt', '', 'FR'),
  event('Wimbledon', 'Wimbledon Championships|Wimbledon-Turnier', '', 'GB'),
  event('French Open', 'Roland Garros|Roland-Garros|French Open', '', 'FR'),
  event('Australian Open', '', '', 'AU'),
  event('Super Bowl', '', '', 'US'),
  event('Berlin Marathon', 'Berlin-Marathon', '', 'DE'),
  event('Boston Marathon', 'Boston-Marathon', '', 'US'),
  event('FIFA Congress', 'FIFA-Kongress|Fifa-Kongress', '', ''),
  event('IOC Session', 'IOC-Session|IOC-Vollversammlung|Session of the International Olympic Committee', '', ''),
  event('Dakar Rally', 'Rallye Dakar|Dakar-Rallye'),
  event('Eurovision Song Contest', 'Eurovision|Grand Prix Eurovision', 'ESC', '', 'Der Eurovision Song Contest findet in Wien statt.'),
  event('World Economic Forum Annual Meeting', 'World Economic Forum|Weltwirtschaftsforum|Davos Forum|Weltwirtschaftsforum in Davos|Jahrestreffen des Weltwirtschaftsforums', 'WEF', 'CH', 'Das Weltwirtschaftsforum in Davos beginnt am Montag.'),
  event('Munich Security Conference', 'Münchner Sicherheitskonferenz|Muenchner Sicherheitskonferenz|Sicherheitskonferenz in München', 'MSC|SiKo', 'DE'),
  event('St. Petersburg International Economic Forum', 'Internationales Wirtschaftsforum St. Petersburg|Petersburger Wirtschaftsforum|St. Petersburger Wirtschaftsforum|Sankt Petersburger Internationales Wirtschaftsforum|Saint Petersburg International Economic Forum', 'SPIEF|PMEF|ПМЭФ', 'RU'),
  event('Eastern Economic Forum', 'Östliches Wirtschaftsforum|Oestliches Wirtschaftsforum', 'EEF|ВЭФ', 'RU'),
  event('Astana International Forum', 'Internationales Forum Astana', '', 'KZ'),
  event('Forum of Regions of Belarus and Russia', 'Forum der Regionen von Belarus und Russland|Forum der Regionen Russlands und Belarus', '', ''),
  event('Valdai Discussion Club meeting', 'Valdai Forum|Waldai-Forum|Valdai Discussion Club|Waldai-Klub', '', 'RU'),
  event('Shangri-La Dialogue', 'Shangri-La-Dialog', '', 'SG'),
  event('Berlinale', 'Berlin International Film Festival|Internationale Filmfestspiele Berlin', '', 'DE'),
  event('Cannes Film Festival', 'Filmfestspiele von Cannes|Filmfestspielen von Cannes|Festival de Cannes|Internationale Filmfestspiele von Cannes|Filmfestival in Cannes|Filmfestival von Cannes|Cannes-Filmfestival', '', 'FR'),
  event('Venice Film Festival', 'Filmfestspiele von Venedig|Filmfestspielen von Venedig|Internationale Filmfestspiele von Venedig|Filmfestival in Venedig|Filmfestival von Venedig', '', 'IT'),
  event('Venice Biennale', 'Biennale von Venedig|Biennale di Venezia|La Biennale di Venezia', '', 'IT'),
  event('documenta', 'documenta in Kassel', 'documenta|Documenta', 'DE'),
  event('Listapad', 'Minsk International Film Festival Listapad|Filmfestival Listapad', '', 'BY'),
  event('Frankfurt Book Fair', 'Frankfurter Buchmesse|Buchmesse in Frankfurt', '', 'DE'),
  event('Leipzig Book Fair', 'Leipziger Buchmesse', '', 'DE'),
  event('Hannover Messe', 'Hanover Fair|Hannover-Messe|Industriemesse in Hannover', '', 'DE'),
  event('IFA', 'Internationale Funkausstellung|IFA Berlin', 'IFA', 'DE'),
  event('International Green Week', 'Internationale Grüne Woche|Grüne Woche', '', 'DE'),
  event('ITB Berlin', 'Internationale Tourismus-Börse', 'ITB', 'DE'),
  event('Gamescom', '', 'gamescom', 'DE'),
  event('Consumer Electronics Show', 'CES Las Vegas', 'CES', 'US'),
  event('Mobile World Congress', '', 'MWC', 'ES'),
  event('World Expo', 'Weltausstellung|World Exposition', '', ''),
  event('Oktoberfest', 'Wiesn|Münchner Oktoberfest', '', 'DE'),
  event('Salzburg Festival', 'Salzburger Festspiele', '', 'AT'),
  event('Bayreuth Festival', 'Bayreuther Festspiele|Richard-Wagner-Festspiele', '', 'DE'),
  event('UN Climate Change Conference', 'UN-Klimakonferenz|Weltklimakonferenz|Weltklimagipfel|United Nations Climate Change Conference|Conference of the Parties|UN-Klimagipfel', 'COP', '', 'Die Weltklimakonferenz fand in Baku statt. (Numbered conferences, "COP29", are events of their own: ../mentions/events.ts.)'),
  event('Victory Day', 'Tag des Sieges|Siegestag|Victory Day Parade|Siegesparade', '', ''),
  event('World War I', 'Erster Weltkrieg|Erste Weltkrieg|Ersten Weltkrieg|First World War|Great War', 'WWI', '', 'Der Erste Weltkrieg begann 1914.'),
  event('World War II', 'Zweiter Weltkrieg|Zweite Weltkrieg|Zweiten Weltkrieg|Second World War', 'WWII|WW2', '', 'Der Zweite Weltkrieg endete 1945.'),
  event('Great Patriotic War', 'Großer Vaterländischer Krieg|Grosser Vaterländischer Krieg', '', '', 'Belarus gedenkt der Opfer des Großen Vaterländischen Krieges.'),
  event('Cold War', 'Kalter Krieg|Kalte Krieg|Kalten Krieg', '', '', 'Der Kalte Krieg endete 1991.'),
  event('Vietnam War', 'Vietnamkrieg|Vietnam-Krieg', '', ''),
  event('Hajj', 'Hadsch|Haddsch|Hajj pilgrimage', '', 'SA'),
];

export const AWARDS: readonly KbEntry[] = [
  award('Nobel Peace Prize', 'Friedensnobelpreis|Nobel Prize for Peace'),
  award('Nobel Prize', 'Nobelpreis|Nobel Prizes|Nobelpreise'),
  award('Academy Awards', 'Oscars|Academy Award|Oscar-Verleihung'),
  award('Golden Bear', 'Goldener Bär|Golden Bear of the Berlinale'),
  award('Palme d\'Or', 'Goldene Palme|Golden Palm'),
  award('Golden Lion', 'Goldener Löwe'),
  award('Silver Bear', 'Silberner Bär'),
  award('Booker Prize', 'Booker-Preis|Man Booker Prize'),
  award('Grammy Awards', 'Grammy|Grammys'),
  award('Ballon d\'Or', 'Goldener Ball'),
  award('Pulitzer Prize', 'Pulitzer-Preis|Pulitzerpreis'),
  award('Charlemagne Prize', 'Karlspreis|Internationaler Karlspreis zu Aachen'),
  award('Sakharov Prize', 'Sacharow-Preis|Sakharov Prize for Freedom of Thought|Sacharow-Preis für geistige Freiheit'),
  award('Peace Prize of the German Book Trade', 'Friedenspreis des Deutschen Buchhandels'),
  award('Georg Büchner Prize', 'Georg-Büchner-Preis|Büchner-Preis|Büchnerpreis|Georg Buechner Prize'),
  award('German Book Prize', 'Deutscher Buchpreis|Deutsche Buchpreis|Deutschen Buchpreis|Deutschen Buchpreises'),
  award('Leipzig Book Fair Prize', 'Preis der Leipziger Buchmesse'),
  award('Prix Goncourt', 'Goncourt-Preis|Goncourt Prize|Prix Goncourt'),
  award('International Booker Prize', 'International-Booker-Preis'),
  award('Nobel Prize in Literature', 'Literaturnobelpreis|Nobelpreis für Literatur|Nobel literature prize'),
  award('Cervantes Prize', 'Cervantes-Preis|Premio Cervantes|Miguel de Cervantes Prize'),
  award('Golden Globe Awards', 'Golden Globe|Golden Globes'),
  award('BAFTA Awards', 'BAFTA|British Academy Film Awards'),
  award('Emmy Awards', 'Emmys|Emmy Award'),
  award('European Film Awards', 'Europäischer Filmpreis|European Film Award'),
  award('German Film Award', 'Deutscher Filmpreis'),
  award('Pritzker Prize', 'Pritzker-Preis|Pritzker Architecture Prize'),
  award('Right Livelihood Award', 'Alternativer Nobelpreis'),
];
