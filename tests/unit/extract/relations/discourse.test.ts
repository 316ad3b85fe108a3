// Discourse-level patterns: pronoun (coreference) subjects with German verb-second and English
// adverbs, negated membership in one clause of a coordination, role nouns referring back to the
// previous sentence's organisation, "die beiden Länder / both countries" agreeing on something,
// and membership appositions. Positive and negative cases, German and English.

import { adjective, chair, city, coref, country, event, headOfState, leader, org, person } from './cases.js';
import type { Case } from './cases.js';
import { describeCases } from './run-cases.js';
import { analyzed } from '../../../helpers/analyzed.js';
import type { MentionSpec } from '../../../helpers/analyzed.js';
import { findRelations } from '../../../../src/extract/relations/index.js';

const MERZ = person('Merz', 'Friedrich Merz');
const SELENSKYJ = person('Selenskyj', 'Volodymyr Zelensky');

const pronounSubject: Case[] = [
  {
    text: 'Bundeskanzler Merz reiste am Montag nach Kiew. Dort traf er den ukrainischen Präsidenten Selenskyj.',
    mentions: [MERZ, city('Kiew', 'Kyiv'), coref('er', 'Friedrich Merz'), adjective('ukrainischen', 'Ukraine'), SELENSKYJ],
    roles: [headOfState('Präsidenten')],
    expect: ['MET_WITH Friedrich Merz -> Volodymyr Zelensky', 'VISITED Friedrich Merz -> Kyiv', 'LEADER_OF Volodymyr Zelensky -> Ukraine'],
  },
  {
    text: 'Die Außenministerin Annalena Roth landete in Nairobi. Am Montag empfing sie den kenianischen Präsidenten William Ruto.',
    mentions: [person('Annalena Roth'), city('Nairobi'), coref('sie', 'Annalena Roth'), adjective('kenianischen', 'Kenya'), person('William Ruto')],
    roles: [headOfState('Präsidenten')],
    expect: ['MET_WITH Annalena Roth -> William Ruto', 'LEADER_OF William Ruto -> Kenya'],
    partial: true,
  },
  {
    text: 'Lula sprach in Brasília vor Journalisten. Danach reiste er nach Buenos Aires.',
    mentions: [person('Lula', 'Luiz Inácio Lula da Silva'), city('Brasília'), coref('er', 'Luiz Inácio Lula da Silva'), city('Buenos Aires')],
    expect: ['VISITED Luiz Inácio Lula da Silva -> Buenos Aires'],
  },
  {
    lang: 'en',
    text: 'Narendra Modi arrived in Tokyo on Friday. He later met Japanese Prime Minister Fumio Sato.',
    mentions: [person('Narendra Modi'), city('Tokyo'), coref('He', 'Narendra Modi'), adjective('Japanese', 'Japan'), person('Fumio Sato')],
    roles: [['Prime Minister', 'head_of_government']],
    expect: ['MET_WITH Fumio Sato -> Narendra Modi', 'VISITED Narendra Modi -> Tokyo', 'LEADER_OF Fumio Sato -> Japan'],
  },
  {
    lang: 'en',
    text: 'Afterwards she travelled to Santiago.',
    mentions: [coref('she', 'Michelle Bachelet'), city('Santiago')],
    expect: ['VISITED Michelle Bachelet -> Santiago'],
  },
  // Negative: "dort traf er nicht ..." and an unresolved pronoun give nothing.
  {
    text: 'Dort traf er den Präsidenten Selenskyj nicht.',
    mentions: [coref('er', 'Friedrich Merz'), SELENSKYJ],
    roles: [headOfState('Präsidenten')],
    expect: [],
  },
  {
    text: 'Dort traf er den ukrainischen Präsidenten Selenskyj.',
    mentions: [adjective('ukrainischen', 'Ukraine'), SELENSKYJ],
    roles: [headOfState('Präsidenten')],
    expect: ['LEADER_OF Volodymyr Zelensky -> Ukraine'],
  },
];

const negatedMembership: Case[] = [
  {
    text: 'Österreich ist kein Mitglied der NATO, aber seit 1995 Mitglied der Europäischen Union.',
    mentions: [country('Österreich', 'Austria'), org('NATO'), org('Europäischen Union', 'European Union')],
    expect: ['MEMBER_OF Austria -> European Union'],
  },
  {
    lang: 'en',
    text: 'Switzerland is not a member of the European Union but is a member of the EFTA.',
    mentions: [country('Switzerland'), org('European Union'), org('EFTA')],
    expect: ['MEMBER_OF Switzerland -> EFTA'],
  },
  {
    lang: 'en',
    text: 'Ireland is not a NATO member but belongs to the European Union.',
    mentions: [country('Ireland'), org('NATO'), org('European Union')],
    expect: ['MEMBER_OF Ireland -> European Union'],
  },
  {
    text: 'Norwegen ist Mitglied der NATO, aber kein Mitglied der Europäischen Union.',
    mentions: [country('Norwegen', 'Norway'), org('NATO'), org('Europäischen Union', 'European Union')],
    expect: ['MEMBER_OF Norway -> NATO'],
  },
  {
    text: 'Schweden ist Mitglied der Europäischen Union, aber nicht der Eurozone.',
    mentions: [country('Schweden', 'Sweden'), org('Europäischen Union', 'European Union'), org('Eurozone')],
    expect: ['MEMBER_OF Sweden -> European Union'],
  },
  // The second clause has its own subject: the first country is no member of anything.
  {
    lang: 'en',
    text: 'Ukraine is not a member of NATO, but Poland is a member of the EU.',
    mentions: [country('Ukraine'), org('NATO'), country('Poland'), org('EU')],
    expect: ['MEMBER_OF Poland -> EU'],
    absent: ['MEMBER_OF Ukraine -> EU', 'MEMBER_OF Ukraine -> NATO'],
    partial: true,
  },
  {
    lang: 'en',
    text: 'Norway is a member of NATO but not of the European Union.',
    mentions: [country('Norway'), org('NATO'), org('European Union')],
    expect: ['MEMBER_OF Norway -> NATO'],
  },
  {
    text: 'Serbien ist weder Mitglied der NATO noch der Europäischen Union.',
    mentions: [country('Serbien', 'Serbia'), org('NATO'), org('Europäischen Union', 'European Union')],
    expect: [],
  },
];

const previousOrg: Case[] = [
  {
    lang: 'en',
    text: 'Airbus raised its delivery target for the year. Its chief executive Guillaume Faury said demand was strong.',
    mentions: [org('Airbus'), person('Guillaume Faury')],
    roles: [['chief executive', 'leader']],
    expect: ['LEADER_OF Guillaume Faury -> Airbus'],
  },
  {
    text: 'Die Deutsche Bahn meldete einen Verlust. Deren Chef Richard Lutz sprach von einem schwierigen Jahr.',
    mentions: [org('Deutsche Bahn'), person('Richard Lutz')],
    roles: [leader('Chef')],
    expect: ['LEADER_OF Richard Lutz -> Deutsche Bahn'],
  },
  {
    text: 'Der Weltfußballverband FIFA vergab die WM nach Marokko. Sein Vorsitzender Gianni Infantino lobte die Bewerbung.',
    mentions: [org('FIFA'), country('Marokko', 'Morocco'), person('Gianni Infantino')],
    roles: [chair('Vorsitzender')],
    expect: ['CHAIRS Gianni Infantino -> FIFA'],
  },
  // A person in the previous sentence: "sein" may be his.
  {
    text: 'Der Konzern Siemens und Vorstand Roland Busch legten Zahlen vor. Sein Sprecher Max Roe sagte nichts.',
    mentions: [org('Siemens'), person('Roland Busch'), person('Max Roe')],
    roles: [leader('Vorstand'), ['Sprecher', 'employee']],
    expect: [],
    absent: ['WORKS_FOR Max Roe -> Siemens'],
    partial: true,
  },
  // The organisation is not the previous sentence's subject: a country opens it.
  {
    lang: 'en',
    text: 'France criticised Airbus on Monday. Its chief executive Guillaume Faury said little.',
    mentions: [country('France'), org('Airbus'), person('Guillaume Faury')],
    roles: [['chief executive', 'leader']],
    expect: [],
  },
  // The organisation comes late in the previous sentence: not its subject.
  {
    text: 'Am Montag kritisierten viele Aktionäre auf der Versammlung die Pläne von Airbus. Sein Vorsitzender René Obermann schwieg.',
    mentions: [org('Airbus'), person('René Obermann')],
    roles: [chair('Vorsitzender')],
    expect: [],
  },
  // Two organisations before: no owner.
  {
    text: 'Siemens und Bosch meldeten Gewinne. Sein Vorsitzender Max Roe war zufrieden.',
    mentions: [org('Siemens'), org('Bosch'), person('Max Roe')],
    roles: [chair('Vorsitzender')],
    expect: [],
  },
  // An organisation in the current sentence before the role: not the previous sentence's.
  {
    lang: 'en',
    text: 'Airbus raised its target. At Boeing, its chief executive Kelly Ortberg said little.',
    mentions: [org('Airbus'), org('Boeing'), person('Kelly Ortberg')],
    roles: [['chief executive', 'leader']],
    expect: [],
    absent: ['LEADER_OF Kelly Ortberg -> Airbus'],
    partial: true,
  },
];

const bothCountries: Case[] = [
  {
    text: 'Der kenianische Präsident besuchte Tansania. Die beiden Länder unterzeichneten ein Abkommen über Energie.',
    mentions: [adjective('kenianische', 'Kenya'), country('Tansania', 'Tanzania')],
    roles: [headOfState('Präsident')],
    expect: ['PARTNER_OF Kenya -> Tanzania'],
  },
  // The sentence names a country itself: the agreement is with that one.
  {
    text: 'Vietnam und Indonesien verhandelten in Hanoi. Die beiden Länder unterzeichneten ein Abkommen mit Japan.',
    mentions: [country('Vietnam'), country('Indonesien', 'Indonesia'), city('Hanoi'), country('Japan')],
    expect: [],
    absent: ['PARTNER_OF Indonesia -> Vietnam'],
    partial: true,
  },
  // The pair is three sentences back: too far.
  {
    lang: 'en',
    text: 'Chile and Peru met in Lima. The talks lasted hours. Ministers spoke of progress. Both countries signed an agreement.',
    mentions: [country('Chile'), country('Peru'), city('Lima')],
    expect: [],
  },
  {
    lang: 'en',
    text: 'Ghana and Togo held talks in Accra. The two countries agreed to deepen cooperation on security.',
    mentions: [country('Ghana'), country('Togo'), city('Accra')],
    expect: ['PARTNER_OF Ghana -> Togo'],
  },
  {
    text: 'Vietnam und Indonesien verhandelten in Hanoi. Die beiden Länder unterzeichneten ein Abkommen über Fischerei.',
    mentions: [country('Vietnam'), country('Indonesien', 'Indonesia'), city('Hanoi')],
    expect: ['PARTNER_OF Indonesia -> Vietnam'],
  },
  {
    lang: 'en',
    text: 'Officials from Chile and Peru met in Lima on Tuesday. The ministers discussed mining. Both countries signed an agreement on water rights.',
    mentions: [country('Chile'), country('Peru'), city('Lima')],
    expect: ['PARTNER_OF Chile -> Peru'],
  },
  {
    text: 'Polen und Litauen berieten in Warschau über Sicherheit. Beide Länder vereinbarten eine engere Zusammenarbeit.',
    mentions: [country('Polen', 'Poland'), country('Litauen', 'Lithuania'), city('Warschau', 'Warsaw')],
    expect: ['PARTNER_OF Lithuania -> Poland'],
  },
  // Three countries before: unclear which two.
  {
    lang: 'en',
    text: 'Ghana, Togo and Benin held talks in Accra. The two countries signed an agreement on trade.',
    mentions: [country('Ghana'), country('Togo'), country('Benin'), city('Accra')],
    expect: [],
  },
  // No agreement verb.
  {
    lang: 'en',
    text: 'Chile and Peru met in Lima. Both countries face drought.',
    mentions: [country('Chile'), country('Peru'), city('Lima')],
    expect: [],
  },
  // Negated.
  {
    text: 'Serbien und Kosovo verhandelten in Brüssel. Die beiden Länder unterzeichneten kein Abkommen.',
    mentions: [country('Serbien', 'Serbia'), country('Kosovo'), city('Brüssel', 'Brussels')],
    expect: [],
  },
];

// The pair as members: each of the two joins every organisation listed.
const bothMembers: Case[] = [
  {
    text: 'Polen und Litauen berieten in Warschau. Beide Länder sind Mitglieder der Nato und der Europäischen Union.',
    mentions: [country('Polen', 'Poland'), country('Litauen', 'Lithuania'), city('Warschau', 'Warsaw'), org('Nato', 'NATO'), org('Europäischen Union', 'EU')],
    expect: ['MEMBER_OF Poland -> NATO', 'MEMBER_OF Poland -> EU', 'MEMBER_OF Lithuania -> NATO', 'MEMBER_OF Lithuania -> EU'],
    partial: true,
  },
  {
    text: 'Estland und Lettland grenzen an Russland. Die beiden Staaten gehören seit 2004 der Nato an.',
    mentions: [country('Estland', 'Estonia'), country('Lettland', 'Latvia'), country('Russland', 'Russia'), org('Nato', 'NATO')],
    expect: [],
    // Three countries before: the pair is not clear.
    absent: ['MEMBER_OF Estonia -> NATO', 'MEMBER_OF Latvia -> NATO'],
    partial: true,
  },
  {
    text: 'Estland und Lettland feierten in Riga. Die beiden Staaten gehören seit 2004 der Nato an.',
    mentions: [country('Estland', 'Estonia'), country('Lettland', 'Latvia'), city('Riga'), org('Nato', 'NATO')],
    expect: ['MEMBER_OF Estonia -> NATO', 'MEMBER_OF Latvia -> NATO'],
  },
  {
    lang: 'en',
    text: 'Chile and Argentina signed a lithium pact. Both countries belong to the Organization of American States.',
    mentions: [country('Chile'), country('Argentina'), org('Organization of American States', 'OAS')],
    expect: ['MEMBER_OF Chile -> OAS', 'MEMBER_OF Argentina -> OAS', 'PARTNER_OF Argentina -> Chile'],
    partial: true,
  },
  {
    lang: 'en',
    text: 'Ghana and Togo held talks in Accra. Both countries are members of ECOWAS and the African Union.',
    mentions: [country('Ghana'), country('Togo'), city('Accra'), org('ECOWAS'), org('African Union')],
    expect: ['MEMBER_OF Ghana -> ECOWAS', 'MEMBER_OF Ghana -> African Union', 'MEMBER_OF Togo -> ECOWAS', 'MEMBER_OF Togo -> African Union'],
  },
  // Negated, and not members.
  {
    lang: 'en',
    text: 'Ghana and Togo held talks in Accra. Both countries are not members of the OECD.',
    mentions: [country('Ghana'), country('Togo'), city('Accra'), org('OECD')],
    expect: [],
  },
  {
    text: 'Polen und Litauen berieten in Warschau. Beide Länder sind Partner der Nato.',
    mentions: [country('Polen', 'Poland'), country('Litauen', 'Lithuania'), city('Warschau', 'Warsaw'), org('Nato', 'NATO')],
    expect: [],
  },
];

// Joining the one organisation named just before (or earlier in the sentence).
const joinedBefore: Case[] = [
  {
    lang: 'en',
    text: 'BRICS was founded in 2009; South Africa joined a year later. Egypt, Iran and the United Arab Emirates became members in 2024.',
    mentions: [org('BRICS'), country('South Africa'), country('Egypt'), country('Iran'), country('United Arab Emirates')],
    expect: ['MEMBER_OF South Africa -> BRICS', 'MEMBER_OF Egypt -> BRICS', 'MEMBER_OF Iran -> BRICS', 'MEMBER_OF United Arab Emirates -> BRICS'],
    partial: true,
  },
  {
    text: 'BRICS wurde 2009 gegründet. Südafrika trat ein Jahr später bei.',
    mentions: [org('BRICS'), country('Südafrika', 'South Africa')],
    expect: ['MEMBER_OF South Africa -> BRICS'],
  },
  // Two organisations before: no guess; an object after "joined": not this rule.
  {
    lang: 'en',
    text: 'NATO and the EU met in Brussels. Sweden joined a year later.',
    mentions: [org('NATO'), org('EU'), city('Brussels'), country('Sweden')],
    expect: [],
  },
  {
    lang: 'en',
    text: 'The UN proposed a ceasefire. Germany joined the talks.',
    mentions: [org('UN'), country('Germany')],
    expect: [],
  },
  {
    lang: 'en',
    text: 'NATO met in Vilnius. Ukraine did not become a member.',
    mentions: [org('NATO'), city('Vilnius'), country('Ukraine')],
    expect: [],
  },
];

// A placing in the one event named just before.
const placeInEventBefore: Case[] = [
  {
    lang: 'en',
    text: 'Amos Kiprono won the Berlin Marathon on Sunday. Tadese Worku finished second, ahead of Jacob Kiplimo.',
    mentions: [person('Amos Kiprono'), event('Berlin Marathon'), person('Tadese Worku'), person('Jacob Kiplimo')],
    expect: ['PARTICIPATES_IN Tadese Worku -> Berlin Marathon'],
    partial: true,
  },
  {
    text: 'Amos Kiprono gewann den Berlin-Marathon. Tadese Worku wurde Zweiter.',
    mentions: [person('Amos Kiprono'), event('Berlin-Marathon', 'Berlin Marathon'), person('Tadese Worku')],
    expect: ['PARTICIPATES_IN Tadese Worku -> Berlin Marathon'],
    partial: true,
  },
  // Two events before: no guess.
  {
    lang: 'en',
    text: 'The Berlin Marathon and the Boston Marathon are famous. Tadese Worku finished second.',
    mentions: [event('Berlin Marathon'), event('Boston Marathon'), person('Tadese Worku')],
    expect: [],
  },
];

const memberApposition: Case[] = [
  {
    text: 'Die Abgeordnete Anna Berg, Mitglied der SPD, kritisierte den Plan.',
    mentions: [person('Anna Berg'), org('SPD')],
    expect: ['MEMBER_OF Anna Berg -> SPD'],
  },
  {
    lang: 'en',
    text: 'Estonia, a member of NATO since 2004, increased defence spending.',
    mentions: [country('Estonia'), org('NATO')],
    expect: ['MEMBER_OF Estonia -> NATO'],
  },
  {
    lang: 'en',
    text: 'OPEC member Nigeria raised its output.',
    mentions: [org('OPEC'), country('Nigeria')],
    expect: ['MEMBER_OF Nigeria -> OPEC'],
  },
  {
    lang: 'en',
    text: 'Jonas Keller, a longtime member of the Green Party, resigned on Monday.',
    mentions: [person('Jonas Keller'), org('Green Party')],
    expect: ['MEMBER_OF Jonas Keller -> Green Party'],
  },
  {
    text: 'Finnland, seit 2023 Mitglied der NATO, verstärkt seine Grenze zu Russland.',
    mentions: [country('Finnland', 'Finland'), org('NATO'), country('Russland', 'Russia')],
    expect: ['MEMBER_OF Finland -> NATO'],
  },
  {
    lang: 'en',
    text: 'Ukraine, not a member of NATO, asked for weapons.',
    mentions: [country('Ukraine'), org('NATO')],
    expect: [],
  },
  {
    lang: 'en',
    text: 'Maria Costa, a former member of the Socialist Party, won the vote.',
    mentions: [person('Maria Costa'), org('Socialist Party')],
    expect: [],
  },
];

describeCases('pronoun subjects (verb-second, adverbs)', pronounSubject);
describeCases('negated membership in a coordinated clause', negatedMembership);
describeCases('role referring to the previous sentence\'s organisation', previousOrg);
describeCases('"die beiden Länder" / "both countries" agree', bothCountries);
describeCases('"beide Länder sind Mitglieder" / "both countries belong to"', bothMembers);
describeCases('joining the one organisation named before', joinedBefore);
describeCases('a placing in the one event named before', placeInEventBefore);
describeCases('membership appositions', memberApposition);

describe('a pronoun subject lowers confidence', () => {
  test('"Dort traf er X" is less sure than "Dort traf Merz X"', () => {
    const confidence = (subject: MentionSpec): number => {
      const text = `Dort traf ${subject[0]} den Präsidenten Selenskyj.`;
      const doc = analyzed(text, [subject, SELENSKYJ], [headOfState('Präsidenten')], 'de');
      const met = findRelations(doc).relations.find((r) => r.type === 'MET_WITH');
      if (!met) throw new Error(`no MET_WITH in "${text}"`);
      return met.confidence;
    };
    expect(confidence(coref('er', 'Friedrich Merz'))).toBeLessThan(confidence(MERZ));
  });
});
