// Cue words of the relation rules, per meaning and language, as data. Forms are lowercase tokens;
// "x*" matches a prefix, "*x" a suffix (German compounds: "Handelsumsatz"), "*x*" an infix.
// No logic here; the rules in relation-rules.ts refer to these lists by key.

import type { RelationType } from '../../types.js';

interface CueList {
  de: readonly string[];
  en: readonly string[];
}

export const RELATION_CUES = {
  be: {
    de: ['ist', 'sind', 'war', 'waren', 'wird', 'werden', 'wurde', 'wurden', 'bleibt', 'bleiben', 'blieb', 'sei', 'seien', 'gilt', 'gelten'],
    en: ['is', 'are', 'was', 'were', 'remains', 'remain', 'remained', 'became', 'become', 'becomes', "'s", 'be', 'been'],
  },
  member: {
    de: ['mitglied*', 'vollmitglied*', 'gründungsmitglied*', '*mitglied', '*mitglieder', '*mitgliedstaat', '*mitgliedsstaat', '*mitgliedstaaten', '*mitgliedsstaaten', '*mitgliedsland', '*mitgliedsländer'],
    en: ['member', 'members', 'member-state', 'member-states'],
  },
  memberNounTail: {
    de: ['staat', 'staaten', 'land', 'länder'],
    en: ['state', 'states', 'country', 'countries', 'nation', 'nations'],
  },
  partner: {
    de: ['partner', 'partnern', 'partnerin', 'partnerländer', 'partnerstaaten', 'verbündete', 'verbündeten', 'bündnispartner', 'strategiepartner'],
    en: ['partners', 'partner', 'allies', 'ally'],
  },
  within: { de: ['in', 'im', 'innerhalb'], en: ['in', 'within'] },
  title: { de: ['prinz', 'scheich', 'dr.', 'dr', 'prof.', 'herr', 'frau', 'könig', 'emir'], en: ['prince', 'sheikh', 'dr.', 'dr', 'mr.', 'mrs.', 'ms.', 'king', 'emir', 'sir', 'dame', 'captain', 'colonel', 'lieutenant', 'general', 'admiral'] },
  leaderTitle: {
    de: ['chef', 'chefin', '*chef', '*chefin', 'präsident', 'präsidentin', 'generaldirektor', 'generaldirektorin', 'generalsekretär', 'generalsekretärin', 'direktor', 'direktorin', 'vorstandschef', 'leiter', 'leiterin'],
    en: ['chief', 'head', 'director-general', 'secretary-general', 'president', 'ceo', 'boss', 'leader'],
  },
  placeNoun: {
    de: ['hauptstadt', 'stadt', '*stadt', 'metropole', '*metropole', 'hafenstadt', 'region', 'provinz', 'gebiet', 'dorf', 'ort'],
    en: ['capital', 'city', 'town', 'port', 'village', 'region', 'province', 'metropolis'],
  },
  subdivision: {
    de: ['bundesstaat', '*bundesstaat', 'provinz', '*provinz', 'region', 'gebiet', 'oblast', 'bezirk', 'kanton', 'bundesland', 'teilrepublik', 'autonomiegebiet'],
    en: ['state', 'province', 'region', 'oblast', 'district', 'county', 'canton', 'prefecture', 'territory'],
  },
  affiliation: { de: ['vom', 'von', 'bei', 'beim', 'des'], en: ['at', 'of', 'from'] },
  together: { de: ['gemeinsam', 'zusammen'], en: ['together', 'jointly'] },
  sign: { de: ['unterzeichnete', 'unterzeichneten', 'unterzeichnet', 'schloss', 'schlossen', 'vereinbarte', 'vereinbarten'], en: ['signed', 'signs', 'concluded', 'agreed'] },
  agreement: {
    de: ['abkommen', '*abkommen', 'vereinbarung', '*vereinbarung', 'vertrag', '*vertrag', 'memorandum', 'absichtserklärung', 'partnerschaftsabkommen'],
    en: ['agreement', 'deal', 'treaty', 'memorandum', 'accord', 'pact'],
  },
  located: { de: ['gelegen', 'liegt', 'lag', 'liegen', 'befindet', 'ansässig', 'ansässige', 'ansässigen'], en: ['located', 'situated', 'lies'] },
  roleOf: { de: ['von', 'vom', 'des', 'der', 'bei', 'beim'], en: ['of', 'at', 'for'] },
  belongsMember: { de: ['angehört', 'angehören', 'angehörte', 'angehörten', 'angehöre'], en: [] },
  belongsVerb: { de: ['gehört', 'gehören', 'gehörte', 'gehörten'], en: ['belongs', 'belong', 'belonged'] },
  relative: { de: ['das', 'die', 'der', 'welches', 'welche'], en: ['which', 'that'] },
  of: { de: ['von', 'vom', 'des', 'der'], en: ['of'] },
  join: {
    de: ['tritt', 'treten', 'trat', 'traten'],
    en: ['joined', 'joins', 'join', 'joining', 'acceded', 'accedes'],
  },
  joinParticle: { de: ['bei'], en: [] },
  joinedParticiple: { de: ['beigetreten', 'beitritt', 'beitreten', 'beitrat', 'beitraten'], en: [] },
  accession: {
    de: ['beitritt', 'beitritts', 'beitrittsantrag', 'aufnahme'],
    en: ['accession', 'membership', 'admission'],
  },
  toOrg: { de: ['zur', 'zum', 'in'], en: ['to', 'in', 'into', 'of'] },
  relationNoun: {
    de: ['beziehungen', 'beziehung', 'zusammenarbeit', 'kooperation', 'partnerschaft', 'freundschaft', '*beziehungen', '*zusammenarbeit', '*kooperation', '*partnerschaft'],
    en: ['relations', 'relationship', 'ties', 'cooperation', 'co-operation', 'partnership', 'friendship', 'alliance'],
  },
  between: { de: ['zwischen'], en: ['between'] },
  with: { de: ['mit'], en: ['with'] },
  trade: {
    de: ['handel', 'handels', 'handelsumsatz', 'handelsumsatzes', 'warenumsatz', 'warenumsatzes', 'handelsvolumen', 'warenaustausch', 'warenaustauschs', 'handelsbeziehungen', 'außenhandel', 'außenhandels'],
    en: ['trade', 'turnover', 'commerce', 'trading'],
  },
  tradePartner: { de: ['handelspartner', '*handelspartner', 'handelspartnern', '*handelspartnern', 'handelspartners'], en: ['trading', 'trade'] },
  export: {
    de: ['exportiert', 'exportierte', 'exportieren', 'exportierten', 'liefert', 'lieferte', 'liefern', 'lieferten', 'verkauft', 'verkaufte'],
    en: ['exports', 'exported', 'export', 'exporting', 'ships', 'shipped', 'sells', 'sold', 'supplies', 'supplied'],
  },
  exportTo: { de: ['nach', 'in', 'an'], en: ['to'] },
  import: { de: ['importiert', 'importierte', 'importieren', 'bezieht', 'bezog'], en: ['imports', 'imported', 'import', 'buys', 'bought'] },
  importFrom: { de: ['aus', 'von'], en: ['from'] },
  interview: { de: ['interview', 'exklusivinterview', 'gespräch'], en: ['interview', 'exclusive'] },
  outlet: {
    de: ['nachrichtenagentur', 'agentur', 'zeitung', '*zeitung', 'sender', 'fernsehsender', 'magazin', 'nachrichtenportal', 'portal', 'tageszeitung', 'wochenzeitung', 'blatt'],
    en: ['agency', 'newspaper', 'broadcaster', 'magazine', 'outlet', 'channel', 'daily', 'paper'],
  },
  say: {
    de: ['sagte', 'sagt', 'erklärte', 'erklärt', 'betonte', 'betont', 'sagten', 'äußerte', 'erläuterte', 'berichtete'],
    en: ['said', 'says', 'told', 'explained', 'stressed', 'added'],
  },
  told: { de: [], en: ['told'] },
  towards: { de: ['gegenüber'], en: [] },
  take: { de: ['nimmt', 'nehmen', 'nahm', 'nahmen'], en: ['takes', 'took', 'take', 'taking', 'taken'] },
  at: { de: ['an', 'am', 'beim'], en: ['at', 'in'] },
  partParticle: { de: ['teil'], en: ['part'] },
  participated: {
    de: ['teilgenommen', 'teilnehmen', 'teilzunehmen', 'teilnimmt', 'teilnahm', 'teilnahmen', 'teilnehmen'],
    en: ['participates', 'participated', 'participate', 'participating', 'competes', 'competed', 'compete', 'competing'],
  },
  attend: { de: ['besuchte', 'besuchten', 'eröffnete', 'eröffnet'], en: ['attended', 'attends', 'attend', 'attending', 'opened', 'addressed'] },
  involved: { de: ['beteiligt', 'beteiligte', 'beteiligen', 'beteiligten'], en: [] },
  reflexive: { de: ['sich'], en: [] },
  participation: { de: ['teilnahme'], en: ['participation'] },
  in: { de: ['in', 'im'], en: ['in'] },
  takesPlace: { de: ['findet', 'fand', 'finden', 'fanden'], en: [] },
  placeParticle: { de: ['statt'], en: [] },
  heldVerb: {
    de: ['ausgetragen', 'abgehalten', 'stattfinden', 'stattfand', 'stattfindet', 'stattfinden', 'veranstaltet', 'organisiert', 'eröffnet'],
    en: ['held', 'hosted', 'staged', 'place', 'opened', 'opens', 'convened'],
  },
  hosts: { de: ['gastgeber', 'gastgeberin', 'gastgeberland', 'ausrichter'], en: ['hosts', 'hosted', 'host', 'hosting'] },
  organised: {
    de: ['organisiert', 'veranstaltet', 'ausgerichtet', 'initiiert', 'einberufen'],
    en: ['organised', 'organized', 'hosted', 'convened', 'sponsored', 'run'],
  },
  organises: {
    de: ['organisiert', 'organisierte', 'veranstaltet', 'veranstaltete', 'richtet', 'richtete'],
    en: ['organises', 'organizes', 'organised', 'organized', 'hosts', 'convenes', 'convened', 'stages', 'staged', 'runs'],
  },
  by: { de: ['von', 'vom', 'durch'], en: ['by'] },
  seat: { de: ['sitz', 'hauptsitz', 'zentrale', 'firmensitz', 'sekretariat', 'generalsekretariat'], en: ['headquarters', 'seat', 'head office', 'secretariat'] },
  based: { de: [], en: ['based', 'headquartered'] },
  has: { de: ['hat', 'haben', 'hatte', 'hatten', 'habe', 'hätten', 'hätte'], en: ['has', 'have', 'had'] },
  cityNoun: {
    de: ['stadt', 'hafenstadt', 'grenzstadt', 'industriestadt', 'millionenstadt', 'kreisstadt', 'küstenstadt', 'metropole', '*metropole', 'dorf', 'ort', 'gemeinde', 'exklave', 'enklave', 'insel', 'halbinsel'],
    en: ['city', 'town', 'village', 'port', 'metropolis', 'exclave', 'enclave', 'island'],
  },
  compass: {
    de: ['osten', 'westen', 'norden', 'süden', 'nordosten', 'nordwesten', 'südosten', 'südwesten', 'zentrum', 'nordteil', 'südteil'],
    en: ['east', 'west', 'north', 'south', 'northeast', 'northwest', 'southeast', 'southwest', 'centre', 'center'],
  },
  capital: { de: ['hauptstadt'], en: ['capital'] },
  possessive: { de: ["'", '’', 's'], en: ["'s", '’s', "'", '’'] },
  support: {
    de: ['unterstützt', 'unterstützte', 'unterstützen', 'unterstützten', 'befürwortet', 'befürwortete', 'befürworten'],
    en: ['supports', 'supported', 'support', 'backs', 'backed', 'back', 'endorses', 'endorsed', 'endorse'],
  },
  supportNoun: { de: ['unterstützung'], en: ['support', 'backing'] },
  for: { de: ['für'], en: ['for'] },
  from: { de: ['von', 'durch', 'seitens'], en: ['from', 'by'] },
  bid: {
    de: ['antrag', 'antrags', 'antrages', 'bewerbung', 'kandidatur', 'beitritt', 'beitritts', 'initiative', 'vorschlag', 'vorschlags', 'beitrittsantrag', 'beitrittsantrags'],
    en: ['bid', 'application', 'candidacy', 'membership', 'initiative', 'proposal', 'accession'],
  },
  chairNoun: {
    de: ['vorsitz', 'vorsitzes', 'präsidentschaft', 'ratspräsidentschaft', '*vorsitz', '*präsidentschaft'],
    en: ['presidency', 'chairmanship', 'chairship', 'chair'],
  },
  holdChair: {
    de: ['hat', 'hatte', 'haben', 'hält', 'übernimmt', 'übernahm', 'übernehmen', 'führt', 'führte', 'innehat'],
    en: ['holds', 'held', 'hold', 'assumed', 'assumes', 'assume', 'took', 'takes', 'chairs', 'chaired', 'has'],
  },
  chairPrep: { de: ['in', 'im', 'der', 'des', 'bei', 'über'], en: ['of', 'in', 'over'] },
  under: { de: ['unter'], en: ['under'] },
  meet: {
    de: ['traf', 'trifft', 'trafen', 'treffen', 'getroffen', 'empfing', 'empfängt', 'empfangen', 'sprach'],
    en: ['met', 'meets', 'meet', 'meeting', 'received', 'receives', 'hosted'],
  },
  meetTogether: { de: ['sich', 'zusammen'], en: [] },
  meetVerbPlural: { de: ['trafen', 'treffen', 'kamen', 'kommen'], en: ['met', 'meet'] },
  meetingNoun: {
    de: ['treffen', 'gespräch', 'gespräche', 'gesprächen', 'telefonat', 'verhandlungen', 'zusammentreffen', 'begegnung'],
    en: ['meeting', 'talks', 'meetings', 'summit', 'call', 'conversation'],
  },
  talks: {
    de: ['gespräche', 'gespräch', 'gesprächen', 'verhandlungen', 'telefonat', 'treffen', 'zusammentreffen', 'unterredung'],
    en: ['talks', 'talked', 'spoke', 'negotiations', 'meeting', 'meetings', 'phone call', 'call'],
  },
  received: { de: ['empfangen', 'begrüßt', 'getroffen'], en: ['received', 'welcomed', 'greeted'] },
  passive: { de: ['wurde', 'wird', 'wurden', 'werden'], en: ['was', 'is', 'were', 'been'] },
  chaired: {
    de: ['leitete', 'leitet', 'leiteten', 'moderierte', 'führte'],
    en: ['chaired', 'chairs', 'chair', 'presided', 'hosted', 'led'],
  },
  pledge: {
    de: ['zugesagt', 'zugesichert', 'versprochen', 'angekündigt', 'bekräftigt', 'zusagen', 'zusicherte', 'sagte'],
    en: ['pledged', 'promised', 'offered', 'announced', 'reaffirmed', 'expressed', 'voiced', 'pledges'],
  },
  visit: {
    de: ['besuchte', 'besucht', 'besuchen', 'besuchten', 'bereiste', 'bereist'],
    en: ['visited', 'visits', 'visit', 'visiting', 'toured', 'tours'],
  },
  travel: {
    de: ['reiste', 'reist', 'reisen', 'reisten', 'flog', 'fliegt'],
    en: ['travelled', 'traveled', 'travels', 'flew', 'flies', 'headed'],
  },
  toPlace: { de: ['nach', 'in'], en: ['to'] },
  travelled: { de: ['gereist', 'geflogen', 'aufgebrochen', 'gekommen', 'reisen', 'fliegen', 'zu reisen'], en: [] },
  visitNoun: {
    de: ['besuch', 'besuchs', 'besuches', '*besuch', '*besuchs', 'reise', 'visite'],
    en: ['visit', 'trip', 'tour'],
  },
  visitPrep: { de: ['in', 'nach'], en: ['to', 'in'] },
  arrive: {
    de: ['traf', 'trifft', 'trafen', 'treffen'],
    en: ['arrived', 'arrives', 'landed', 'lands'],
  },
  win: {
    de: ['gewann', 'gewinnt', 'gewinnen', 'gewonnen', 'holte', 'holt', 'errang', 'erhielt', 'erhält'],
    en: ['won', 'wins', 'win', 'clinched', 'claimed', 'received'],
  },
  winner: {
    de: ['sieger', 'siegerin', 'gewinner', 'gewinnerin', 'preisträger', 'preisträgerin', '*sieger', '*siegerin', 'weltmeister', 'europameister'],
    en: ['winner', 'winners', 'champion', 'champions', 'laureate'],
  },
  work: { de: ['arbeitet', 'arbeitete', 'arbeiten', 'tätig'], en: ['works', 'worked', 'work', 'working'] },
  workFor: { de: ['für', 'bei'], en: ['for', 'at'] },
  part: { de: ['teil', 'bestandteil'], en: ['part'] },
  belongs: { de: ['gehört', 'gehörte', 'gehören'], en: ['belongs', 'belonged', 'belong'] },
  belongsTo: { de: ['zu', 'zur', 'zum'], en: ['to'] },
} as const satisfies Record<string, CueList>;

export type CueKey = keyof typeof RELATION_CUES;

/** Articles and determiners a slot may skip before its mention ("der GUS", "the SCO"). */
export const DETERMINERS: readonly string[] = [
  'der', 'die', 'das', 'des', 'dem', 'den', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen',
  'the', 'a', 'an',
];

/** Words that join the items of a coordination list. */
export const LIST_JOINERS: readonly string[] = ['und', 'sowie', 'and', '&'];

/** A match whose span (or the next two tokens of its clause) holds one of these is negated: no relation. */
export const NEGATIONS: readonly string[] = [
  'nicht', 'kein', 'keine', 'keiner', 'keines', 'keinem', 'keinen', 'nie', 'niemals', 'weder',
  'not', 'no', 'never', 'neither', 'nor', "isn't", "aren't", "wasn't", "weren't", "doesn't", "didn't", "won't", 'cannot',
  'ehemalige', 'ehemaliger', 'ehemaligen', 'former',
];

/**
 * Wishes, plans and possibilities: "Serbien möchte der EU beitreten", "Serbia hopes to join the EU".
 * A match of a hedged relation type that holds one of these states no fact; nor does a refusal
 * ("lehnte ein Treffen mit X ab", "refused to join"). (German "will" is "wants";
 * English "will" is a future and stays: "Belarus will join the SCO in July".)
 */
export const HEDGES = {
  de: ['will', 'wollen', 'wollte', 'wollten', 'möchte', 'möchten', 'strebt', 'streben', 'anstreben', 'hofft', 'hoffen', 'plant', 'planen', 'beabsichtigt', 'bemüht', 'bewirbt', 'könnte', 'könnten', 'würde', 'würden', 'soll', 'sollen', 'sollte', 'erwägt', 'möglicherweise', 'lehnte', 'lehnten', 'lehnt', 'verweigerte', 'verweigerten', 'verschob', 'verschoben', 'abgesagt', 'abgelehnt'],
  en: ['wants', 'want', 'wanted', 'hopes', 'hope', 'hoped', 'seeks', 'seek', 'sought', 'aims', 'aim', 'plans', 'planned', 'intends', 'applied', 'could', 'might', 'may', 'would', 'should', 'considering', 'considers', 'aspires', 'expects', 'refused', 'refuses', 'rejected', 'rejects', 'declined', 'declines', 'cancelled', 'canceled', 'postponed'],
} as const;
export const HEDGED_RELATIONS: readonly RelationType[] = ['MEMBER_OF', 'WON', 'VISITED', 'MET_WITH', 'PARTICIPATES_IN', 'LEADER_OF', 'CHAIRS', 'WORKS_FOR'];

/**
 * Verbs of inviting: in the sentence up to a visit's match, the visit is only offered ("lud Scholz zu
 * einem Gegenbesuch nach Warschau ein", "invited Scholz to visit Warsaw"). The noun is left out: "Auf
 * Einladung von X besuchte Y Minsk" reports a visit that happened.
 */
export const INVITING: readonly string[] = ['lud', 'luden', 'lädt', 'laden', 'einlud', 'einluden', 'eingeladen', 'einzuladen', 'invited', 'invites', 'invite', 'inviting'];

/** Words just before a match that make it past, not present: "der ehemalige Präsident X". */
export const FORMER: readonly string[] = [
  'ehemalige', 'ehemaliger', 'ehemaligen', 'ehemaliges', 'frühere', 'früherer', 'früheren', 'einstige', 'einstiger',
  'einstigen', 'former', 'ex', 'late', 'verstorbene', 'verstorbenen',
];

/**
 * Contrastive coordinators: a negation before one of these in a match scopes over its own clause only
 * ("Österreich ist kein Mitglied der NATO, aber Mitglied der EU": the EU membership stands).
 */
export const CONTRASTS: readonly string[] = ['aber', 'sondern', 'jedoch', 'but', 'yet'];

/** Words that open a new clause: a gap never crosses them. */
export const CLAUSE_BREAKS: readonly string[] = [
  'dass', 'weil', 'obwohl', 'wenn', 'falls', 'sondern', 'aber', 'jedoch', 'doch', 'denn', 'ob',
  'because', 'although', 'whereas', 'but', 'which', 'who', 'whom', 'whose', 'if', 'unless', 'whether',
];

/** Punctuation a gap never crosses (commas only where a rule allows); a lone "-" is a dash. */
export const GAP_STOPS: readonly string[] = ['.', '!', '?', ';', ':', '-', '–', '—', '…'];
