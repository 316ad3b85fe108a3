// Nominal heads beyond countries: "the company", "der Konzern", "die Bank", "das Festival", "the summit"
// refer to the organisation or event the text has just named. Data only: which determiner + noun
// forms (German case forms included) name which kind, and which words in an entity's names show that
// it is of that kind ("bank" needs a bank-like name, "Gipfel" an event named as a summit). The
// resolver is src/extract/mentions/nominal-orgs.ts.
//
// Example: "Voltaro is based in Sweden. The company is based in Gothenburg." -> "The company" = Voltaro.

export type NominalKind =
  | 'company' | 'group' | 'bank' | 'agency' | 'organisation' | 'alliance' | 'bloc' | 'club' | 'foundation' | 'association' | 'union'
  | 'prize' | 'race' | 'games'
  | 'summit' | 'festival' | 'tournament' | 'forum' | 'conference' | 'fair' | 'event'
  | 'city' | 'region';

/** The entity type each kind refers to. */
export type NominalType = 'Organization' | 'Event' | 'Award' | 'City' | 'Region';

export const KIND_TYPE: Readonly<Record<NominalKind, NominalType>> = {
  company: 'Organization', group: 'Organization', bank: 'Organization', agency: 'Organization',
  organisation: 'Organization', alliance: 'Organization', bloc: 'Organization', club: 'Organization',
  foundation: 'Organization', association: 'Organization', union: 'Organization',
  prize: 'Award', race: 'Event', games: 'Event',
  summit: 'Event', festival: 'Event', tournament: 'Event', forum: 'Event', conference: 'Event', fair: 'Event', event: 'Event',
  city: 'City', region: 'Region',
};

type Phrases = ReadonlyMap<string, ReadonlyMap<string, NominalKind>>;

function phrases(rows: ReadonlyArray<readonly [string, string, NominalKind]>): Phrases {
  const map = new Map<string, Map<string, NominalKind>>();
  for (const [dets, nouns, kind] of rows) {
    for (const det of dets.split('|')) {
      let inner = map.get(det);
      if (!inner) map.set(det, (inner = new Map()));
      for (const noun of nouns.split('|')) inner.set(noun, kind);
    }
  }
  return map;
}

const EN_POSS = (noun: string): string => `${noun}|${noun}'s|${noun}’s`;

/** Determiner (lowercase) -> noun form (lowercase) -> kind. German: singular case forms per gender. */
export const NOMINAL_PHRASES: Readonly<Record<'de' | 'en', Phrases>> = {
  de: phrases([
    // neuter: das/dem X, des X(e)s
    ['das|dem', 'unternehmen', 'company'], ['des', 'unternehmens', 'company'],
    ['das|dem', 'bündnis', 'alliance'], ['des', 'bündnisses', 'alliance'],
    ['das|dem', 'festival', 'festival'], ['des', 'festivals', 'festival'],
    ['das|dem', 'turnier', 'tournament'], ['des', 'turniers', 'tournament'],
    ['das|dem', 'forum', 'forum'], ['des', 'forums', 'forum'],
    ['das|dem', 'ereignis', 'event'], ['des', 'ereignisses', 'event'],
    // masculine: der/den/dem X, des X(e)s
    ['der|den|dem', 'konzern', 'group'], ['des', 'konzerns', 'group'],
    // What a company makes or does: "der Münchner Autobauer", "des Zulieferers".
    ['der|den|dem', 'autobauer|autohersteller|hersteller|zulieferer|versicherer|versorger|anlagenbauer|maschinenbauer|flugzeugbauer|chiphersteller|händler', 'company'],
    ['des', 'autobauers|autoherstellers|herstellers|zulieferers|versicherers|versorgers|anlagenbauers|maschinenbauers|flugzeugbauers|chipherstellers|händlers', 'company'],
    ['der|den|dem', 'verein', 'club'], ['des', 'vereins', 'club'],
    ['der|den|dem', 'club|klub', 'club'], ['des', 'clubs|klubs', 'club'],
    ['der|den|dem', 'gipfel', 'summit'], ['des', 'gipfels', 'summit'],
    ['der|den|dem', 'verband|weltverband|dachverband|spitzenverband', 'association'],
    ['des', 'verbands|verbandes|weltverbands|weltverbandes|dachverbands|dachverbandes|spitzenverbands|spitzenverbandes', 'association'],
    // feminine: die/der X
    ['die|der', 'agentur', 'agency'],
    ['die|der', 'organisation', 'organisation'],
    ['die|der', 'bank', 'bank'],
    ['die|der', 'firma', 'company'],
    ['die|der', 'stiftung', 'foundation'],
    ['die|der', 'gewerkschaft', 'union'],
    ['der|den|dem', 'preis', 'prize'], ['des', 'preises', 'prize'], ['die|der', 'auszeichnung', 'prize'],
    ['das|dem', 'rennen', 'race'], ['des', 'rennens', 'race'],
    ['die|den|der', 'spiele', 'games'],
    ['die|der', 'konferenz', 'conference'],
    ['die|der', 'wm|em|weltmeisterschaft|europameisterschaft|meisterschaft', 'tournament'],
    ['die|der', 'veranstaltung', 'event'],
    ['die|der', 'ausstellung|schau', 'event'],
    ['die|der', 'messe|buchmesse|fachmesse', 'fair'],
    // places, like "das Land" for countries: "die Stadt", "der Region"
    ['die|der', 'stadt', 'city'],
    ['die|der', 'region|provinz', 'region'],
  ]),
  en: phrases([
    ['the', EN_POSS('company'), 'company'], ['the', EN_POSS('firm'), 'company'],
    // What a company makes or does: "the Japanese automaker", "the planemaker", "the miner" (not "the airline": any company
    // named before would fit, where only an airline's name should).
    ['the', ['automaker', 'carmaker', 'chipmaker', 'drugmaker', 'planemaker', 'steelmaker', 'shipbuilder', 'miner', 'retailer', 'insurer', 'manufacturer'].map(EN_POSS).join('|'), 'company'],
    ['the', EN_POSS('lender'), 'bank'],
    ['the', EN_POSS('group'), 'group'],
    ['the', EN_POSS('bank'), 'bank'],
    ['the', EN_POSS('agency'), 'agency'],
    ['the', `${EN_POSS('organisation')}|${EN_POSS('organization')}`, 'organisation'],
    ['the', EN_POSS('alliance'), 'alliance'],
    ['the', EN_POSS('bloc'), 'bloc'],
    ['the', EN_POSS('club'), 'club'],
    ['the', EN_POSS('foundation'), 'foundation'],
    ['the', `${EN_POSS('association')}|${EN_POSS('federation')}`, 'association'],
    ['the', EN_POSS('union'), 'union'],
    ['the', `${EN_POSS('prize')}|${EN_POSS('award')}`, 'prize'],
    ['the', `${EN_POSS('race')}|${EN_POSS('marathon')}`, 'race'],
    ['the', 'games|olympics', 'games'],
    ['the', EN_POSS('summit'), 'summit'],
    ['the', EN_POSS('festival'), 'festival'],
    ['the', `${EN_POSS('tournament')}|${EN_POSS('championship')}|championships`, 'tournament'],
    ['the', EN_POSS('event'), 'event'],
    ['the', EN_POSS('exhibition'), 'event'],
    ['the', EN_POSS('forum'), 'forum'],
    ['the', EN_POSS('conference'), 'conference'],
    ['the', `${EN_POSS('fair')}|${EN_POSS('expo')}`, 'fair'],
    ['the', `${EN_POSS('city')}|${EN_POSS('town')}`, 'city'],
    ['the', `${EN_POSS('region')}|${EN_POSS('province')}`, 'region'],
  ]),
};

/**
 * Words in an entity's names (its canonical name, knowledge-base names, the antecedent's own text)
 * that show its kind; matched as a word or at the end of a compound ("Commerzbank", "Ostseegipfel",
 * "NATO-Gipfel"). Kinds with `null` are decided by NOMINAL_KIND_RULES alone.
 */
export const KIND_WORDS: Readonly<Record<NominalKind, RegExp>> = {
  company: /(?:^|[\s-])(?:ag|gmbh|se|inc|ltd|corp|plc|llc|co|sa|nv|asa|ab|oyj|group|gruppe|holding|konzern|werke?|motors|airlines?|energy|telecom|company|corporation)\.?(?=$|[\s,])|(?:konzern|werft|werke)(?=$|\s)/u,
  group: /(?:^|[\s-])(?:ag|gmbh|se|inc|ltd|corp|plc|llc|nv|asa|group|gruppe|holding|konzern|company|corporation)\.?(?=$|[\s,])/u,
  bank: /bank(?=$|[\s,-])|banco|banque/u,
  agency: /agency|agentur|agence|presse|press(?=$|\s)|nachrichtenagentur|behörde|authority/u,
  organisation: /organi[sz]ation|organización/u,
  alliance: /alliance|allianz|bündnis|pakt(?=$|\s)|pact(?=$|\s)|treaty|coalition|koalition/u,
  bloc: /union(?=$|\s)|community|gemeinschaft|association of|cooperation|zusammenarbeit|bündnis|alliance|bloc|brics|mercosur|staatenbund|staaten/u,
  club: /(?:^|\s)(?:fc|sc|fk|nk|sk|hnk|gnk|vfl|vfb|sv|tsv|tsg|bsc|afc|cf|cd|ac|as|bv|ssc|spvgg)(?=$|\s)|club|klub|verein|united(?=$|\s)|hotspur|borussia|eintracht|dinamo|dynamo|sporting|olympique/u,
  foundation: /stiftung|foundation|fonds|fund(?=$|\s)/u,
  association: /verband|association|federation|föderation|federación|fédération|(?:^|\s)bund(?=$|\s)/u,
  union: /gewerkschaft|union(?=$|\s)|(?:^|\s)ig\s|ver\.di|verdi/u,
  prize: /prize|award|preis|medal|medaille|trophy|trophäe|bär(?=$|\s)|bear(?=$|\s)|lion(?=$|\s)|löwe|palme|palm(?=$|\s)/u,
  race: /marathon|race(?=$|\s)|rennen|lauf(?=$|\s)|(?:^|\s)tour(?=$|\s)|grand prix|rallye|rally(?=$|\s)/u,
  games: /games|spiele|olympi/u,
  summit: /summit|gipfel/u,
  festival: /festival|festspiele|fest(?=$|\s)|biennale|berlinale/u,
  tournament: /tournament|turnier|(?:^|\s)cup(?=$|\s)|pokal|open(?=$|\s)|championships?|meisterschaft|masters/u,
  forum: /forum/u,
  conference: /conference|konferenz|(?:^|\s)cop\d*(?=$|\s)/u,
  fair: /messe(?=$|\s)|(?:^|\s)fair(?=$|\s)|expo(?=$|\s)/u,
  // "the event", "die Veranstaltung": any event; only ever the one event a text names (TOPIC_KINDS).
  event: /(?:)/u,
  // Any city or region fits; the type alone decides.
  city: /(?:)/u,
  region: /(?:)/u,
};

/**
 * Words that make an organisation something other than a company (ministries, parties, councils,
 * international bodies): such a name never fits "the company" / "das Unternehmen" unless its own
 * name says company. Word or compound end.
 */
export const NON_COMPANY_WORDS =
  /ministry|ministerium|council|rat(?=$|\s)|commission|kommission|committee|komitee|party|partei|parliament|parlament|union(?=$|\s)|university|universität|agency|agentur|association|verband|organi[sz]ation|stiftung|foundation|club|klub|verein|federation|föderation|bund(?=$|\s)|institut|gewerkschaft|senate|senat|court|gericht|army|armee|police|polizei|government|regierung|office|amt(?=$|\s)|nations|alliance|allianz|bündnis|bank(?=$|\s)|zeitung|times|news|presse|press(?=$|\s)|tv(?=$|\s)|radio/u;

/**
 * English nouns that describe a company right before its name ("battery maker Voltaro", "telecoms
 * group Telenor"): lowercase, exact word. ../mentions/described-orgs.ts.
 */
export const COMPANY_DESCRIPTORS_EN: ReadonlySet<string> = new Set([
  'maker', 'carmaker', 'automaker', 'chipmaker', 'drugmaker', 'steelmaker', 'shipbuilder', 'manufacturer',
  'producer', 'provider', 'operator', 'retailer', 'lender', 'insurer', 'developer', 'startup', 'start-up',
  'conglomerate', 'supplier', 'miner', 'group', 'company', 'firm', 'giant', 'carrier', 'distributor', 'subsidiary',
  // Bodies that are no companies but are introduced the same way ("the Bonn-based NGO Germanwatch", "the British charity Oxfam").
  'ngo', 'charity', 'nonprofit', 'non-profit',
]);

/**
 * German word ends that describe a company before its name ("Schiffbaukonzern Nordwerft",
 * "Autohersteller X", "der Energieversorger Y"): lowercase, matched at the end of the word.
 */
export const COMPANY_DESCRIPTORS_DE: readonly string[] = [
  'konzern', 'hersteller', 'unternehmen', 'firma', 'anbieter', 'betreiber', 'produzent', 'versorger',
  'versicherer', 'zulieferer', 'händler', 'reederei', 'fluggesellschaft', 'airline', 'start-up', 'tochter',
  // "-bauer" only in these compounds: "Bauer" and "Neubauer" are names.
  'autobauer', 'anlagenbauer', 'maschinenbauer', 'flugzeugbauer', 'schiffbauer', 'fahrzeugbauer', 'motorenbauer', 'zugbauer',
  'waggonbauer', 'turbinenbauer', 'traktorenbauer', 'sportwagenbauer', 'werkzeugbauer', 'formenbauer', 'stahlbauer', 'spritzgießer',
];

