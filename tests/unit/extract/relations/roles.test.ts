// Appositions and role phrases: LEADER_OF, WORKS_FOR, CHAIRS, CITIZEN_OF (German and English).

import { adjective, chair, city, coref, country, demonym, employee, headOfGovernment, headOfState, leader, minister, org, otherRole, person } from './cases.js';
import type { Case } from './cases.js';
import { describeCases } from './run-cases.js';

const cases: Case[] = [
  {
    text: 'Der belarussische Präsident Alexander Lukaschenko hat am Montag ein Dekret unterzeichnet.',
    mentions: [adjective('belarussische', 'Belarus'), person('Alexander Lukaschenko', 'Alexander Lukashenko')],
    roles: [headOfState('Präsident')],
    expect: ['LEADER_OF Alexander Lukashenko -> Belarus'],
  },
  {
    lang: 'en',
    text: 'Kazakh President Kassym-Jomart Tokayev arrived in Minsk on Tuesday.',
    mentions: [adjective('Kazakh', 'Kazakhstan'), person('Kassym-Jomart Tokayev'), city('Minsk')],
    roles: [headOfState('President')],
    expect: ['LEADER_OF Kassym-Jomart Tokayev -> Kazakhstan', 'VISITED Kassym-Jomart Tokayev -> Minsk'],
  },
  {
    lang: 'en',
    text: 'Tokayev, the president of Kazakhstan, opened the forum.',
    mentions: [person('Tokayev', 'Kassym-Jomart Tokayev'), country('Kazakhstan')],
    roles: [headOfState('president')],
    expect: ['LEADER_OF Kassym-Jomart Tokayev -> Kazakhstan'],
  },
  {
    text: 'Das erklärte Kassym-Schomart Tokajew, Präsident Kasachstans, vor Journalisten.',
    mentions: [person('Kassym-Schomart Tokajew', 'Kassym-Jomart Tokayev'), country('Kasachstans', 'Kazakhstan')],
    roles: [headOfState('Präsident')],
    expect: ['LEADER_OF Kassym-Jomart Tokayev -> Kazakhstan'],
  },
  {
    text: 'Gazprom-Chef Alexej Miller kündigte neue Lieferungen an.',
    mentions: [org('Gazprom'), person('Alexej Miller')],
    roles: [leader('Chef')],
    expect: ['LEADER_OF Alexej Miller -> Gazprom'],
  },
  {
    lang: 'en',
    text: 'The CEO of Siemens, Roland Busch, presented the figures in Munich.',
    mentions: [org('Siemens'), person('Roland Busch'), city('Munich')],
    roles: [leader('CEO')],
    expect: ['LEADER_OF Roland Busch -> Siemens'],
  },
  {
    text: 'Der kasachische Außenminister Murat Nurtleu traf in Minsk ein.',
    mentions: [adjective('kasachische', 'Kazakhstan'), person('Murat Nurtleu'), city('Minsk')],
    roles: [minister('Außenminister')],
    expect: ['WORKS_FOR Murat Nurtleu -> Kazakhstan', 'VISITED Murat Nurtleu -> Minsk'],
  },
  {
    text: 'Die Vorsitzende der Bank, Anna Weber, ist optimistisch.',
    mentions: [org('Bank', 'Bank'), person('Anna Weber')],
    roles: [chair('Vorsitzende')],
    expect: ['CHAIRS Anna Weber -> Bank'],
  },
  {
    lang: 'en',
    text: 'Maria Okonkwo, a senior economist at the World Bank, warned of rising debt.',
    mentions: [person('Maria Okonkwo'), org('World Bank')],
    roles: [employee('economist')],
    expect: ['WORKS_FOR Maria Okonkwo -> World Bank'],
  },
  {
    text: '„Wir sind zufrieden“, betonte der belarussische Staatschef nach dem Treffen.',
    mentions: [coref('der belarussische Staatschef', 'Alexander Lukashenko'), adjective('belarussische', 'Belarus')],
    roles: [headOfState('Staatschef')],
    expect: ['LEADER_OF Alexander Lukashenko -> Belarus'],
  },
  {
    text: 'Der kasachische Sänger Dimash Kudaibergen gab ein Konzert in Witebsk.',
    mentions: [adjective('kasachische', 'Kazakhstan'), person('Dimash Kudaibergen'), city('Witebsk', 'Vitebsk')],
    roles: [otherRole('Sänger')],
    expect: ['CITIZEN_OF Dimash Kudaibergen -> Kazakhstan'],
  },
  {
    text: 'Der Kasache Dimash Kudaibergen begeisterte das Publikum.',
    mentions: [demonym('Kasache', 'Kazakhstan'), person('Dimash Kudaibergen')],
    expect: ['CITIZEN_OF Dimash Kudaibergen -> Kazakhstan'],
  },
  // negatives
  {
    text: 'Der ehemalige belarussische Präsident Stanislaw Schuschkewitsch ist gestorben.',
    mentions: [adjective('belarussische', 'Belarus'), person('Stanislaw Schuschkewitsch')],
    roles: [headOfState('Präsident')],
    // No longer its leader, still its national (any.citizen.former-adj-office-person).
    expect: ['CITIZEN_OF Stanislaw Schuschkewitsch -> Belarus'],
    absent: ['LEADER_OF Stanislaw Schuschkewitsch -> Belarus'],
  },
  {
    text: 'Im vergangenen Jahr gewann ein kasachischer Sänger den Grand Prix.',
    mentions: [adjective('kasachischer', 'Kazakhstan')],
    roles: [otherRole('Sänger')],
    expect: [],
  },
  {
    lang: 'en',
    text: 'Russian President Vladimir Putin and Chinese Premier Li Qiang spoke by phone.',
    mentions: [adjective('Russian', 'Russia'), person('Vladimir Putin'), adjective('Chinese', 'China'), person('Li Qiang')],
    roles: [headOfState('President'), headOfGovernment('Premier')],
    expect: ['LEADER_OF Vladimir Putin -> Russia', 'LEADER_OF Li Qiang -> China'],
    absent: ['LEADER_OF Vladimir Putin -> China', 'LEADER_OF Li Qiang -> Russia'],
  },
  {
    text: 'Der russische Journalist Dmitri Muratow erhielt den Preis.',
    mentions: [adjective('russische', 'Russia'), person('Dmitri Muratow', 'Dmitry Muratov')],
    roles: [['Journalist', 'journalist']],
    expect: ['CITIZEN_OF Dmitry Muratov -> Russia'],
  },
  {
    lang: 'en',
    text: "Russia's opposition leader Alexei Navalny was detained.",
    mentions: [country('Russia'), person('Alexei Navalny')],
    roles: [leader('opposition leader')],
    expect: [],
  },
  {
    text: 'Russlands Außenminister Sergej Lawrow reist nach Minsk.',
    mentions: [country('Russlands', 'Russia'), person('Sergej Lawrow', 'Sergey Lavrov'), city('Minsk')],
    roles: [minister('Außenminister')],
    expect: ['WORKS_FOR Sergey Lavrov -> Russia', 'VISITED Sergey Lavrov -> Minsk'],
  },
  // A counterpart holds the office of the person named with a role before.
  {
    text: 'Der französische Präsident Emmanuel Macron traf seinen polnischen Amtskollegen Andrzej Duda.',
    mentions: [adjective('französische', 'France'), person('Emmanuel Macron'), adjective('polnischen', 'Poland'), person('Andrzej Duda')],
    roles: [headOfState('Präsident')],
    expect: ['LEADER_OF Emmanuel Macron -> France', 'LEADER_OF Andrzej Duda -> Poland', 'MET_WITH Andrzej Duda -> Emmanuel Macron'],
  },
  {
    lang: 'en',
    text: 'Chinese Foreign Minister Wang Yi and his Russian counterpart Sergei Lavrov held talks.',
    mentions: [adjective('Chinese', 'China'), person('Wang Yi'), adjective('Russian', 'Russia'), person('Sergei Lavrov', 'Sergey Lavrov')],
    roles: [['Foreign Minister', 'minister']],
    expect: ['WORKS_FOR Wang Yi -> China', 'WORKS_FOR Sergey Lavrov -> Russia'],
  },
  // No office named before: a counterpart of nothing says nothing.
  {
    lang: 'en',
    text: 'Gabriel Boric met his Argentine counterpart Javier Milei.',
    mentions: [person('Gabriel Boric'), adjective('Argentine', 'Argentina'), person('Javier Milei')],
    expect: ['MET_WITH Gabriel Boric -> Javier Milei'],
    absent: ['LEADER_OF Javier Milei -> Argentina'],
    partial: true,
  },
];

describeCases('relation rules: roles and appositions', cases);
