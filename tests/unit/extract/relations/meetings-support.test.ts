// Meetings and visits (MET_WITH, VISITED), wins (WON), support (SUPPORTS), chairs (CHAIRS),
// employment (WORKS_FOR), with negatives (unnamed subjects, unclear supporters, negation).

import { adjective, award, city, coref, country, event, headOfState, org, person } from './cases.js';
import type { Case } from './cases.js';
import { describeCases } from './run-cases.js';

const LUKA = person('Lukaschenko', 'Alexander Lukashenko');
const TOKA = person('Tokajew', 'Kassym-Jomart Tokayev');

const cases: Case[] = [
  {
    text: 'Lukaschenko traf am Montag in Minsk den kasachischen Präsidenten Tokajew.',
    mentions: [LUKA, city('Minsk'), adjective('kasachischen', 'Kazakhstan'), TOKA],
    roles: [headOfState('Präsidenten')],
    expect: ['MET_WITH Alexander Lukashenko -> Kassym-Jomart Tokayev', 'LEADER_OF Kassym-Jomart Tokayev -> Kazakhstan'],
  },
  {
    lang: 'en',
    text: 'Xi Jinping met Vladimir Putin on the sidelines of the summit.',
    mentions: [person('Xi Jinping'), person('Vladimir Putin')],
    expect: ['MET_WITH Xi Jinping -> Vladimir Putin'],
  },
  {
    text: 'Das Treffen von Lukaschenko und Tokajew dauerte drei Stunden.',
    mentions: [LUKA, TOKA],
    expect: ['MET_WITH Alexander Lukashenko -> Kassym-Jomart Tokayev'],
  },
  {
    lang: 'en',
    text: 'Modi held talks with Albanese in New Delhi on Thursday.',
    mentions: [person('Modi', 'Narendra Modi'), person('Albanese', 'Anthony Albanese'), city('New Delhi')],
    expect: ['MET_WITH Narendra Modi -> Anthony Albanese'],
  },
  {
    text: 'Tokajew besuchte im Mai die belarussische Hauptstadt Minsk.',
    mentions: [TOKA, adjective('belarussische', 'Belarus'), city('Minsk')],
    expect: ['VISITED Kassym-Jomart Tokayev -> Minsk', 'CAPITAL_OF Minsk -> Belarus'],
  },
  {
    lang: 'en',
    text: 'Chancellor Scholz travelled to Beijing with a business delegation.',
    mentions: [person('Scholz', 'Olaf Scholz'), city('Beijing')],
    expect: ['VISITED Olaf Scholz -> Beijing'],
  },
  {
    text: 'Die kenianische Läuferin Faith Kipyegon gewann den Diamond-League-Titel.',
    mentions: [adjective('kenianische', 'Kenya'), person('Faith Kipyegon'), award('Diamond-League-Titel', 'Diamond League')],
    expect: ['WON Faith Kipyegon -> Diamond League'],
  },
  {
    lang: 'en',
    text: 'Argentina won the FIFA World Cup in Qatar.',
    mentions: [country('Argentina'), event('FIFA World Cup'), country('Qatar')],
    expect: ['WON Argentina -> FIFA World Cup', 'PARTICIPATES_IN Argentina -> FIFA World Cup', 'HELD_IN FIFA World Cup -> Qatar'],
  },
  {
    text: 'Kasachstan unterstützt den Beitritt von Belarus zur SOZ.',
    mentions: [country('Kasachstan', 'Kazakhstan'), country('Belarus'), org('SOZ', 'SCO')],
    expect: ['SUPPORTS Kazakhstan -> Belarus'],
  },
  {
    lang: 'en',
    text: 'China strongly supports the Kazakh bid to host the games.',
    mentions: [country('China'), adjective('Kazakh', 'Kazakhstan')],
    expect: ['SUPPORTS China -> Kazakhstan'],
  },
  {
    text: 'Kasachstan hat in diesem Jahr den Vorsitz in der SOZ.',
    mentions: [country('Kasachstan', 'Kazakhstan'), org('SOZ', 'SCO')],
    expect: ['CHAIRS Kazakhstan -> SCO'],
  },
  {
    lang: 'en',
    text: 'India holds the rotating presidency of the G20 this year.',
    mentions: [country('India'), org('G20')],
    expect: ['CHAIRS India -> G20'],
  },
  {
    text: 'Die Journalistin Anna Petrowa arbeitet seit 2019 für die BBC.',
    mentions: [person('Anna Petrowa'), org('BBC')],
    expect: ['WORKS_FOR Anna Petrowa -> BBC'],
  },
  // negatives
  {
    text: 'Wir sind dem kasachischen Team für die Unterstützung des belarussischen Antrags dankbar.',
    mentions: [adjective('kasachischen', 'Kazakhstan'), adjective('belarussischen', 'Belarus')],
    expect: [],
  },
  {
    text: 'Im vergangenen Jahr gewann ein kasachischer Sänger den Grand Prix des Festivals.',
    mentions: [adjective('kasachischer', 'Kazakhstan'), event('Festivals', 'Festival')],
    expect: [],
  },
  {
    text: 'Russland unterstützt die Sanktionen gegen Belarus nicht.',
    mentions: [country('Russland', 'Russia'), country('Belarus')],
    expect: [],
  },
  {
    lang: 'en',
    text: 'Putin never met Zelensky during the talks.',
    mentions: [person('Putin', 'Vladimir Putin'), person('Zelensky', 'Volodymyr Zelensky')],
    expect: [],
  },
  {
    text: 'Er traf in Minsk ein.',
    mentions: [coref('Er', 'Alexander Lukashenko'), city('Minsk')],
    expect: ['VISITED Alexander Lukashenko -> Minsk'],
  },
];

describeCases('relation rules: meetings, visits, wins, support, chairs', cases);
