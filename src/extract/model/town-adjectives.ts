// German town adjectives: "der Münchner Autobauer BMW", "des Grazer Anlagenbauers Andritz", "das
// Stuttgarter Museum". German news names a company's or an institution's town this way more often
// than with "in"; the adjective (capitalised, invariant) is a mention of the town, as "kasachisch" is
// one of Kazakhstan. Data: the knowledge base's canonical city name and its adjective(s).
// Left out: "Weimarer" (Weimarer Republik), "Römer" (Romans; Frankfurt's town hall), "Hallenser" and
// the adjectives of Halle, Essen, Hanover (inflected forms), and towns whose adjective is a common word.

export const TOWN_ADJECTIVES_DE: ReadonlyArray<readonly [city: string, adjectives: string]> = [
  // Germany
  ['Berlin', 'Berliner'], ['Hamburg', 'Hamburger'], ['Munich', 'Münchner|Münchener'], ['Cologne', 'Kölner'], ['Frankfurt', 'Frankfurter'],
  ['Stuttgart', 'Stuttgarter'], ['Düsseldorf', 'Düsseldorfer'], ['Leipzig', 'Leipziger'], ['Dortmund', 'Dortmunder'], ['Bremen', 'Bremer'],
  ['Dresden', 'Dresdner'], ['Nuremberg', 'Nürnberger'], ['Duisburg', 'Duisburger'], ['Bochum', 'Bochumer'], ['Wuppertal', 'Wuppertaler'],
  ['Bielefeld', 'Bielefelder'], ['Bonn', 'Bonner'], ['Münster', 'Münsteraner'], ['Mannheim', 'Mannheimer'], ['Karlsruhe', 'Karlsruher'],
  ['Augsburg', 'Augsburger'], ['Wiesbaden', 'Wiesbadener'], ['Mainz', 'Mainzer'], ['Kiel', 'Kieler'], ['Rostock', 'Rostocker'],
  ['Magdeburg', 'Magdeburger'], ['Erfurt', 'Erfurter'], ['Potsdam', 'Potsdamer'], ['Saarbrücken', 'Saarbrücker'], ['Schwerin', 'Schweriner'],
  ['Freiburg', 'Freiburger'], ['Heidelberg', 'Heidelberger'], ['Regensburg', 'Regensburger'], ['Aachen', 'Aachener'], ['Chemnitz', 'Chemnitzer'],
  ['Lübeck', 'Lübecker'], ['Kassel', 'Kasseler'], ['Würzburg', 'Würzburger'], ['Ulm', 'Ulmer'], ['Ingolstadt', 'Ingolstädter'],
  ['Wolfsburg', 'Wolfsburger'], ['Jena', 'Jenaer'], ['Göttingen', 'Göttinger'], ['Oldenburg', 'Oldenburger'], ['Osnabrück', 'Osnabrücker'],
  ['Trier', 'Trierer'], ['Koblenz', 'Koblenzer'], ['Passau', 'Passauer'], ['Bamberg', 'Bamberger'], ['Bayreuth', 'Bayreuther'],
  ['Darmstadt', 'Darmstädter'], ['Leverkusen', 'Leverkusener'], ['Gelsenkirchen', 'Gelsenkirchener'], ['Krefeld', 'Krefelder'],
  ['Mönchengladbach', 'Mönchengladbacher'], ['Cottbus', 'Cottbuser'], ['Greifswald', 'Greifswalder'], ['Stralsund', 'Stralsunder'],
  ['Flensburg', 'Flensburger'], ['Zwickau', 'Zwickauer'], ['Görlitz', 'Görlitzer'],
  // Austria and Switzerland
  ['Vienna', 'Wiener'], ['Graz', 'Grazer'], ['Linz', 'Linzer'], ['Salzburg', 'Salzburger'], ['Innsbruck', 'Innsbrucker'],
  ['Klagenfurt', 'Klagenfurter'], ['Bregenz', 'Bregenzer'], ['Bern', 'Berner'], ['Zurich', 'Zürcher|Züricher'], ['Geneva', 'Genfer'],
  ['Basel', 'Basler'], ['Lausanne', 'Lausanner'], ['Lucerne', 'Luzerner'], ['Winterthur', 'Winterthurer'], ['Davos', 'Davoser'],
  // Other capitals and big cities German news names this way
  ['Paris', 'Pariser'], ['London', 'Londoner'], ['Moscow', 'Moskauer'], ['Prague', 'Prager'], ['Brussels', 'Brüsseler'],
  ['Warsaw', 'Warschauer'], ['Kyiv', 'Kiewer'], ['Milan', 'Mailänder'], ['Budapest', 'Budapester'], ['Madrid', 'Madrider'],
  ['Amsterdam', 'Amsterdamer'], ['Stockholm', 'Stockholmer'], ['Oslo', 'Osloer'], ['Copenhagen', 'Kopenhagener'], ['Beijing', 'Pekinger'],
  ['Tokyo', 'Tokioter'], ['Minsk', 'Minsker'], ['Istanbul', 'Istanbuler'], ['Strasbourg', 'Straßburger'], ['Gdańsk', 'Danziger'],
];

/** Every adjective of the table, lowercase. */
export const TOWN_ADJECTIVE_WORDS_DE: readonly string[] = TOWN_ADJECTIVES_DE.flatMap(([, adjectives]) => adjectives.toLowerCase().split('|'));
