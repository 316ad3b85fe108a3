// Closed-class words of German and English (articles, pronouns, prepositions, conjunctions,
// months, weekdays, abbreviations) as data. They are never names, whatever their case. Lowercase.

export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'der die das den dem des ein eine einer eines einem einen kein keine und oder aber sondern denn doch ' +
    'in im ins an am auf aus bei beim mit nach von vom zu zum zur über unter vor hinter neben zwischen durch für ' +
    'gegen ohne um seit bis ab als wie wenn dass daß ob weil da so auch noch schon nur sehr mehr nicht ' +
    'er sie es wir ihr ich du man sich sein seine seiner seinem seinen ihre ihrer ihrem ihren unser unsere ' +
    'dies diese dieser dieses diesem diesen jene jener alle allen aller dabei damit dazu darauf daran dort hier ' +
    'heute gestern morgen jetzt nun dann wann wo was wer wen wem wessen welche welcher welches ' +
    'ist sind war waren wird werden wurde wurden hat haben hatte hatten habe kann können soll sollen muss müssen ' +
    'laut gemäß trotz während wegen innerhalb außerhalb sowie bzw etwa rund ' +
    'the a an and or but nor of to in on at by for with from into onto over under about after before between ' +
    'he she it we they i you his her its our their this that these those there here who whom whose which what ' +
    'when where why how is are was were be been being has have had do does did will would can could should may ' +
    'might must not no also as if than then so such according while during since until against without within ' +
    'mr mrs ms dr prof herr frau st nr vs'
  ).split(/\s+/),
);

export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['januar', 1], ['jänner', 1], ['january', 1], ['jan', 1],
  ['februar', 2], ['february', 2], ['feb', 2],
  ['märz', 3], ['march', 3], ['mär', 3], ['mar', 3],
  ['april', 4], ['apr', 4],
  ['mai', 5], ['may', 5],
  ['juni', 6], ['june', 6], ['jun', 6],
  ['juli', 7], ['july', 7], ['jul', 7],
  ['august', 8], ['aug', 8],
  ['september', 9], ['sept', 9], ['sep', 9],
  ['oktober', 10], ['october', 10], ['okt', 10], ['oct', 10],
  ['november', 11], ['nov', 11],
  ['dezember', 12], ['december', 12], ['dez', 12], ['dec', 12],
]);

export const WEEKDAYS: ReadonlySet<string> = new Set(
  'montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag monday tuesday wednesday thursday friday saturday sunday'.split(' '),
);

/** Abbreviations after which a period does not end a sentence (lowercase, without the period). */
export const ABBREVIATIONS: ReadonlySet<string> = new Set(
  (
    'z b u a d h o ä s v g bzw ca dr prof nr st sog vgl evtl ggf inkl usw etc mr mrs ms jr sr gen lt col ' +
    'mio mrd abs art bd bzgl chr co corp inc ltd fig jh jhd str tel hr fr dipl ing mag univ no vol ' +
    'approx dept est gov rep sen pres sept jan feb mar apr jun jul aug sep oct okt nov dec dez vs'
  ).split(/\s+/),
);

/** German articles and prepositions after which "3." is an ordinal ("am 3. Juli", "der 2. Weltkrieg"). */
export const ORDINAL_LEADS: ReadonlySet<string> = new Set(
  'der die das den dem des am im vom zum zur beim bis ab seit vor nach ein eine einem einen einer zwischen und bzw oder'.split(' '),
);

/** Function words that may sit inside a name ("Rio de Janeiro", "Ludwig van Beethoven"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['von', 'van', 'de', 'der', 'den', 'da', 'di', 'du', 'del', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'zu', 'ter', 'ten']);

/** Unit and currency codes that look like acronyms but name no organisation. */
export const UNIT_CODES: ReadonlySet<string> = new Set(
  (
    'KM KG MG MW GW KW KWH MWH GWH TWH MHZ GHZ KB MB GB TB PS CM MM ML HA USD EUR GBP CHF RUB BYN KZT CNY JPY ' +
    'UAH PLN TL TV OK AM PM UTC GMT MEZ MESZ CET CEST EST PST BC AD CO PR PC IT TEXT USB DNA PDF HTML FAQ ' +
    'BIP GDP CEO CFO COO CTO VIP KI AI TV SMS CD DVD ID NR WM EM OB AKW KKW LKW PKW MWST ABC DM PM ' +
    // Kinds of body, not names: small and medium firms, non-governmental organisations.
    'KMU SME SMES NGO NGOS'
  ).split(/\s+/),
);

const ROMAN_RE = /^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;

export function isRomanNumeral(word: string): boolean {
  return word.length > 0 && ROMAN_RE.test(word);
}
