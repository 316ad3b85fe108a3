// Knowledge base: cities (all capitals, major cities of Europe and Asia, big cities elsewhere),
// regions (provinces, states, disputed territories) and locations (seas, rivers, mountains, continents).
// Names only, never facts. One line per country: cities(code, 'Canonical=Other|Names; Next; …').

import type { EntityType } from '../../types.js';
import type { KbEntry } from './kb-types.js';
import { entityId } from '../ids.js';

/** Parses 'Canonical=Alt|Alt; Next' into entries of one type; code '' means none. */
function parse(type: EntityType, code: string, table: string, adjectives: Record<string, string> = {}): KbEntry[] {
  return table.split(';').map((row) => {
    const [head = '', alts = ''] = row.trim().split('=');
    const hidden = head.startsWith('!');
    const name = hidden ? head.slice(1) : head;
    const others = alts ? [...new Set(alts.split('|'))].filter((n) => n !== name) : [];
    const names = hidden ? others : [name, ...others];
    const entry: KbEntry = { id: entityId(type, name), name, type, names, example: exampleFor(type, names[0] ?? name) };
    const adj = adjectives[name];
    if (adj) entry.adjectives = adj.split('|');
    if (code) entry.code = code;
    return entry;
  });
}

function exampleFor(type: EntityType, surface: string): string {
  if (type === 'City') return `The delegation arrived in ${surface} on Tuesday.`;
  if (type === 'Region') return `Heavy rain was reported in ${surface}.`;
  return `Ships were seen near ${surface}.`;
}

const cities = (code: string, table: string): KbEntry[] => parse('City', code, table);

// Surface forms that are common words are kept out. A leading "!" keeps the canonical name itself out
// of the names: "!Nice=Nizza" (English "nice"). Made safe by their canonical name: "Halle (Saale)" (German
// "Halle" = hall), "Oder River" (German "oder" = or), "Victoria (Seychelles)" (a first name, an Australian
// state). Left out: Essen (German "essen"), Bath, Split, Bergen (German "bergen"), Reading, Mobile,
// Anchorage, Kano (inflects to German "Kanon"), Engels (Friedrich Engels), Pisa (the PISA study), and the
// forms "Gent", "Muenster" (cheese), "Nil" (English "nil"), "Male" (only "Malé"), "Oral" (Uralsk), "Nis"
// (the NIS directive), "Santiago" alone (de Chile, de Cuba, de Compostela, Bernabéu). Vatican City, Monaco,
// San Marino and Singapore are left to their country entries. Decided ambiguities: Brest is the Belarusian
// city, Tripoli the Libyan one, Alexandria the Egyptian one, San José the Costa Rican one, Washington the
// US capital (not the state); Sofia, Milan and Rom(e) are the cities (also first names, a German word for
// a Roma); "Gaza" alone is the Gaza Strip. Jerusalem and Western Sahara carry no country code (disputed).
export const CITIES: readonly KbEntry[] = [
  // ---- Europe ----
  ...cities('AL', 'Tirana=Tirana|Tirane|Tiranë'),
  ...cities('AD', 'Andorra la Vella'),
  ...cities('AT', 'Vienna=Wien; Graz; Linz; Salzburg; Innsbruck; Klagenfurt; Bregenz; St. Pölten=Sankt Pölten'),
  ...cities('BY', 'Minsk=Mensk; Vitebsk=Witebsk|Viciebsk|Vitsyebsk; Gomel=Homel|Homiel|Gomel; Brest=Brest-Litowsk|Brest-Litovsk; Grodno=Hrodna|Hrodno; Mogilev=Mogiljow|Mahiljou|Mahilyow|Mogilyov; Bobruisk=Babrujsk|Babruysk|Bobruisk; Baranovichi=Baranawitschy|Baranowitschi; Pinsk; Polotsk=Polozk|Polazk; Novopolotsk=Nowopolozk|Navapolatsk; Orsha=Orscha|Orša; Borisov=Baryssau|Barysaw|Borissow; Soligorsk=Salihorsk; Mozyr=Masyr|Mazyr; Zhodino=Schodsina|Zhodzina; Slutsk=Sluzk; Zhlobin=Schlobin|Zhlobin; Rechitsa=Retschyza|Rechytsa; Kobrin=Kobryn; Nesvizh=Njaswisch|Nyasvizh; Ostrovets=Astrawez|Astravets|Ostrowez; Svetlogorsk=Swetlahorsk|Svetlahorsk; Volkovysk=Waukawysk|Vawkavysk'),
  ...cities('BE', 'Brussels=Brüssel|Bruxelles|Brussel; Antwerp=Antwerpen|Anvers; Ghent; Liège=Lüttich; Bruges=Brügge|Brugge'),
  ...cities('BA', 'Sarajevo=Sarajewo; Banja Luka; Mostar'),
  ...cities('BG', 'Sofia=Sofija; Plovdiv=Plowdiw; Varna=Warna; Burgas'),
  ...cities('HR', 'Zagreb=Agram; Dubrovnik; Rijeka; Zadar'),
  ...cities('CY', 'Nicosia=Nikosia|Lefkosia'),
  ...cities('CZ', 'Prague=Prag|Praha; Brno=Brünn; Ostrava=Ostrau; Plzeň=Pilsen|Plzen; Karlovy Vary=Karlsbad'),
  ...cities('DK', 'Copenhagen=Kopenhagen|København; Aarhus=Århus; Odense; Aalborg=Ålborg'),
  ...cities('EE', 'Tallinn=Reval; Tartu=Dorpat; Narva'),
  ...cities('FI', 'Helsinki=Helsingfors; Tampere; Turku'),
  ...cities('FR', 'Paris; Marseille=Marseilles; Lyon=Lyons; Toulouse; !Nice=Nizza; Strasbourg=Straßburg|Strassburg; Bordeaux; Lille; Nantes; Montpellier; Cannes; Calais; Rennes; Reims; Le Havre; Grenoble; Dijon; Ajaccio; Versailles'),
  ...cities('DE', 'Berlin; Hamburg; Munich=München; Cologne=Köln; Frankfurt=Frankfurt am Main; Stuttgart; Düsseldorf=Duesseldorf|Dusseldorf; Leipzig; Dortmund; Bremen; Dresden; Hanover=Hannover; Nuremberg=Nürnberg; Duisburg; Bochum; Wuppertal; Bielefeld; Bonn; Münster; Mannheim; Karlsruhe; Augsburg; Wiesbaden; Mainz; Kiel; Rostock; Magdeburg; Erfurt; Potsdam; Saarbrücken; Schwerin; Freiburg=Freiburg im Breisgau; Heidelberg; Regensburg; Aachen; Chemnitz; Halle (Saale)=Halle an der Saale|Halle/Saale; Lübeck; Ramstein; Kassel; Würzburg; Ulm; Ingolstadt; Wolfsburg; Jena; Weimar; Göttingen; Oldenburg; Osnabrück; Trier; Koblenz; Passau; Bamberg; Bayreuth; Darmstadt; Leverkusen; Gelsenkirchen; Krefeld; Mönchengladbach; Cottbus; Greifswald; Stralsund; Flensburg; Gera; Zwickau; Görlitz; Frankfurt (Oder)=Frankfurt an der Oder'),
  ...cities('GR', 'Athens=Athen|Athina; Thessaloniki=Saloniki|Salonica; Piraeus=Piräus; Heraklion=Iraklio'),
  ...cities('HU', 'Budapest; Debrecen; Szeged'),
  ...cities('IS', 'Reykjavík=Reykjavik'),
  ...cities('IE', 'Dublin'),
  ...cities('IT', 'Rome=Rom; Milan=Mailand|Milano; Naples=Neapel|Napoli; Turin=Torino; Florence=Florenz|Firenze; Venice=Venedig|Venezia; Genoa=Genua|Genova; Bologna; Palermo; Trieste=Triest; Verona; Bari; Catania; Bolzano=Bozen'),
  ...cities('XK', 'Pristina=Priština|Prishtina|Prishtinë'),
  ...cities('LV', 'Riga; Daugavpils=Dünaburg'),
  ...cities('LI', 'Vaduz'),
  ...cities('LT', 'Vilnius=Wilna|Vilna|Wilno; Kaunas=Kauen; Klaipėda=Klaipeda'),
  ...cities('LU', 'Luxembourg City=Luxemburg-Stadt|Stadt Luxemburg'),
  ...cities('MT', 'Valletta'),
  ...cities('MD', 'Chișinău=Chisinau|Chişinău|Kischinau|Kischinjow|Kishinev; Tiraspol'),
  ...cities('ME', 'Podgorica'),
  ...cities('NL', 'Amsterdam; Rotterdam; The Hague=Den Haag; Utrecht; Eindhoven; Groningen; Maastricht'),
  ...cities('MK', 'Skopje=Skopie|Üsküb'),
  ...cities('NO', 'Oslo; Trondheim; Stavanger; Tromsø=Tromso'),
  ...cities('PL', 'Warsaw=Warschau|Warszawa; Kraków=Krakau|Krakow|Cracow; Gdańsk=Danzig|Gdansk; Wrocław=Breslau|Wroclaw; Poznań=Posen|Poznan; Łódź=Lodz|Lodsch; Szczecin=Stettin; Lublin; Rzeszów=Rzeszow; Białystok=Bialystok; Katowice=Kattowitz; Bydgoszcz=Bromberg; Olsztyn=Allenstein'),
  ...cities('PT', 'Lisbon=Lissabon|Lisboa; Porto=Oporto'),
  ...cities('RO', 'Bucharest=Bukarest|București|Bucuresti; Cluj-Napoca=Klausenburg|Cluj; Timișoara=Timisoara|Temeswar; Sibiu=Hermannstadt; Brașov=Brasov; Iași=Iasi|Jassy; Constanța=Constanta|Konstanza'),
  ...cities('RU', 'Moscow=Moskau|Moskva|Moskwa; Saint Petersburg=St. Petersburg|Sankt Petersburg|St Petersburg|Leningrad|Petrograd|Sankt-Peterburg; Novosibirsk=Nowosibirsk; Yekaterinburg=Jekaterinburg|Ekaterinburg|Swerdlowsk|Sverdlovsk; Kazan=Kasan; Nizhny Novgorod=Nischni Nowgorod|Nizhniy Novgorod; Chelyabinsk=Tscheljabinsk; Samara; Omsk; Rostov-on-Don=Rostow am Don|Rostov-na-Donu|Rostow; Ufa; Krasnoyarsk=Krasnojarsk; Voronezh=Woronesch; Perm; Volgograd=Wolgograd|Stalingrad; Krasnodar; Sochi=Sotschi; Vladivostok=Wladiwostok; Kaliningrad=Königsberg; Murmansk; Irkutsk; Khabarovsk=Chabarowsk; Yaroslavl=Jaroslawl; Smolensk; Pskov=Pskow; Belgorod; Kursk; Bryansk=Brjansk; Tula; Grozny=Grosny; Veliky Novgorod=Weliki Nowgorod|Nowgorod; Tver=Twer; Saratov=Saratow; Makhachkala=Machatschkala; Novorossiysk=Noworossijsk; Astrakhan=Astrachan; Penza=Pensa; Lipetsk=Lipezk; Kaluga; Ryazan=Rjasan; Arkhangelsk=Archangelsk; Tomsk; Barnaul; Kemerovo=Kemerowo; Norilsk=Norilsk; Yakutsk=Jakutsk; Magadan; Orenburg; Tyumen=Tjumen; Surgut; Ulan-Ude; Chita=Tschita; Vladikavkaz=Wladikawkas; Nalchik=Naltschik; Beslan'),
  ...cities('RS', 'Belgrade=Belgrad|Beograd; Novi Sad=Neusatz; Niš'),
  ...cities('SK', 'Bratislava=Pressburg; Košice=Kosice|Kaschau'),
  ...cities('SI', 'Ljubljana=Laibach; Maribor=Marburg an der Drau'),
  ...cities('ES', 'Madrid; Barcelona; Valencia; Seville=Sevilla; Bilbao; Málaga=Malaga; Zaragoza=Saragossa; Palma=Palma de Mallorca; Granada; Pamplona; Las Palmas'),
  ...cities('SE', 'Stockholm; Gothenburg=Göteborg|Goteborg; Malmö=Malmo'),
  ...cities('CH', 'Bern=Berne; Zurich=Zürich; Geneva=Genf|Genève; Basel=Basle|Bâle; Lausanne; Davos; Lucerne=Luzern; Lugano; Winterthur; St. Gallen=Sankt Gallen'),
  ...cities('UA', 'Kyiv=Kiew|Kiev|Kyjiw|Kijów; Kharkiv=Charkiw|Kharkov|Charkow; Odesa=Odessa; Dnipro=Dnipropetrovsk|Dnjepropetrowsk; Lviv=Lwiw|Lemberg|Lvov|Lwów; Zaporizhzhia=Saporischschja|Zaporozhye|Zaporizhia; Donetsk=Donezk; Luhansk=Lugansk|Luhansk; Mariupol; Kherson=Cherson; Mykolaiv=Mykolajiw|Nikolaev|Nikolajew; Bakhmut=Bachmut|Artemivsk; Sevastopol=Sewastopol; Simferopol; Chernobyl=Tschernobyl|Chornobyl; Chernihiv=Tschernihiw; Sumy; Poltava=Poltawa; Vinnytsia=Winnyzja; Avdiivka=Awdijiwka; Kramatorsk; Uzhhorod=Uschhorod; Ternopil=Ternopol; Ivano-Frankivsk=Iwano-Frankiwsk; Rivne=Riwne; Lutsk=Luzk; Zhytomyr=Schytomyr; Cherkasy=Tscherkassy; Kryvyi Rih=Krywyj Rih|Krivoy Rog; Pokrovsk=Pokrowsk; Sloviansk=Slowjansk|Slavyansk; Melitopol; Berdiansk=Berdjansk; Enerhodar=Enerhodar|Energodar; Nikopol; Izium=Isjum|Izyum; Kupiansk=Kupjansk; Kerch=Kertsch'),
  ...cities('GB', 'London; Manchester; Birmingham; Liverpool; Edinburgh=Edinburg; Glasgow; Belfast; Cardiff; Leeds; Oxford; Cambridge; Sheffield; Bristol; Aberdeen; Dover'),
  // ---- Caucasus and Central Asia ----
  ...cities('AM', 'Yerevan=Jerewan|Eriwan|Erevan; Gyumri=Gjumri'),
  ...cities('AZ', 'Baku; Ganja=Gandscha|Gəncə|Gyandzha; Sumgait=Sumqayıt|Sumgayit; Shusha=Schuscha|Şuşa'),
  ...cities('GE', 'Tbilisi=Tiflis; Batumi; Kutaisi'),
  ...cities('KZ', 'Astana=Nur-Sultan|Nursultan|Akmola|Aqmola|Akmolinsk|Zelinograd|Tselinograd; Almaty=Alma-Ata|Almaty|Alma Ata; Shymkent=Schymkent|Chimkent|Tschimkent; Karaganda=Qaraghandy|Karagandy; Aktobe=Aqtöbe|Aktjubinsk; Aktau=Aqtau; Atyrau; Pavlodar=Pawlodar; Oskemen=Öskemen|Ust-Kamenogorsk|Ust-Kamenogorsk; Semey=Semipalatinsk; Kostanay=Qostanai|Kostanai; Turkistan=Türkistan|Turkestan; Taraz; Kyzylorda=Qyzylorda|Ksyl-Orda; Petropavl=Petropawl|Petropavlovsk; Uralsk; Taldykorgan=Taldyqorghan; Kokshetau=Kökschetau|Kokchetav; Zhezkazgan=Schesqasghan|Jezkazgan; Ekibastuz=Ekibastus; Temirtau; Konaev=Konajew|Kapchagay|Qonaev; Baikonur=Baikonur|Baykonur'),
  ...cities('KG', 'Bishkek=Bischkek|Frunse|Frunze; Osh=Osch'),
  ...cities('TJ', 'Dushanbe=Duschanbe; Khujand=Chudschand'),
  ...cities('TM', 'Ashgabat=Aschgabat|Ashkhabad|Aschchabad; Turkmenbashi=Türkmenbaşy|Turkmenbaschi'),
  ...cities('UZ', 'Tashkent=Taschkent|Toshkent; Samarkand=Samarqand; Bukhara=Buchara; Namangan; Andijan=Andischan; Khiva=Chiwa; Nukus; Fergana=Ferghana; Termez=Termis'),
  // ---- Middle East ----
  ...cities('BH', 'Manama'),
  ...cities('IR', 'Tehran=Teheran; Qom=Ghom|Qum; Isfahan=Esfahan; Mashhad=Maschhad|Meschhed; Tabriz=Täbris; Shiraz=Schiras'),
  ...cities('IQ', 'Baghdad=Bagdad; Basra; Mosul=Mossul; Erbil=Arbil; Najaf=Nadschaf; Karbala=Kerbela; Kirkuk'),
  ...cities('', 'Jerusalem'),
  ...cities('IL', 'Tel Aviv; Haifa; Eilat; Beersheba=Be\'er Scheva|Beerscheba'),
  ...cities('JO', 'Amman'),
  ...cities('KW', 'Kuwait City=Kuwait-Stadt'),
  ...cities('LB', 'Beirut=Beyrouth'),
  ...cities('OM', 'Muscat=Maskat'),
  ...cities('PS', 'Ramallah; Gaza City=Gaza-Stadt|Stadt Gaza; Hebron; Rafah; Khan Younis=Chan Yunis|Khan Yunis'),
  ...cities('QA', 'Doha'),
  ...cities('SA', 'Riyadh=Riad; Jeddah=Dschidda|Jidda; Mecca=Mekka; Medina; Dammam'),
  ...cities('SY', 'Damascus=Damaskus; Aleppo; Homs; Idlib; Raqqa=Rakka|Raqqa; Deir ez-Zor=Deir ez-Zor|Deir al-Zor; Latakia=Latakia|Latakia'),
  ...cities('TR', 'Ankara; Istanbul=İstanbul|Constantinople|Konstantinopel; Izmir=İzmir; Antalya; Bursa; Adana; Gaziantep; Konya; Diyarbakır=Diyarbakir; Trabzon; Kayseri'),
  ...cities('AE', 'Abu Dhabi=Abu Dhabi|Abu Zabi; Dubai; Sharjah=Schardscha'),
  ...cities('YE', 'Sanaa=Sana\'a|Sanaʼa; Aden'),
  // ---- Asia ----
  ...cities('AF', 'Kabul; Kandahar; Herat; Mazar-i-Sharif=Masar-e Scharif'),
  ...cities('BD', 'Dhaka=Dhaka|Dakka|Dacca; Chittagong'),
  ...cities('BT', 'Thimphu'),
  ...cities('BN', 'Bandar Seri Begawan'),
  ...cities('KH', 'Phnom Penh; Siem Reap'),
  ...cities('CN', 'Beijing=Peking; Shanghai=Schanghai; Guangzhou=Kwangchow; Shenzhen; Chongqing=Tschongking; Tianjin; Wuhan; Chengdu; Xi\'an=Xian; Hangzhou; Nanjing=Nanking; Harbin; Urumqi=Ürümqi|Urumtschi; Qingdao=Tsingtau; Dalian; Hong Kong=Hongkong; Macau=Macao; Lhasa; Shenyang; Suzhou; Kunming; Xiamen; Zhengzhou; Changsha; Jinan; Kashgar=Kaschgar'),
  ...cities('IN', 'New Delhi=Neu-Delhi; Delhi; Mumbai=Bombay; Kolkata=Kalkutta|Calcutta; Chennai=Madras; Bengaluru=Bangalore; Hyderabad; Ahmedabad; Pune; Jaipur; Lucknow; Varanasi=Benares; Amritsar; Surat'),
  ...cities('ID', 'Jakarta=Djakarta; Surabaya; Nusantara'),
  ...cities('JP', 'Tokyo=Tokio; Osaka; Kyoto; Yokohama; Hiroshima; Nagasaki; Fukushima; Sapporo; Nagoya; Kobe'),
  ...cities('LA', 'Vientiane'),
  ...cities('MY', 'Kuala Lumpur; Putrajaya'),
  ...cities('MV', 'Malé'),
  ...cities('MN', 'Ulaanbaatar=Ulan Bator|Ulan-Bator|Ulaanbaatar'),
  ...cities('MM', 'Naypyidaw=Naypyitaw|Nay Pyi Taw|Naypyidaw; Yangon=Rangun|Rangoon|Yangon'),
  ...cities('NP', 'Kathmandu=Katmandu'),
  ...cities('KP', 'Pyongyang=Pjöngjang'),
  ...cities('PK', 'Islamabad; Karachi=Karatschi; Lahore; Peshawar=Peschawar; Quetta; Rawalpindi; Faisalabad; Multan'),
  ...cities('PH', 'Manila; Quezon City; Davao'),
  ...cities('KR', 'Seoul=Söul; Busan=Pusan; Incheon; Daegu; Gwangju'),
  ...cities('LK', 'Colombo; Sri Jayawardenepura Kotte'),
  ...cities('TW', 'Taipei=Taipeh; Kaohsiung'),
  ...cities('TH', 'Bangkok; Chiang Mai; Pattaya'),
  ...cities('TL', 'Dili'),
  ...cities('VN', 'Hanoi=Hà Nội; Ho Chi Minh City=Ho-Chi-Minh-Stadt|Saigon; Da Nang=Đà Nẵng|Danang; Haiphong'),
  // ---- Africa ----
  ...cities('DZ', 'Algiers=Algier|Alger; Oran'),
  ...cities('AO', 'Luanda'),
  ...cities('BJ', 'Porto-Novo; Cotonou'),
  ...cities('BW', 'Gaborone'),
  ...cities('BF', 'Ouagadougou'),
  ...cities('BI', 'Gitega; Bujumbura'),
  ...cities('CV', 'Praia'),
  ...cities('CM', 'Yaoundé=Yaounde|Jaunde; Douala'),
  ...cities('CF', 'Bangui'),
  ...cities('TD', 'N\'Djamena=N’Djamena|Ndjamena'),
  ...cities('KM', 'Moroni'),
  ...cities('CG', 'Brazzaville'),
  ...cities('CD', 'Kinshasa; Goma; Lubumbashi; Bukavu'),
  ...cities('CI', 'Yamoussoukro; Abidjan'),
  ...cities('DJ', 'Djibouti City=Dschibuti-Stadt'),
  ...cities('EG', 'Cairo=Kairo; Alexandria=Alexandrien; Sharm El Sheikh=Scharm El-Scheich|Sharm el-Sheikh; Giza=Gizeh'),
  ...cities('GQ', 'Malabo'),
  ...cities('ER', 'Asmara'),
  ...cities('SZ', 'Mbabane; Lobamba'),
  ...cities('ET', 'Addis Ababa=Addis Abeba'),
  ...cities('GA', 'Libreville'),
  ...cities('GM', 'Banjul'),
  ...cities('GH', 'Accra=Akkra; Kumasi'),
  ...cities('GN', 'Conakry'),
  ...cities('GW', 'Bissau'),
  ...cities('KE', 'Nairobi; Mombasa; Kisumu; Nakuru; Eldoret'),
  ...cities('LS', 'Maseru'),
  ...cities('LR', 'Monrovia'),
  ...cities('LY', 'Tripoli=Tripolis; Benghazi=Bengasi'),
  ...cities('MG', 'Antananarivo'),
  ...cities('MW', 'Lilongwe'),
  ...cities('ML', 'Bamako; Timbuktu=Timbuktu|Tombouctou'),
  ...cities('MR', 'Nouakchott'),
  ...cities('MU', 'Port Louis'),
  ...cities('MA', 'Rabat; Casablanca; Marrakesh=Marrakesch|Marrakech; Tangier=Tanger; Fez=Fès|Fes'),
  ...cities('MZ', 'Maputo; Beira'),
  ...cities('NA', 'Windhoek=Windhuk'),
  ...cities('NE', 'Niamey'),
  ...cities('NG', 'Abuja; Lagos'),
  ...cities('RW', 'Kigali'),
  ...cities('ST', 'São Tomé=Sao Tome'),
  ...cities('SN', 'Dakar'),
  ...cities('SC', 'Victoria (Seychelles)=Port Victoria'),
  ...cities('SL', 'Freetown'),
  ...cities('SO', 'Mogadishu=Mogadischu'),
  ...cities('ZA', 'Pretoria=Tshwane; Cape Town=Kapstadt; Johannesburg; Durban; Bloemfontein'),
  ...cities('SS', 'Juba'),
  ...cities('SD', 'Khartoum=Khartum; Omdurman; Port Sudan'),
  ...cities('TZ', 'Dodoma; Dar es Salaam=Daressalam; Arusha; Mwanza'),
  ...cities('TG', 'Lomé=Lome'),
  ...cities('TN', 'Tunis'),
  ...cities('UG', 'Kampala'),
  ...cities('ZM', 'Lusaka'),
  ...cities('ZW', 'Harare'),
  // ---- Americas ----
  ...cities('AG', 'Saint John\'s=St. John\'s'),
  ...cities('AR', 'Buenos Aires; Córdoba=Cordoba; Rosario'),
  ...cities('BS', 'Nassau'),
  ...cities('BB', 'Bridgetown'),
  ...cities('BZ', 'Belmopan'),
  ...cities('BO', 'Sucre; La Paz; Santa Cruz de la Sierra'),
  ...cities('BR', 'Brasília=Brasilia; São Paulo=Sao Paulo; Rio de Janeiro=Rio; Belo Horizonte; Salvador da Bahia; Manaus; Belém=Belem'),
  ...cities('CA', 'Ottawa; Toronto; Montreal=Montréal; Vancouver; Calgary; Quebec City=Québec City|Québec-Stadt'),
  ...cities('CL', 'Santiago de Chile; Valparaíso=Valparaiso'),
  ...cities('CO', 'Bogotá=Bogota; Medellín=Medellin; Cali; Cartagena'),
  ...cities('CR', 'San José'),
  ...cities('CU', 'Havana=Havanna|La Habana; Santiago de Cuba'),
  ...cities('DM', 'Roseau'),
  ...cities('DO', 'Santo Domingo'),
  ...cities('EC', 'Quito; Guayaquil'),
  ...cities('SV', 'San Salvador'),
  ...cities('GD', 'St. George\'s=Saint George\'s'),
  ...cities('GT', 'Guatemala City=Guatemala-Stadt|Ciudad de Guatemala'),
  ...cities('GY', 'Georgetown'),
  ...cities('HT', 'Port-au-Prince'),
  ...cities('HN', 'Tegucigalpa'),
  ...cities('JM', 'Kingston'),
  ...cities('MX', 'Mexico City=Mexiko-Stadt|Ciudad de México|Mexiko City; Guadalajara; Monterrey; Tijuana; Cancún=Cancun'),
  ...cities('NI', 'Managua'),
  ...cities('PA', 'Panama City=Panama-Stadt|Ciudad de Panamá'),
  ...cities('PY', 'Asunción=Asuncion'),
  ...cities('PE', 'Lima; Cusco=Cuzco'),
  ...cities('KN', 'Basseterre'),
  ...cities('LC', 'Castries'),
  ...cities('VC', 'Kingstown'),
  ...cities('SR', 'Paramaribo'),
  ...cities('TT', 'Port of Spain'),
  ...cities('US', 'Washington=Washington, D.C.|Washington D.C.|Washington DC; New York=New York City|NYC|New York-Stadt; Los Angeles; Chicago; Houston; San Francisco; Miami; Boston; Seattle; Las Vegas; Philadelphia; Atlanta; Detroit; Dallas; New Orleans; Salt Lake City; Denver; San Diego; San Antonio; Nashville; Baltimore; Pittsburgh; Cincinnati; Minneapolis; St. Louis=Saint Louis; Kansas City; Indianapolis; Sacramento; Tampa; Honolulu; Milwaukee; Oklahoma City; Albuquerque; Tucson; Fort Worth; Jacksonville; Raleigh; Hartford; Des Moines; Omaha; Little Rock; Santa Fe; Dearborn; Palo Alto; Cupertino'),
  ...cities('UY', 'Montevideo'),
  ...cities('VE', 'Caracas; Maracaibo'),
  // ---- Oceania ----
  ...cities('AU', 'Canberra; Sydney; Melbourne; Brisbane; Perth; Adelaide'),
  ...cities('FJ', 'Suva'),
  ...cities('KI', 'Tarawa=South Tarawa'),
  ...cities('MH', 'Majuro'),
  ...cities('FM', 'Palikir'),
  ...cities('NR', 'Yaren'),
  ...cities('NZ', 'Wellington; Auckland; Christchurch'),
  ...cities('PW', 'Ngerulmud'),
  ...cities('PG', 'Port Moresby'),
  ...cities('WS', 'Apia'),
  ...cities('SB', 'Honiara'),
  ...cities('TO', 'Nukuʻalofa=Nuku\'alofa|Nukualofa'),
  ...cities('TV', 'Funafuti'),
  ...cities('VU', 'Port Vila'),
];

const regions = (code: string, table: string, adjectives?: Record<string, string>): KbEntry[] => parse('Region', code, table, adjectives);

export const REGIONS: readonly KbEntry[] = [
  ...regions('DE', 'Bavaria=Bayern|Freistaat Bayern; Baden-Württemberg=Baden-Wuerttemberg; Saxony=Sachsen|Freistaat Sachsen; Thuringia=Thüringen; Brandenburg; North Rhine-Westphalia=Nordrhein-Westfalen|NRW; Hesse=Hessen; Lower Saxony=Niedersachsen; Saxony-Anhalt=Sachsen-Anhalt; Mecklenburg-Western Pomerania=Mecklenburg-Vorpommern; Schleswig-Holstein; Rhineland-Palatinate=Rheinland-Pfalz; Saarland', {
    Bavaria: 'bayerisch|bavarian', Saxony: 'sächsisch', Thuringia: 'thüringisch', Hesse: 'hessisch', 'Lower Saxony': 'niedersächsisch',
    Brandenburg: 'brandenburgisch', 'North Rhine-Westphalia': 'nordrhein-westfälisch', 'Rhineland-Palatinate': 'rheinland-pfälzisch', Saarland: 'saarländisch',
    'Baden-Württemberg': 'baden-württembergisch', 'Schleswig-Holstein': 'schleswig-holsteinisch',
  }),
  ...regions('AT', 'Tyrol=Tirol; Carinthia=Kärnten; Styria=Steiermark; Vorarlberg; Lower Austria=Niederösterreich; Upper Austria=Oberösterreich', {
    Styria: 'steirisch|styrian', 'Lower Austria': 'niederösterreichisch', 'Upper Austria': 'oberösterreichisch', Carinthia: 'kärntnerisch',
  }),
  // Swiss cantons named apart from a town (the others are their capitals' names: "Kanton Zürich" names the canton).
  ...regions('CH', 'Ticino=Tessin; Vaud=Waadt|Waadtland; Valais=Wallis; Graubünden=Grisons|Graubuenden|Grigioni; Aargau; Thurgau; Appenzell Innerrhoden; Appenzell Ausserrhoden=Appenzell Außerrhoden; Basel-Stadt=Basel-City; Basel-Landschaft=Baselland|Basel-Country; Obwalden; Nidwalden; Uri; Glarus; Romandy=Romandie|Westschweiz; Central Switzerland=Innerschweiz|Zentralschweiz; Canton of Zurich=Kanton Zürich|canton of Zurich; Canton of Bern=Kanton Bern|canton of Bern; Canton of Geneva=Kanton Genf|canton of Geneva; Canton of Lucerne=Kanton Luzern|canton of Lucerne; Canton of Schwyz=Kanton Schwyz|canton of Schwyz; Canton of Zug=Kanton Zug|canton of Zug; Canton of St. Gallen=Kanton St. Gallen', {
    Ticino: 'tessinerisch', Valais: 'walliserisch', Graubünden: 'bündnerisch',
  }),
  ...regions('GB', 'Scotland=Schottland; Wales; England; Northern Ireland=Nordirland', { Scotland: 'schottisch|scottish', Wales: 'walisisch|welsh' }),
  ...regions('ES', 'Catalonia=Katalonien|Catalunya|Cataluña; Basque Country=Baskenland|País Vasco|Euskadi; Andalusia=Andalusien|Andalucía; Canary Islands=Kanarische Inseln|Kanaren; Mallorca=Majorca', { Catalonia: 'katalanisch|catalan', 'Basque Country': 'baskisch|basque' }),
  ...regions('FR', 'Corsica=Korsika|Corse; Brittany=Bretagne; Normandy=Normandie; Alsace=Elsass; Provence'),
  ...regions('IT', 'Sicily=Sizilien|Sicilia; Sardinia=Sardinien|Sardegna; Lombardy=Lombardei|Lombardia; South Tyrol=Südtirol|Alto Adige; Tuscany=Toskana|Toscana'),
  ...regions('BE', 'Flanders=Flandern|Vlaanderen; Wallonia=Wallonien|Wallonie'),
  ...regions('JP', 'Hokkaido; Honshu; Kyushu; Shikoku; Okinawa'),
  ...regions('DK', 'Greenland=Grönland|Kalaallit Nunaat; Faroe Islands=Färöer|Färöer-Inseln; Jutland=Jütland|Jylland; Zealand=Seeland|Sjælland'),
  ...regions('UA', 'Crimea=Krim|Krym|Crimean Peninsula|Halbinsel Krim; Donbas=Donbass|Donezbecken|Donets Basin; Donetsk Oblast=Gebiet Donezk|Oblast Donezk|Donetsk region; Luhansk Oblast=Gebiet Luhansk|Oblast Luhansk|Luhansk region|Lugansk region; Zaporizhzhia Oblast=Gebiet Saporischschja|Zaporizhzhia region; Kherson Oblast=Gebiet Cherson|Kherson region; Kharkiv Oblast=Gebiet Charkiw|Kharkiv region; Transcarpathia=Transkarpatien|Zakarpattia'),
  ...regions('MD', 'Transnistria=Transnistrien|Pridnestrovie|Transdniestria|Transnistrien-Region'),
  ...regions('GE', 'Abkhazia=Abchasien; South Ossetia=Südossetien|Süd-Ossetien; Adjara=Adscharien'),
  ...regions('AZ', 'Nagorno-Karabakh=Bergkarabach|Berg-Karabach|Karabakh|Karabach|Arzach|Artsakh'),
  ...regions('RU', 'Siberia=Sibirien; Chechnya=Tschetschenien|Chechen Republic; Dagestan; Tatarstan; Bashkortostan=Baschkortostan|Baschkirien; Kaliningrad Oblast=Gebiet Kaliningrad|Oblast Kaliningrad|Kaliningrad region; Moscow Oblast=Moskauer Gebiet|Gebiet Moskau|Moscow region; Kursk Oblast=Gebiet Kursk|Kursk region; Belgorod Oblast=Gebiet Belgorod|Belgorod region; Yakutia=Jakutien|Sakha; Chukotka=Tschukotka; Kamchatka=Kamtschatka; Karelia=Karelien; Russian Far East=Russischer Ferner Osten|Russlands Ferner Osten', { Siberia: 'sibirisch|siberian', Chechnya: 'tschetschenisch|chechen' }),
  ...regions('BY', 'Minsk Region=Gebiet Minsk|Minsker Gebiet|Minsk Oblast|Minskaja Woblasz; Gomel Region=Gebiet Gomel|Gomeler Gebiet|Homel Region|Gomel Oblast; Brest Region=Gebiet Brest|Brester Gebiet|Brest Oblast; Grodno Region=Gebiet Grodno|Grodnoer Gebiet|Hrodna Region|Grodno Oblast; Mogilev Region=Gebiet Mogiljow|Mogilev Oblast|Mahilyow Region; Vitebsk Region=Gebiet Witebsk|Witebsker Gebiet|Vitebsk Oblast; Polesia=Polesien|Polesye'),
  ...regions('KZ', 'Almaty Region=Gebiet Almaty|Almaty Oblast; Kyzylorda Region=Gebiet Kysylorda|Kyzylorda region|Kyzylorda Oblast; Mangystau Region=Mangghystau|Mangystau|Gebiet Mangghystau; Karaganda Region=Gebiet Karaganda|Karaganda Oblast; East Kazakhstan Region=Ostkasachstan|East Kazakhstan'),
  ...regions('CN', 'Xinjiang=Sinkiang|Xinjiang Uygur Autonomous Region; Tibet=Xizang; Inner Mongolia=Innere Mongolei; Guangdong; Hubei; Sichuan=Szetschuan; Yunnan; Hainan', { Tibet: 'tibetisch|tibetan' }),
  ...regions('IN', 'Kashmir=Kaschmir|Jammu and Kashmir; Punjab=Pandschab; Gujarat; Kerala; Maharashtra; Bengal=Bengalen; Uttar Pradesh; Bihar; Tamil Nadu; Karnataka; Rajasthan; Madhya Pradesh; Andhra Pradesh; Telangana; Odisha; Assam; Manipur; Haryana'),
  ...regions('PK', 'Balochistan=Belutschistan|Baluchistan; Khyber Pakhtunkhwa'),
  ...regions('IQ', 'Kurdistan Region=Kurdistan|Autonome Region Kurdistan|Iraqi Kurdistan|Irakisch-Kurdistan'),
  ...regions('PS', 'Gaza Strip=Gazastreifen|Gaza; West Bank=Westjordanland|Westbank'),
  ...regions('SY', 'Golan Heights=Golanhöhen|Golan'),
  ...regions('EG', 'Sinai=Sinai-Halbinsel|Sinai Peninsula'),
  ...regions('SD', 'Darfur'),
  ...regions('ET', 'Tigray'),
  ...regions('US', 'Texas; California=Kalifornien; Florida; Alaska; Hawaii; Puerto Rico; Michigan; Pennsylvania; Arizona; Ohio; Utah; Nevada; Colorado; Oregon; Virginia; Massachusetts; Illinois'),
  // The other states; left out: Georgia (the country), Washington (the capital), New York (the city; "New York State" is the state).
  ...regions('US', 'Alabama; Arkansas; Connecticut; Delaware; Idaho; Indiana; Iowa; Kansas; Kentucky; Louisiana; Maine; Maryland; Minnesota; Mississippi; Missouri; Montana; Nebraska; New Hampshire; New Jersey; New Mexico=Neumexiko|Neu-Mexiko; North Carolina=Nord-Carolina|Nordkarolina; North Dakota=Norddakota|Nord-Dakota; Oklahoma; Rhode Island; South Carolina=Süd-Carolina|Südkarolina; South Dakota=Süddakota|Süd-Dakota; Tennessee; Vermont; West Virginia=Westvirginia|West-Virginia; Wisconsin; Wyoming; New York State=Bundesstaat New York|New York state'),
  ...regions('MX', 'Guanajuato; Chihuahua; Sinaloa; Jalisco'),
  ...regions('CA', 'Quebec=Québec; Ontario; British Columbia=Britisch-Kolumbien; Alberta; Manitoba; Saskatchewan; Nova Scotia=Neuschottland; New Brunswick=Neubraunschweig; Newfoundland and Labrador=Neufundland und Labrador|Neufundland|Newfoundland; Yukon; Nunavut'),
  // Victoria is left out (a first name; also the Seychelles' capital).
  ...regions('AU', 'New South Wales=Neusüdwales; Queensland; Western Australia=Westaustralien; South Australia=Südaustralien; Tasmania=Tasmanien'),
  ...regions('BR', 'Minas Gerais; Rio Grande do Sul; Pernambuco'),
  ...regions('', 'Western Sahara=Westsahara'),
  ...regions('ID', 'Bali; Papua=Westpapua|West Papua'),
  ...regions('RS', 'Vojvodina=Vojvodina|Wojwodina'),
];

const locations = (table: string, adjectives: Record<string, string> = {}): KbEntry[] => parse('Location', '', table, adjectives);

// Continent adjectives ("europäisch", "asian") are left out: they would tie every EU or ASEAN mention to a continent.
// Adjectives of a named part of a continent are specific ("Southeast Asian ministers"); a longer name still wins
// ("Association of Southeast Asian Nations" is ASEAN).
const REGION_ADJECTIVES: Record<string, string> = {
  'Southeast Asia': 'südostasiatisch|southeast asian|south-east asian', 'Central Asia': 'zentralasiatisch|central asian',
  'Latin America': 'lateinamerikanisch|latin american', 'Middle East': 'nahöstlich|middle eastern',
  'Eastern Europe': 'osteuropäisch|eastern european', 'Central Europe': 'mitteleuropäisch|central european',
  Scandinavia: 'skandinavisch|scandinavian',
  // Without these, "American" in "the South American trade bloc" was the United States.
  'South America': 'südamerikanisch|south american', 'North America': 'nordamerikanisch|north american',
  'Central America': 'mittelamerikanisch|zentralamerikanisch|central american',
  'East Africa': 'ostafrikanisch|east african', 'West Africa': 'westafrikanisch|west african', 'North Africa': 'nordafrikanisch|north african',
};
export const LOCATIONS: readonly KbEntry[] = [
  ...locations('Europe=Europa; Asia=Asien; Africa=Afrika; North America=Nordamerika; South America=Südamerika; Central America=Mittelamerika|Zentralamerika; Latin America=Lateinamerika; East Africa=Ostafrika; West Africa=Westafrika; North Africa=Nordafrika; Southern Africa=Südliches Afrika; Horn of Africa=Horn von Afrika; Central Asia=Zentralasien|Mittelasien; Middle East=Naher Osten|Nahost|Mittlerer Osten; Eurasia=Eurasien; Caribbean=Karibik; Balkans=Balkan|Westbalkan|Western Balkans; Scandinavia=Skandinavien; Caucasus=Kaukasus|Südkaukasus|South Caucasus; Sahel=Sahelzone; Arctic=Arktis; Antarctica=Antarktis|Antarktika; Southeast Asia=Südostasien; Central Europe=Mitteleuropa; Eastern Europe=Osteuropa', REGION_ADJECTIVES),
  ...locations('Black Sea=Schwarzes Meer; Baltic Sea=Ostsee; North Sea=Nordsee; Mediterranean Sea=Mittelmeer|Mediterranean; Caspian Sea=Kaspisches Meer; Red Sea=Rotes Meer; Sea of Azov=Asowsches Meer; Persian Gulf=Persischer Golf; Strait of Hormuz=Straße von Hormus|Strasse von Hormus; Bosphorus=Bosporus; Suez Canal=Suezkanal|Suez-Kanal; Panama Canal=Panamakanal; Taiwan Strait=Taiwanstraße|Straße von Taiwan; South China Sea=Südchinesisches Meer; Atlantic Ocean=Atlantik|Atlantischer Ozean; Pacific Ocean=Pazifik|Pazifischer Ozean|Stiller Ozean; Indian Ocean=Indischer Ozean; Arctic Ocean=Arktischer Ozean|Nordpolarmeer; Aral Sea=Aralsee; Lake Baikal=Baikalsee|Baikal'),
  ...locations('Dnieper=Dnjepr|Dnepr; Volga=Wolga; Danube=Donau; Rhine=Rhein; Elbe; Oder River=Odra|Oder-Fluss; Neman=Memel|Nemunas|Njemen; Western Dvina=Düna|Daugava|Westliche Dwina; Vistula=Weichsel|Wisła; Amur; Yangtze=Jangtsekiang|Jangtse; Mekong; Nile; Euphrates=Euphrat; Seine; Thames=Themse; Ural River=Ural-Fluss|Fluss Ural; Tigris; Jordan River=Jordan-Fluss; Syr Darya=Syrdarja; Amu Darya=Amudarja; Irtysh=Irtysch; Yenisei=Jenissei; Pripyat=Prypjat|Pripjat'),
  ...locations('Alps=Alpen; Himalayas=Himalaya; Ural Mountains=Ural|Uralgebirge|Urals; Carpathians=Karpaten; Tian Shan=Tianshan; Pamir=Pamirgebirge; Mekong Delta=Mekongdelta|Mekong-Delta; Niger Delta=Nigerdelta|Niger-Delta; Baikonur Cosmodrome=Kosmodrom Baikonur|Weltraumbahnhof Baikonur|Baikonur-Kosmodrom|Kosmodrom in Baikonur; Białowieża Forest=Białowieża|Belovezhskaya Pushcha|Beloweser Heide|Bialowieza'),
];
