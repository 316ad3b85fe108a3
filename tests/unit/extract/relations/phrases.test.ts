// Role phrases with possessives and implicit owners, players and clubs, meetings named by a noun,
// performers at festivals, organisations placed by a possessive country (German and English),
// with negative cases: negation, former, the role of another person, two countries in the sentence.

import { adjective, city, country, employee, event, headOfGovernment, headOfState, leader, minister, org, otherRole, person } from './cases.js';
import type { Case } from './cases.js';
import { describeCases, triples } from './run-cases.js';
import { analyzed } from '../../../helpers/analyzed.js';
import { findRelations } from '../../../../src/extract/relations/index.js';

const roles: Case[] = [
  {
    lang: 'en',
    text: "Amina Farouk, Ecobank's chief executive, said the results were strong.",
    mentions: [person('Amina Farouk'), org("Ecobank's", 'Ecobank')],
    roles: [leader('chief executive')],
    expect: ['LEADER_OF Amina Farouk -> Ecobank'],
  },
  {
    lang: 'en',
    text: "Gustavo Petro, Colombia's president, flew to Madrid.",
    mentions: [person('Gustavo Petro'), country("Colombia's", 'Colombia'), city('Madrid')],
    roles: [headOfState('president')],
    expect: ['LEADER_OF Gustavo Petro -> Colombia'],
    partial: true,
  },
  {
    lang: 'en',
    text: "Lena Holm, Norway's best-known novelist, spoke at the fair.",
    mentions: [person('Lena Holm'), country("Norway's", 'Norway')],
    roles: [otherRole('novelist')],
    expect: [],
    absent: ['LEADER_OF Lena Holm -> Norway', 'WORKS_FOR Lena Holm -> Norway'],
    partial: true,
  },
  {
    lang: 'en',
    text: "Tomas Berg, Volvo's former chief executive, criticised the plan.",
    mentions: [person('Tomas Berg'), org("Volvo's", 'Volvo')],
    roles: [leader('chief executive')],
    expect: [],
  },
  {
    lang: 'en',
    text: "MANILA, Philippines (AP) — Finance Minister Ralph Recto said the deficit would narrow.",
    mentions: [city('MANILA', 'Manila'), country('Philippines'), org('AP'), person('Ralph Recto')],
    roles: [minister('Finance Minister')],
    expect: ['LOCATED_IN Manila -> Philippines', 'WORKS_FOR Ralph Recto -> Philippines'],
  },
  {
    lang: 'en',
    text: 'MANILA, Philippines (AP) — Former Finance Minister Carlos Dominguez said the deficit would widen.',
    mentions: [city('MANILA', 'Manila'), country('Philippines'), org('AP'), person('Carlos Dominguez')],
    roles: [minister('Finance Minister')],
    expect: ['LOCATED_IN Manila -> Philippines'],
  },
  {
    lang: 'en',
    text: 'MANILA, Philippines (AP) — The talks went on. Foreign Minister Penny Wong met Japanese Foreign Minister Takeshi Iwaya.',
    mentions: [city('MANILA', 'Manila'), country('Philippines'), org('AP'), person('Penny Wong'), adjective('Japanese', 'Japan'), person('Takeshi Iwaya')],
    roles: [minister('Foreign Minister')],
    expect: ['LOCATED_IN Manila -> Philippines', 'MET_WITH Penny Wong -> Takeshi Iwaya', 'WORKS_FOR Takeshi Iwaya -> Japan'],
  },
  {
    lang: 'en',
    text: 'MANILA, Philippines (AP) — Trade Minister Don Farrell said Vietnam would buy more rice.',
    mentions: [city('MANILA', 'Manila'), country('Philippines'), org('AP'), person('Don Farrell'), country('Vietnam')],
    roles: [minister('Trade Minister')],
    expect: ['LOCATED_IN Manila -> Philippines'],
  },
  {
    lang: 'en',
    text: 'Finance Minister Ralph Recto said the deficit would narrow in the Philippines.',
    mentions: [person('Ralph Recto'), country('Philippines')],
    roles: [minister('Finance Minister')],
    expect: [],
  },
  {
    lang: 'en',
    text: "The World Bank approved a new loan on Friday. The bank's country director Mara Quist said it would fund schools.",
    mentions: [org('World Bank'), person('Mara Quist')],
    roles: [leader('director')],
    expect: ['WORKS_FOR Mara Quist -> World Bank'],
  },
  {
    text: 'Die Hapag-Lloyd AG hat ihre Prognose gesenkt. Konzernchef Rolf Habben Jansen sprach von schwierigen Zeiten.',
    mentions: [org('Hapag-Lloyd AG'), person('Rolf Habben Jansen')],
    roles: [leader('Konzernchef')],
    expect: ['LEADER_OF Rolf Habben Jansen -> Hapag-Lloyd AG'],
  },
  {
    text: 'Die Hapag-Lloyd AG hat ihre Prognose gesenkt. Kanzler Friedrich Merz traf den Konzernchef Rolf Habben Jansen.',
    mentions: [org('Hapag-Lloyd AG'), person('Friedrich Merz'), person('Rolf Habben Jansen')],
    roles: [leader('Konzernchef')],
    expect: ['MET_WITH Friedrich Merz -> Rolf Habben Jansen'],
  },
  {
    text: 'Die Hapag-Lloyd AG meldete Verluste. Der Vorstand traf sich. Danach sagte Konzernchef Rolf Habben Jansen wenig.',
    mentions: [org('Hapag-Lloyd AG'), person('Rolf Habben Jansen')],
    roles: [leader('Konzernchef')],
    expect: [],
  },
  {
    text: 'Die Hapag-Lloyd AG meldete Verluste. Deren Chef Rolf Habben Jansen sagte nichts.',
    mentions: [org('Hapag-Lloyd AG'), person('Rolf Habben Jansen')],
    roles: [leader('Chef')],
    // "Deren" opening the sentence: the previous sentence's subject, its only organisation (lower confidence).
    expect: ['LEADER_OF Rolf Habben Jansen -> Hapag-Lloyd AG'],
  },
  {
    text: 'Die Hapag-Lloyd AG, deren Chef Rolf Habben Jansen den Kurs verteidigt, meldete Verluste.',
    mentions: [org('Hapag-Lloyd AG'), person('Rolf Habben Jansen')],
    roles: [leader('Chef')],
    expect: ['LEADER_OF Rolf Habben Jansen -> Hapag-Lloyd AG'],
  },
  {
    text: 'Wladimir Putin und dessen Sprecher Dmitri Peskow äußerten sich nicht.',
    mentions: [person('Wladimir Putin'), person('Dmitri Peskow')],
    roles: [employee('Sprecher')],
    expect: [],
  },
];

const clubs: Case[] = [
  {
    lang: 'en',
    text: 'Dinamo Zagreb striker Bruno Petkovic scored twice on Saturday.',
    mentions: [org('Dinamo Zagreb'), person('Bruno Petkovic')],
    expect: ['MEMBER_OF Bruno Petkovic -> Dinamo Zagreb'],
  },
  {
    text: 'Stürmer Kasper Dolberg von Ajax Amsterdam traf zweimal.',
    mentions: [person('Kasper Dolberg'), org('Ajax Amsterdam')],
    expect: ['MEMBER_OF Kasper Dolberg -> Ajax Amsterdam'],
  },
  {
    text: 'Der Torhüter von Rapid Wien, Niklas Hedl, hielt einen Elfmeter.',
    mentions: [org('Rapid Wien'), person('Niklas Hedl')],
    expect: ['MEMBER_OF Niklas Hedl -> Rapid Wien'],
  },
  {
    lang: 'en',
    text: 'Sofia Moreno, who plays for Club America, scored the winner.',
    mentions: [person('Sofia Moreno'), org('Club America')],
    expect: ['MEMBER_OF Sofia Moreno -> Club America'],
  },
  {
    text: 'Ivan Perisic, der für PSV Eindhoven spielt, fehlte verletzt.',
    mentions: [person('Ivan Perisic'), org('PSV Eindhoven')],
    expect: ['MEMBER_OF Ivan Perisic -> PSV Eindhoven'],
  },
  {
    lang: 'en',
    text: 'Sofia Moreno, who no longer plays for Club America, scored the winner.',
    mentions: [person('Sofia Moreno'), org('Club America')],
    expect: [],
  },
  {
    lang: 'en',
    text: 'Former Dinamo Zagreb striker Bruno Petkovic now coaches children.',
    mentions: [org('Dinamo Zagreb'), person('Bruno Petkovic')],
    expect: [],
  },
  {
    lang: 'en',
    text: 'Dinamo Zagreb fans cheered as Bruno Petkovic scored.',
    mentions: [org('Dinamo Zagreb'), person('Bruno Petkovic')],
    expect: [],
  },
];

const meetings: Case[] = [
  {
    text: 'Nach einem Treffen mit Bundeskanzler Olaf Scholz sagte Kaja Kallas, man sei sich einig.',
    mentions: [person('Olaf Scholz'), person('Kaja Kallas')],
    roles: [['Bundeskanzler', 'head_of_government']],
    expect: ['MET_WITH Kaja Kallas -> Olaf Scholz'],
  },
  {
    lang: 'en',
    text: 'After talks with Narendra Modi in Delhi, Anthony Albanese said trade would grow.',
    mentions: [person('Narendra Modi'), city('Delhi'), person('Anthony Albanese')],
    expect: ['MET_WITH Anthony Albanese -> Narendra Modi'],
  },
  {
    text: 'Pedro Sánchez kam in Madrid zu einem Treffen mit Giorgia Meloni zusammen.',
    mentions: [person('Pedro Sánchez'), city('Madrid'), person('Giorgia Meloni')],
    expect: ['MET_WITH Giorgia Meloni -> Pedro Sánchez'],
  },
  {
    text: 'Pedro Sánchez lehnte ein Treffen mit Giorgia Meloni ab.',
    mentions: [person('Pedro Sánchez'), person('Giorgia Meloni')],
    expect: [],
  },
  {
    lang: 'en',
    text: 'Anthony Albanese has never had a meeting with Narendra Modi.',
    mentions: [person('Anthony Albanese'), person('Narendra Modi')],
    expect: [],
  },
  {
    lang: 'en',
    text: 'Anthony Albanese hopes for a meeting with Narendra Modi next year.',
    mentions: [person('Anthony Albanese'), person('Narendra Modi')],
    expect: [],
  },
];

const festivals: Case[] = [
  {
    lang: 'en',
    text: 'The Norwegian band Kaizers Orchestra performed at the Roskilde Festival on Saturday.',
    mentions: [adjective('Norwegian', 'Norway'), org('Kaizers Orchestra'), event('Roskilde Festival')],
    expect: ['PARTICIPATES_IN Kaizers Orchestra -> Roskilde Festival'],
    partial: true,
  },
  {
    text: 'Die Sängerin Mira Lobe tritt am Freitag beim Festival Szene Bunte Wähne auf.',
    mentions: [person('Mira Lobe'), event('Szene Bunte Wähne')],
    expect: ['PARTICIPATES_IN Mira Lobe -> Szene Bunte Wähne'],
  },
  {
    text: 'Die Sängerin Mira Lobe tritt am Freitag beim Festival Szene Bunte Wähne nicht auf.',
    mentions: [person('Mira Lobe'), event('Szene Bunte Wähne')],
    expect: [],
  },
  {
    text: 'Mira Lobe ist 2019 beim Festival Szene Bunte Wähne aufgetreten.',
    mentions: [person('Mira Lobe'), event('Szene Bunte Wähne')],
    expect: ['PARTICIPATES_IN Mira Lobe -> Szene Bunte Wähne'],
  },
  {
    text: 'Das vom Kulturzentrum Tvornica organisierte Festival Rock Off beginnt am Freitag.',
    mentions: [org('Kulturzentrum Tvornica'), event('Rock Off')],
    expect: ['ORGANIZED_BY Rock Off -> Kulturzentrum Tvornica'],
  },
  {
    lang: 'en',
    text: 'The crowd at the Roskilde Festival cheered when the band performed.',
    mentions: [event('Roskilde Festival')],
    expect: [],
  },
];

const located: Case[] = [
  {
    lang: 'en',
    text: "Brazil's Embraer and Petrobras reported higher profits.",
    mentions: [country("Brazil's", 'Brazil'), org('Embraer'), org('Petrobras')],
    expect: ['LOCATED_IN Embraer -> Brazil', 'LOCATED_IN Petrobras -> Brazil'],
  },
  {
    lang: 'en',
    text: "India's Serum Institute will ship more vaccines.",
    mentions: [country("India's", 'India'), org('Serum Institute')],
    expect: ['LOCATED_IN Serum Institute -> India'],
  },
  {
    lang: 'en',
    text: "Ukraine's NATO bid stalled again.",
    mentions: [country("Ukraine's", 'Ukraine'), org('NATO')],
    expect: [],
  },
  {
    lang: 'en',
    text: "Kenya's IMF loan was approved on Monday.",
    mentions: [country("Kenya's", 'Kenya'), org('IMF')],
    expect: [],
  },
];

describeCases('relation rules: role phrases and implicit owners', roles);
describeCases('relation rules: players and clubs', clubs);
describeCases('relation rules: meetings named by a noun', meetings);
describeCases('relation rules: performers and organisers of festivals', festivals);
describeCases('relation rules: organisations placed by a possessive country', located);

const agencies: Case[] = [
  {
    lang: 'en',
    text: 'ACCRA, Ghana (Reuters) - Cocoa prices rose. Kwame Mensah told the news agency that farmers were hopeful.',
    mentions: [city('ACCRA', 'Accra'), country('Ghana'), org('Reuters'), person('Kwame Mensah')],
    expect: ['INTERVIEWED_BY Kwame Mensah -> Reuters', 'LOCATED_IN Accra -> Ghana'],
  },
  {
    text: 'Graz (APA) - Die Preise steigen. „Wir sind vorsichtig“, sagte Anna Huber der Nachrichtenagentur.',
    mentions: [city('Graz'), org('APA'), person('Anna Huber')],
    expect: ['INTERVIEWED_BY Anna Huber -> APA'],
  },
  {
    text: 'Graz (APA) - Die Preise steigen. „Wir sind vorsichtig“, sagte Anna Huber der Nachrichtenagentur Reuters.',
    mentions: [city('Graz'), org('APA'), person('Anna Huber'), org('Reuters')],
    expect: ['INTERVIEWED_BY Anna Huber -> Reuters'],
  },
  {
    lang: 'en',
    text: 'Cocoa prices rose. Kwame Mensah told the news agency that farmers were hopeful.',
    mentions: [person('Kwame Mensah')],
    expect: [],
  },
  {
    lang: 'en',
    text: 'ACCRA, Ghana (Reuters) - Cocoa prices rose. Kwame Mensah told the farmers that the agency would help.',
    mentions: [city('ACCRA', 'Accra'), country('Ghana'), org('Reuters'), person('Kwame Mensah')],
    expect: ['LOCATED_IN Accra -> Ghana'],
  },
];

describeCases('relation rules: telling the dateline agency', agencies);

const more: Case[] = [
  {
    text: 'Das sagte Analystin Ines Vogler von der Erste Group in Wien.',
    mentions: [person('Ines Vogler'), org('Erste Group'), city('Wien', 'Vienna')],
    roles: [otherRole('Analystin')],
    expect: ['WORKS_FOR Ines Vogler -> Erste Group'],
    partial: true,
  },
  {
    text: 'Der Präsident des portugiesischen Verbandes FPF, Pedro Proença, kündigte an, das Finale solle in Lissabon stattfinden.',
    mentions: [adjective('portugiesischen', 'Portugal'), org('FPF'), person('Pedro Proença'), city('Lissabon', 'Lisbon')],
    roles: [headOfState('Präsident')],
    expect: ['LEADER_OF Pedro Proença -> FPF'],
    partial: true,
    absent: ['LEADER_OF Pedro Proença -> Portugal'],
  },
  {
    lang: 'en',
    text: 'ACCRA, May 4 (Reuters) - Ghana has agreed a new loan with the World Bank, Finance Minister Cassiel Ato Forson said on Monday.',
    mentions: [city('ACCRA', 'Accra'), org('Reuters'), country('Ghana'), org('World Bank'), person('Cassiel Ato Forson')],
    roles: [minister('Finance Minister')],
    expect: ['WORKS_FOR Cassiel Ato Forson -> Ghana'],
  },
  {
    lang: 'en',
    text: 'The World Bank will lend more to Ghana, Finance Minister Cassiel Ato Forson said on Monday.',
    mentions: [org('World Bank'), country('Ghana'), person('Cassiel Ato Forson')],
    roles: [minister('Finance Minister')],
    expect: [],
  },
  {
    lang: 'en',
    text: 'Ghana and Togo signed a deal, Finance Minister Cassiel Ato Forson said on Monday.',
    mentions: [country('Ghana'), country('Togo'), person('Cassiel Ato Forson')],
    roles: [minister('Finance Minister')],
    expect: [],
    absent: ['WORKS_FOR Cassiel Ato Forson -> Ghana', 'WORKS_FOR Cassiel Ato Forson -> Togo'],
    partial: true,
  },
  {
    text: 'Pedro Sánchez, der spanische Regierungschef, lobte die Einigung.',
    mentions: [person('Pedro Sánchez'), adjective('spanische', 'Spain')],
    roles: [headOfGovernment('Regierungschef')],
    expect: ['LEADER_OF Pedro Sánchez -> Spain'],
  },
  {
    lang: 'en',
    text: 'Pedro Sanchez, the former Spanish prime minister, praised the deal.',
    mentions: [person('Pedro Sanchez'), adjective('Spanish', 'Spain')],
    roles: [headOfGovernment('prime minister')],
    expect: [],
  },
  {
    text: 'Der in Aarhus ansässige Windanlagenbauer Vestas meldete Gewinne.',
    mentions: [city('Aarhus'), org('Vestas')],
    expect: ['LOCATED_IN Vestas -> Aarhus'],
  },
  {
    lang: 'en',
    text: 'Pedro Sanchez and Giorgia Meloni held talks in Rome on Friday.',
    mentions: [person('Pedro Sanchez'), person('Giorgia Meloni'), city('Rome')],
    expect: ['MET_WITH Giorgia Meloni -> Pedro Sanchez'],
  },
  {
    lang: 'en',
    text: 'Pedro Sanchez and Giorgia Meloni refused to hold talks in Rome.',
    mentions: [person('Pedro Sanchez'), person('Giorgia Meloni'), city('Rome')],
    expect: [],
  },
];

describeCases('relation rules: staff, federations, subject countries, appositions', more);

describe('relation rules: a player is no employee of the club', () => {
  it.each([
    ['athlete', ['MEMBER_OF Ivan Perisic -> PSV Eindhoven']],
    ['expert', ['WORKS_FOR Ivan Perisic -> PSV Eindhoven']],
  ] as const)('canonical role %s', (canonical, want) => {
    const word = canonical === 'athlete' ? 'Stürmer' : 'Analyst';
    const doc = analyzed(`${word} Ivan Perisic von PSV Eindhoven sprach von einem guten Spiel.`, [person('Ivan Perisic'), org('PSV Eindhoven')], [[word, 'other']]);
    for (const r of doc.roles) r.role = canonical;
    expect(triples(doc, findRelations(doc).relations)).toEqual(want);
  });
});
