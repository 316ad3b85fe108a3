// Role lexicon as data: words for offices and occupations in German and English, each with a
// canonical English role, a category and an example. German forms are base forms; the role finder
// adds inflection (-s, -n, -en, -in, -innen, -e, -er) itself. No logic here.

import type { RoleCategory } from '../pipeline-types.js';

export interface RoleEntry {
  id: string;
  /** Canonical English role, lowercase. */
  role: string;
  category: RoleCategory;
  de: string[];
  en: string[];
  example: string;
}

export const ROLES: readonly RoleEntry[] = [
  { id: 'role:president', role: 'president', category: 'head_of_state', de: ['Präsident', 'Staatspräsident', 'Bundespräsident'], en: ['president'], example: 'Der belarussische Präsident Alexander Lukaschenko sagte ...' },
  { id: 'role:head-of-state', role: 'head of state', category: 'head_of_state', de: ['Staatschef', 'Staatsoberhaupt'], en: ['head of state'], example: 'betonte der belarussische Staatschef.' },
  { id: 'role:leader', role: 'leader', category: 'leader', de: ['Anführer', 'Führer'], en: ['leader'], example: 'The Belarusian leader said ...' },
  { id: 'role:vice-president', role: 'vice president', category: 'leader', de: ['Vizepräsident'], en: ['vice president', 'vice-president'], example: 'Vice President Jane Doe visited Minsk.' },
  { id: 'role:prime-minister', role: 'prime minister', category: 'head_of_government', de: ['Premierminister', 'Ministerpräsident', 'Regierungschef', 'Premier', 'Regierungschefin'], en: ['prime minister', 'premier', 'head of government'], example: 'Premierminister Olshas Bektenow traf ...' },
  { id: 'role:chancellor', role: 'chancellor', category: 'head_of_government', de: ['Kanzler', 'Bundeskanzler'], en: ['chancellor'], example: 'Bundeskanzler Max Mustermann reiste nach Astana.' },
  { id: 'role:foreign-minister', role: 'foreign minister', category: 'minister', de: ['Außenminister', 'Aussenminister'], en: ['foreign minister', 'minister of foreign affairs', 'secretary of state', 'foreign secretary'], example: 'Foreign Minister Jane Doe said ...' },
  { id: 'role:minister', role: 'minister', category: 'minister', de: ['Minister', 'Landesrat', 'Landesrätin'], en: ['minister', 'finance minister', 'transport minister', 'economy minister', 'economic minister', 'interior minister', 'defence minister', 'defense minister', 'health minister', 'energy minister', 'trade minister', 'agriculture minister', 'education minister', 'justice minister', 'labour minister', 'labor minister', 'environment minister', 'culture minister', 'sports minister', 'tourism minister', 'industry minister', 'infrastructure minister', 'mining minister', 'oil minister', 'petroleum minister', 'information minister', 'communications minister', 'development minister', 'climate minister', 'digital minister', 'science minister', 'migration minister', 'housing minister', 'water minister', 'fisheries minister', 'minister of finance', 'minister of defence', 'minister of defense', 'minister of trade', 'minister of health', 'minister of economy', 'minister of the economy', 'minister of the interior', 'minister of interior', 'minister of justice', 'minister of energy', 'minister of agriculture', 'minister of education', 'minister of culture', 'minister of trade and industry', 'minister of labour', 'minister of transport'], example: 'Minister Anna Beispiel eröffnete die Messe.' },
  { id: 'role:deputy', role: 'member of parliament', category: 'member', de: ['Abgeordnete', 'Parlamentarier', 'Senator'], en: ['lawmaker', 'member of parliament', 'mp', 'senator', 'deputy'], example: 'der Abgeordnete Andrej Bilezki erklärte ...' },
  { id: 'role:ambassador', role: 'ambassador', category: 'other', de: ['Botschafter', 'Diplomat', 'Chefunterhändler', 'Unterhändler'], en: ['ambassador', 'diplomat', 'senior diplomat', 'negotiator', 'chief negotiator', 'lead negotiator'], example: 'Botschafter Karl Beispiel überreichte ...' },
  { id: 'role:deputy-prime-minister', role: 'deputy prime minister', category: 'minister', de: ['Vizepremier', 'Vizepremierminister', 'Vizeregierungschef', 'Vizeministerpräsident', 'Vizekanzler'], en: ['deputy prime minister', 'vice premier', 'deputy premier', 'vice chancellor', 'vice-chancellor'], example: 'Vizepremier Max Beispiel reiste nach Peking.' },
  { id: 'role:cabinet-secretary', role: 'secretary', category: 'minister', de: [], en: ['commerce secretary', 'secretary of commerce', 'treasury secretary', 'secretary of the treasury', 'defense secretary', 'defence secretary', 'secretary of defense', 'home secretary', 'interior secretary', 'energy secretary', 'health secretary', 'trade secretary', 'transportation secretary', 'agriculture secretary', 'labor secretary', 'cabinet secretary', 'economy secretary', 'finance secretary', 'education secretary', 'environment secretary'], example: 'Commerce Secretary Jane Roe announced new tariffs.' },
  { id: 'role:state-secretary', role: 'state secretary', category: 'minister', de: ['Staatssekretär', 'Vizeminister', 'Staatsminister'], en: ['state secretary', 'undersecretary', 'under secretary', 'deputy minister', 'minister of state'], example: 'Staatssekretärin Anna Beispiel eröffnete die Konferenz.' },
  { id: 'role:speaker', role: 'speaker', category: 'chair', de: ['Bundestagspräsident', 'Landtagspräsident', 'Parlamentspräsident', 'Dumapräsident', 'Parlamentschef'], en: ['speaker', 'speaker of parliament', 'speaker of the house', 'parliament speaker'], example: 'Bundestagspräsidentin Anna Beispiel eröffnete die Sitzung.' },
  { id: 'role:chairman', role: 'chairman', category: 'chair', de: ['Vorsitzende', 'Vorsitzender', 'Parteichef', 'Parteivorsitzende', 'Aufsichtsratschef', 'Aufsichtsratsvorsitzende'], en: ['chairman', 'chairwoman', 'chairperson', 'chair'], example: 'Chairman John Roe opened the session.' },
  { id: 'role:central-bank-governor', role: 'central bank governor', category: 'leader', de: ['Notenbankchef', 'Zentralbankchef', 'Notenbankpräsident', 'Zentralbankpräsident', 'Bundesbankpräsident', 'Notenbankgouverneur'], en: ['central bank governor', 'governor of the central bank', 'central bank chief'], example: 'Central bank governor Jane Roe raised rates.' },
  { id: 'role:ceo', role: 'chief executive', category: 'leader', de: ['Chef', 'Geschäftsführer', 'Vorstandschef', 'Vorstandsvorsitzende', 'Konzernchef', 'Manager', 'Firmenchef', 'Gründer'], en: ['ceo', 'chief executive', 'chief executive officer', 'managing director', 'executive', 'founder', 'co-founder', 'president and chief executive'], example: 'Konzernchef Max Beispiel kündigte an ...' },
  { id: 'role:secretary-general', role: 'secretary general', category: 'leader', de: ['Generalsekretär'], en: ['secretary general', 'secretary-general', 'general secretary'], example: 'SCO Secretary General Jane Doe said ...' },
  { id: 'role:director-general', role: 'director general', category: 'leader', de: ['Generaldirektor', 'Generaldirektorin'], en: ['director general', 'director-general'], example: 'WHO-Generaldirektor Max Beispiel warnte ...' },
  { id: 'role:envoy', role: 'envoy', category: 'other', de: ['Sondergesandter', 'Sondergesandte', 'Gesandter', 'Gesandte', 'Sonderbeauftragter', 'Sonderbeauftragte', 'Beauftragter', 'Beauftragte'], en: ['envoy', 'special envoy', 'special representative'], example: 'Special envoy Jane Roe arrived in Doha.' },
  { id: 'role:monarch', role: 'monarch', category: 'head_of_state', de: ['König', 'Königin', 'Monarch', 'Emir', 'Kaiser', 'Sultan'], en: ['king', 'queen', 'monarch', 'emir', 'emperor', 'sultan'], example: 'King Karl Beispiel opened the parliament.' },
  // An heir is no head of state ("der norwegische Kronprinz Haakon"): a national of that country, not its leader.
  { id: 'role:heir', role: 'crown prince', category: 'other', de: ['Kronprinz', 'Kronprinzessin', 'Thronfolger', 'Thronfolgerin'], en: ['crown prince', 'crown princess', 'heir to the throne'], example: 'Der norwegische Kronprinz Haakon eröffnete die Messe.' },
  { id: 'role:commissioner', role: 'commissioner', category: 'member', de: ['Kommissar', 'Kommissarin', 'Kommissionspräsident'], en: ['commissioner'], example: 'EU-Kommissarin Anna Beispiel legte den Plan vor.' },
  { id: 'role:adviser', role: 'adviser', category: 'employee', de: ['Berater', 'Sicherheitsberater', 'Referent', 'Referentin', 'Fachreferent', 'Fachreferentin'], en: ['adviser', 'advisor', 'national security adviser', 'chief of staff'], example: 'National security adviser Jane Roe said ...' },
  { id: 'role:judge', role: 'judge', category: 'other', de: ['Richter', 'Staatsanwalt', 'Generalstaatsanwalt'], en: ['judge', 'prosecutor', 'attorney general', 'chief justice'], example: 'Richterin Anna Beispiel verkündete das Urteil.' },
  { id: 'role:commander', role: 'commander', category: 'other', de: ['Kommandeur', 'Befehlshaber', 'Oberbefehlshaber', 'Generalstabschef'], en: ['commander', 'chief of general staff', 'army chief'], example: 'Commander John Roe inspected the troops.' },
  { id: 'role:mayor', role: 'mayor', category: 'leader', de: ['Bürgermeister', 'Oberbürgermeister'], en: ['mayor'], example: 'Bürgermeister Peter Beispiel begrüßte die Gäste.' },
  { id: 'role:governor', role: 'governor', category: 'leader', de: ['Gouverneur', 'Gebietsgouverneur', 'Landeshauptmann', 'Landeshauptfrau'], en: ['governor'], example: 'Governor Jane Roe signed the decree.' },
  { id: 'role:spokesperson', role: 'spokesperson', category: 'employee', de: ['Sprecher', 'Sprecherin', 'Pressesprecher', 'Regierungssprecher', 'Regierungssprecherin'], en: ['spokesman', 'spokeswoman', 'spokesperson', 'press secretary'], example: 'Regierungssprecher Hans Beispiel sagte ...' },
  { id: 'role:director', role: 'director', category: 'leader', de: ['Direktor', 'Leiter', 'Intendant', 'Intendantin', 'Chefdirigent', 'Chefdirigentin', 'Musikdirektor', 'Generalmusikdirektor'], en: ['director', 'festival director', 'artistic director', 'executive director', 'chief conductor', 'principal conductor', 'music director'], example: 'Direktor Olga Beispiel eröffnete das Festival.' },
  { id: 'role:general', role: 'general', category: 'other', de: ['General', 'Generalleutnant', 'Generalmajor'], en: ['general'], example: 'General John Roe inspected the troops.' },
  { id: 'role:org-president', role: 'president', category: 'leader', de: ['Vereinspräsident', 'Verbandspräsident', 'Klubpräsident', 'Clubpräsident', 'Akademiepräsident'], en: ['club president'], example: 'Akademiepräsidentin Anna Beispiel eröffnete die Feier; Vereinspräsident Max Beispiel sagte ...' },
  { id: 'role:board-member', role: 'board member', category: 'employee', de: ['Vorstand', 'Vorstandsmitglied', 'Finanzvorstand', 'Personalvorstand', 'Technikvorstand', 'Vertriebsvorstand'], en: ['board member', 'executive board member', 'management board member'], example: 'Siemens-Energy-Vorstand Max Beispiel sprach von einem Leuchtturmprojekt.' },
  { id: 'role:sports-director', role: 'sporting director', category: 'employee', de: ['Sportvorstand', 'Sportdirektor', 'Sportchef'], en: ['sporting director', 'sports director', 'director of football'], example: 'Sportdirektor Max Beispiel bestätigte den Wechsel.' },
  { id: 'role:coach', role: 'coach', category: 'employee', de: ['Trainer', 'Nationaltrainer', 'Cheftrainer', 'Bundestrainer'], en: ['coach', 'head coach', 'manager'], example: 'Trainer Max Beispiel lobte die Mannschaft.' },
  { id: 'role:singer', role: 'singer', category: 'other', de: ['Sänger', 'Sängerin'], en: ['singer'], example: 'Sängerin Anna Beispiel gewann den Wettbewerb.' },
  { id: 'role:artist', role: 'artist', category: 'other', de: ['Künstler', 'Musiker', 'Schauspieler', 'Regisseur', 'Komponist', 'Schriftsteller', 'Autor', 'Dichter', 'Filmemacher', 'Rapper', 'Rapperin', 'Gitarrist', 'Pianist', 'Dirigent', 'Schlagzeuger', 'Liedermacher', 'Tenor', 'Bariton', 'Sopranistin', 'Sopranist', 'Mezzosopranistin', 'Altistin', 'Geiger', 'Cellist', 'Violinist', 'Bratschist', 'Organist', 'Choreograf', 'Choreograph', 'Tänzer', 'Fotograf', 'Maler', 'Bildhauer', 'Architekt', 'Kabarettist', 'Drehbuchautor', 'Kurator', 'Filmregisseur', 'Opernregisseur', 'Theaterregisseur'], en: ['artist', 'musician', 'actor', 'actress', 'composer', 'writer', 'author', 'novelist', 'poet', 'filmmaker', 'rapper', 'guitarist', 'pianist', 'conductor', 'drummer', 'singer-songwriter', 'tenor', 'baritone', 'soprano', 'mezzo-soprano', 'violinist', 'cellist', 'organist', 'choreographer', 'dancer', 'photographer', 'painter', 'sculptor', 'architect', 'comedian', 'screenwriter', 'curator'], example: 'Schauspieler Max Beispiel erhielt den Preis.' },
  { id: 'role:athlete', role: 'athlete', category: 'other', de: ['Sportler', 'Spieler', 'Athlet', 'Stürmer', 'Torwart', 'Biathlet', 'Läufer', 'Schwimmer', 'Tennisspieler', 'Fußballer', 'Mittelfeldspieler', 'Verteidiger', 'Angreifer', 'Abwehrspieler', 'Innenverteidiger', 'Flügelspieler', 'Torhüter', 'Kapitän', 'Radprofi', 'Radfahrer', 'Boxer', 'Skirennläufer', 'Marathonläufer', 'Sprinter', 'Tennisprofi', 'Golfer', 'Turner', 'Ringer', 'Großmeister', 'Schachgroßmeister', 'Schachspieler', 'Rückraumspieler', 'Nationalspieler', 'Handballer', 'Basketballer', 'Volleyballer', 'Kreisläufer', 'Spielmacher', 'Weltmeister', 'Olympiasieger', 'Weltrekordhalter', 'Weltrekordhalterin', 'Rekordhalter', 'Titelverteidiger', 'Titelverteidigerin', 'Medaillengewinner', 'Goldmedaillengewinner', 'Weltmeisterin', 'Olympiasiegerin', 'Skispringer', 'Eiskunstläufer', 'Rennfahrer', 'Leichtathlet', 'Sieger', 'Siegerin', 'Gewinner', 'Gewinnerin', 'Preisträger', 'Preisträgerin'], en: ['athlete', 'player', 'striker', 'goalkeeper', 'runner', 'swimmer', 'champion', 'midfielder', 'defender', 'winger', 'captain', 'footballer', 'cyclist', 'boxer', 'skier', 'sprinter', 'marathon runner', 'tennis player', 'golfer', 'gymnast', 'wrestler', 'grandmaster', 'chess player', 'handball player', 'basketball player', 'volleyball player', 'playmaker', 'world champion', 'olympic champion', 'record holder', 'world record holder', 'titleholder', 'title holder', 'medallist', 'medalist', 'gold medallist', 'gold medalist', 'ski jumper', 'figure skater', 'racing driver', 'jockey', 'veteran', 'forward', 'centre-back', 'center-back', 'fullback', 'full-back', 'pitcher', 'batter', 'cricketer', 'batsman', 'bowler', 'fast bowler', 'paceman', 'spinner', 'wicketkeeper', 'wicket-keeper', 'all-rounder', 'quarterback', 'point guard', 'shortstop', 'outfielder', 'tennis star', 'winner', 'laureate'], example: 'Stürmer Max Beispiel traf zweimal.' },
  { id: 'role:journalist', role: 'journalist', category: 'journalist', de: ['Journalist', 'Korrespondent', 'Reporter', 'Chefredakteur'], en: ['journalist', 'correspondent', 'reporter', 'editor'], example: 'Korrespondent Max Beispiel berichtet aus Minsk.' },
  { id: 'role:expert', role: 'expert', category: 'other', de: ['Experte', 'Analyst', 'Politologe', 'Professor', 'Wissenschaftler', 'Forscher', 'Virologe', 'Historiker', 'Ökonom', 'Chefvolkswirt', 'Ärztin', 'Arzt', 'Stratege', 'Ingenieur', 'Chefingenieur', 'Designer', 'Chefdesigner', 'Chefkonstrukteur'], en: ['expert', 'analyst', 'professor', 'scientist', 'political scientist', 'economist', 'chief economist', 'researcher', 'senior researcher', 'historian', 'virologist', 'doctor', 'fellow', 'senior fellow', 'research fellow', 'strategist', 'chief strategist', 'engineer', 'chief engineer', 'designer', 'chief designer'], example: 'Politologe Max Beispiel meint ...' },
  { id: 'role:union-official', role: 'union official', category: 'employee', de: ['Gewerkschaftssekretär', 'Gewerkschaftssekretärin'], en: [], example: 'Die IG Metall forderte Garantien. Gewerkschaftssekretär Max Beispiel sagte ...' },
  { id: 'role:counterpart', role: 'counterpart', category: 'other', de: ['Amtskollege', 'Amtskollegin', 'Amtsvorgänger', 'Amtsvorgängerin', 'Amtsnachfolger', 'Amtsnachfolgerin'], en: ['counterpart', 'predecessor', 'successor'], example: 'Sie löst ihren maltesischen Amtskollegen Ian Borg ab; he met his Chilean counterpart Alberto van Klaveren.' },
  { id: 'role:politician', role: 'politician', category: 'other', de: ['Politiker'], en: ['politician'], example: 'Der CDU-Außenpolitiker Jörg Beispiel nannte die Zusagen gut.' },
  { id: 'role:patriarch', role: 'patriarch', category: 'leader', de: ['Patriarch', 'Papst', 'Metropolit'], en: ['patriarch', 'pope', 'metropolitan'], example: 'Patriarch Kirill besuchte Minsk.' },
  { id: 'role:country-director', role: 'country director', category: 'employee', de: ['Landesdirektor', 'Länderdirektor', 'Regionaldirektor', 'Landesbezirksleiter', 'Bezirksleiter', 'Regionalleiter', 'Landesleiter', 'Niederlassungsleiter', 'Werksleiter', 'Standortleiter', 'Werkleiter'], en: ['country director', 'regional director', 'country manager', 'chief financial officer', 'chief operating officer', 'chief technology officer'], example: "The bank's country director Jane Roe said ..." },
  { id: 'role:activist', role: 'activist', category: 'other', de: ['Aktivist', 'Aktivistin', 'Menschenrechtler', 'Umweltaktivist', 'Anwalt', 'Rechtsanwalt', 'Anwältin', 'Unternehmer', 'Unternehmerin', 'Investor', 'Geschäftsmann'], en: ['activist', 'campaigner', 'rights activist', 'lawyer', 'attorney', 'entrepreneur', 'businessman', 'businesswoman', 'investor', 'billionaire'], example: 'Die Aktivistin Anna Beispiel protestierte; the lawyer John Roe said ...' },
];

/** German compounds ending in these heads carry the role ("Wirtschaftsminister", "Vizebürgermeister"). */
export const ROLE_HEADS: ReadonlyArray<{ head: string; id: string }> = [
  { head: 'minister', id: 'role:minister' },
  { head: 'ministerin', id: 'role:minister' },
  // An Austrian state minister: "Oberösterreichs Wirtschaftslandesrat Markus Achleitner".
  { head: 'landesrat', id: 'role:minister' },
  { head: 'landesrätin', id: 'role:minister' },
  { head: 'botschafter', id: 'role:ambassador' },
  { head: 'bürgermeister', id: 'role:mayor' },
  { head: 'vorsitzende', id: 'role:chairman' },
  { head: 'vorsitzender', id: 'role:chairman' },
  { head: 'trainer', id: 'role:coach' },
  { head: 'sprecher', id: 'role:spokesperson' },
  { head: 'sprecherin', id: 'role:spokesperson' },
  { head: 'leiter', id: 'role:director' },
  { head: 'leiterin', id: 'role:director' },
  { head: 'politiker', id: 'role:politician' },
  { head: 'politikerin', id: 'role:politician' },
  { head: 'chef', id: 'role:ceo' },
  { head: 'präsident', id: 'role:org-president' },
  { head: 'präsidentin', id: 'role:org-president' },
  { head: 'direktor', id: 'role:director' },
  { head: 'direktorin', id: 'role:director' },
  { head: 'chefin', id: 'role:ceo' },
  { head: 'spieler', id: 'role:athlete' },
  { head: 'spielerin', id: 'role:athlete' },
];

