// Harder sentence shapes: relative clauses, appositions, verb-second order, passives, compounds with
// role words ("US-Präsident", "Aramco-Chef"), lists whose items carry their own roles.

import { adjective, city, country, coref, employee, event, headOfGovernment, headOfState, leader, minister, org, otherRole, person } from './cases.js';
import type { Case } from './cases.js';
import { describeCases } from './run-cases.js';

const cases: Case[] = [
  {
    text: 'Estland, das seit 2004 der Nato angehört, fordert mehr Truppen.',
    mentions: [country('Estland', 'Estonia'), org('Nato', 'NATO')],
    expect: ['MEMBER_OF Estonia -> NATO'],
  },
  {
    text: 'Georgien gehört seit 1993 der GUS nicht mehr an.',
    mentions: [country('Georgien', 'Georgia'), org('GUS', 'CIS')],
    expect: [],
  },
  {
    text: 'Der Irak, das zweitgrößte Opec-Mitglied, erhöht die Förderung.',
    mentions: [country('Irak', 'Iraq'), org('Opec', 'OPEC')],
    expect: ['MEMBER_OF Iraq -> OPEC'],
  },
  {
    lang: 'en',
    text: 'Hungary, a NATO member since 1999, blocked the statement.',
    mentions: [country('Hungary'), org('NATO')],
    expect: ['MEMBER_OF Hungary -> NATO'],
  },
  {
    text: 'Die Abgeordnete Marta Nowak, Mitglied des Europaparlaments, kritisierte den Plan.',
    mentions: [person('Marta Nowak'), org('Europaparlaments', 'European Parliament')],
    roles: [[ 'Abgeordnete', 'member' ]],
    expect: ['MEMBER_OF Marta Nowak -> European Parliament'],
  },
  {
    text: 'Am Mittwoch traf er sich mit Scholz und US-Präsident Joe Biden.',
    mentions: [coref('er', 'Volodymyr Zelensky'), person('Scholz', 'Olaf Scholz'), country('US', 'United States'), person('Joe Biden')],
    roles: [headOfState('US-Präsident')],
    expect: [
      'MET_WITH Volodymyr Zelensky -> Olaf Scholz', 'MET_WITH Volodymyr Zelensky -> Joe Biden', 'LEADER_OF Joe Biden -> United States',
    ],
  },
  {
    text: 'Nach der Ankunft traf Tokajew den usbekischen Präsidenten Schawkat Mirsijojew.',
    mentions: [person('Tokajew', 'Kassym-Jomart Tokayev'), adjective('usbekischen', 'Uzbekistan'), person('Schawkat Mirsijojew', 'Shavkat Mirziyoyev')],
    roles: [headOfState('Präsidenten')],
    expect: ['MET_WITH Kassym-Jomart Tokayev -> Shavkat Mirziyoyev', 'LEADER_OF Shavkat Mirziyoyev -> Uzbekistan'],
  },
  {
    text: 'In Taschkent wurde Lukaschenko vom Präsidenten Usbekistans, Schawkat Mirsijojew, empfangen.',
    mentions: [city('Taschkent', 'Tashkent'), person('Lukaschenko', 'Alexander Lukashenko'), country('Usbekistans', 'Uzbekistan'), person('Schawkat Mirsijojew', 'Shavkat Mirziyoyev')],
    roles: [headOfState('Präsidenten')],
    expect: ['MET_WITH Alexander Lukashenko -> Shavkat Mirziyoyev', 'LEADER_OF Shavkat Mirziyoyev -> Uzbekistan'],
  },
  {
    lang: 'en',
    text: 'Macron held talks with Indian Prime Minister Narendra Modi and Brazilian President Lula in Paris.',
    mentions: [person('Macron', 'Emmanuel Macron'), country('Indian', 'India'), person('Narendra Modi'), adjective('Brazilian', 'Brazil'), person('Lula', 'Luiz Inácio Lula da Silva'), city('Paris')],
    roles: [headOfGovernment('Prime Minister'), headOfState('President')],
    expect: [
      'MET_WITH Emmanuel Macron -> Narendra Modi', 'MET_WITH Emmanuel Macron -> Luiz Inácio Lula da Silva',
      'LEADER_OF Narendra Modi -> India', 'LEADER_OF Luiz Inácio Lula da Silva -> Brazil',
    ],
  },
  {
    lang: 'en',
    text: 'Foreign Secretary David Lammy, who arrived on Sunday, met Chinese Foreign Minister Wang Yi in Beijing.',
    mentions: [person('David Lammy'), adjective('Chinese', 'China'), person('Wang Yi'), city('Beijing')],
    roles: [minister('Foreign Secretary'), minister('Foreign Minister')],
    expect: ['MET_WITH David Lammy -> Wang Yi', 'WORKS_FOR Wang Yi -> China'],
  },
  {
    text: 'Aramco-Chef Amin Nasser warnte vor einem Mangel an Investitionen.',
    mentions: [org('Aramco', 'Saudi Aramco'), person('Amin Nasser')],
    roles: [leader('Aramco-Chef')],
    expect: ['LEADER_OF Amin Nasser -> Saudi Aramco'],
  },
  {
    lang: 'en',
    text: 'The Asian Development Bank, led by President Masato Kanda, approved the loan.',
    mentions: [org('Asian Development Bank'), person('Masato Kanda')],
    roles: [headOfState('President')],
    expect: ['LEADER_OF Masato Kanda -> Asian Development Bank'],
  },
  {
    lang: 'en',
    text: 'The delegation was led by Ingrid Holm, a Norwegian diplomat who heads the mission.',
    mentions: [person('Ingrid Holm'), adjective('Norwegian', 'Norway')],
    roles: [otherRole('diplomat')],
    expect: ['CITIZEN_OF Ingrid Holm -> Norway'],
  },
  {
    lang: 'en',
    text: 'Peter Lang, a senior analyst at Commerzbank, expects lower prices.',
    mentions: [person('Peter Lang'), org('Commerzbank')],
    roles: [employee('analyst')],
    expect: ['WORKS_FOR Peter Lang -> Commerzbank'],
  },
  {
    lang: 'en',
    text: 'Germany, China’s largest trading partner in Europe, wants fewer dependencies.',
    mentions: [country('Germany'), country('China’s', 'China')],
    expect: ['TRADES_WITH Germany -> China'],
  },
  {
    lang: 'en',
    text: 'Malta, which chairs the OSCE this year, called for a ceasefire.',
    mentions: [country('Malta'), org('OSCE')],
    expect: ['CHAIRS Malta -> OSCE'],
  },
  {
    lang: 'en',
    text: 'Modi chaired the G20 summit in New Delhi.',
    mentions: [person('Modi', 'Narendra Modi'), event('G20 summit', 'G20 Summit'), org('G20'), city('New Delhi')],
    expect: ['CHAIRS Narendra Modi -> G20 Summit', 'HELD_IN G20 Summit -> New Delhi', 'ORGANIZED_BY G20 Summit -> G20'],
  },
  {
    text: 'Bundeskanzler Friedrich Merz hat beim EU-Gipfel in Brüssel weitere Hilfe und Unterstützung für die Republik Moldau zugesagt.',
    mentions: [person('Friedrich Merz'), org('EU'), event('EU-Gipfel', 'EU Summit'), city('Brüssel', 'Brussels'), country('Republik Moldau', 'Moldova')],
    roles: [headOfGovernment('Bundeskanzler')],
    expect: [
      'SUPPORTS Friedrich Merz -> Moldova', 'PARTICIPATES_IN Friedrich Merz -> EU Summit', 'HELD_IN EU Summit -> Brussels',
    ],
    partial: true,
    absent: ['SUPPORTS EU -> Moldova'],
  },
  {
    lang: 'en',
    text: 'Ethiopian Tigist Assefa won the Berlin Marathon ahead of Kenya’s Sheila Chepkirui.',
    mentions: [adjective('Ethiopian', 'Ethiopia'), person('Tigist Assefa'), event('Berlin Marathon'), country('Kenya’s', 'Kenya'), person('Sheila Chepkirui')],
    expect: ['CITIZEN_OF Tigist Assefa -> Ethiopia', 'WON Tigist Assefa -> Berlin Marathon', 'CITIZEN_OF Sheila Chepkirui -> Kenya'],
  },
  {
    lang: 'en',
    text: 'Eliud Kipchoge of Kenya finished fifth.',
    mentions: [person('Eliud Kipchoge'), country('Kenya')],
    expect: ['CITIZEN_OF Eliud Kipchoge -> Kenya'],
  },
  {
    lang: 'en',
    text: 'President Ruto of Kenya opened the summit.',
    mentions: [person('Ruto', 'William Ruto'), country('Kenya')],
    roles: [headOfState('President')],
    expect: ['LEADER_OF William Ruto -> Kenya', 'CITIZEN_OF William Ruto -> Kenya'],
  },
  {
    text: 'Der usbekische Präsident Schawkat Mirsijojew ist am Mittwoch zum Gipfel der Organisation der Turkstaaten (OTS) nach Budapest gereist.',
    mentions: [adjective('usbekische', 'Uzbekistan'), person('Schawkat Mirsijojew', 'Shavkat Mirziyoyev'), org('Organisation der Turkstaaten', 'Organization of Turkic States'), org('OTS', 'Organization of Turkic States'), city('Budapest')],
    roles: [headOfState('Präsident')],
    expect: ['LEADER_OF Shavkat Mirziyoyev -> Uzbekistan', 'VISITED Shavkat Mirziyoyev -> Budapest'],
  },
  {
    text: 'An der Expo 2025 nahmen auch der kasachische Präsident Kassym-Schomart Tokajew und der Premier Olschas Bektenow teil.',
    mentions: [event('Expo 2025'), adjective('kasachische', 'Kazakhstan'), person('Kassym-Schomart Tokajew', 'Kassym-Jomart Tokayev'), person('Olschas Bektenow', 'Olzhas Bektenov')],
    roles: [headOfState('Präsident'), headOfGovernment('Premier')],
    expect: [
      'PARTICIPATES_IN Kassym-Jomart Tokayev -> Expo 2025', 'PARTICIPATES_IN Olzhas Bektenov -> Expo 2025', 'LEADER_OF Kassym-Jomart Tokayev -> Kazakhstan',
    ],
  },
  {
    text: '„Das war ein Fehler“, sagte der ehemalige belarussische Staatschef.',
    mentions: [coref('der ehemalige belarussische Staatschef', 'Stanislav Shushkevich'), adjective('belarussische', 'Belarus')],
    roles: [headOfState('Staatschef')],
    expect: [],
  },
];

describeCases('relation rules: clauses, appositions and compounds', cases);
