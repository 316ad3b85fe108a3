// Events and places: INTERVIEWED_BY, PARTICIPATES_IN (separable verbs), HELD_IN, ORGANIZED_BY,
// LOCATED_IN, CAPITAL_OF, PART_OF, with negatives.

import { adjective, city, coref, country, event, org, person, region } from './cases.js';
import type { Case } from './cases.js';
import { describeCases } from './run-cases.js';

const cases: Case[] = [
  {
    text: 'Das sagte er in einem Interview mit der internationalen Nachrichtenagentur Kazinform am Vorabend des SOZ-Gipfels in Astana.',
    mentions: [coref('er', 'Alexander Lukashenko'), org('Kazinform'), event('SOZ-Gipfels', 'SCO Summit'), org('SOZ', 'SCO'), city('Astana')],
    expect: ['INTERVIEWED_BY Alexander Lukashenko -> Kazinform', 'HELD_IN SCO Summit -> Astana', 'ORGANIZED_BY SCO Summit -> SCO'],
  },
  {
    lang: 'en',
    text: 'In an interview with Reuters, Tokayev said the talks had been constructive.',
    mentions: [org('Reuters'), person('Tokayev', 'Kassym-Jomart Tokayev')],
    expect: ['INTERVIEWED_BY Kassym-Jomart Tokayev -> Reuters'],
  },
  {
    lang: 'en',
    text: 'Finance Minister Maria Okonkwo told Bloomberg that the budget was on track.',
    mentions: [person('Maria Okonkwo'), org('Bloomberg')],
    expect: ['INTERVIEWED_BY Maria Okonkwo -> Bloomberg'],
  },
  {
    text: 'Das sagte Olaf Scholz der Nachrichtenagentur dpa am Rande des Gipfels.',
    mentions: [person('Olaf Scholz'), org('dpa')],
    expect: ['INTERVIEWED_BY Olaf Scholz -> dpa'],
  },
  {
    text: 'Kasachstan nimmt regelmäßig am internationalen Kunstfestival „Slawischer Basar in Witebsk“ teil.',
    mentions: [country('Kasachstan', 'Kazakhstan'), event('Slawischer Basar', 'Slavianski Bazaar'), city('Witebsk', 'Vitebsk')],
    expect: ['PARTICIPATES_IN Kazakhstan -> Slavianski Bazaar', 'HELD_IN Slavianski Bazaar -> Vitebsk'],
  },
  {
    text: 'Auch Usbekistan hat an der Expo 2025 in Osaka teilgenommen.',
    mentions: [country('Usbekistan', 'Uzbekistan'), event('Expo 2025'), city('Osaka')],
    expect: ['PARTICIPATES_IN Uzbekistan -> Expo 2025', 'HELD_IN Expo 2025 -> Osaka'],
  },
  {
    lang: 'en',
    text: 'More than 40 countries, including Kenya, will take part in the Africa Climate Summit.',
    mentions: [country('Kenya'), event('Africa Climate Summit')],
    expect: [],
  },
  {
    lang: 'en',
    text: 'Kenya will take part in the Africa Climate Summit in Nairobi.',
    mentions: [country('Kenya'), event('Africa Climate Summit'), city('Nairobi')],
    expect: ['PARTICIPATES_IN Kenya -> Africa Climate Summit', 'HELD_IN Africa Climate Summit -> Nairobi'],
  },
  {
    text: 'Die Münchner Sicherheitskonferenz findet jedes Jahr im Februar in München statt.',
    mentions: [event('Münchner Sicherheitskonferenz', 'Munich Security Conference'), city('München', 'Munich')],
    expect: ['HELD_IN Munich Security Conference -> Munich'],
  },
  {
    lang: 'en',
    text: 'The World Economic Forum will be held in Davos from January 20.',
    mentions: [event('World Economic Forum'), city('Davos')],
    expect: ['HELD_IN World Economic Forum -> Davos'],
  },
  {
    text: 'Das Forum „Digitale Seidenstraße“ wird von der UNESCO organisiert.',
    mentions: [event('Digitale Seidenstraße'), org('UNESCO')],
    expect: ['ORGANIZED_BY Digitale Seidenstraße -> UNESCO'],
  },
  {
    lang: 'en',
    text: 'The Astana International Forum, organised by the Foreign Ministry, opened on Monday.',
    mentions: [event('Astana International Forum'), org('Foreign Ministry')],
    expect: ['ORGANIZED_BY Astana International Forum -> Foreign Ministry'],
  },
  {
    text: 'Witebsk im Nordosten von Belarus ist für sein Festival bekannt.',
    mentions: [city('Witebsk', 'Vitebsk'), country('Belarus')],
    expect: ['LOCATED_IN Vitebsk -> Belarus'],
  },
  {
    lang: 'en',
    text: 'The Eurasian Development Bank, headquartered in Almaty, approved the loan.',
    mentions: [org('Eurasian Development Bank'), city('Almaty')],
    expect: ['LOCATED_IN Eurasian Development Bank -> Almaty'],
  },
  {
    text: 'Die Delegation reiste weiter nach Astana, die Hauptstadt Kasachstans.',
    mentions: [city('Astana'), country('Kasachstans', 'Kazakhstan')],
    expect: ['CAPITAL_OF Astana -> Kazakhstan'],
  },
  {
    text: 'In der kasachischen Hauptstadt Astana beginnt am Mittwoch der Gipfel.',
    mentions: [adjective('kasachischen', 'Kazakhstan'), city('Astana')],
    expect: ['CAPITAL_OF Astana -> Kazakhstan'],
  },
  {
    lang: 'en',
    text: 'Protests continued in Nairobi, the capital of Kenya, on Friday.',
    mentions: [city('Nairobi'), country('Kenya')],
    expect: ['CAPITAL_OF Nairobi -> Kenya'],
  },
  {
    lang: 'en',
    text: 'Crimea is part of Ukraine under international law.',
    mentions: [region('Crimea'), country('Ukraine')],
    expect: ['PART_OF Crimea -> Ukraine'],
  },
  // negatives
  {
    text: 'Er sprach über das Festival, Minsk sei bereit.',
    mentions: [coref('Er', 'Alexander Lukashenko'), city('Minsk')],
    expect: [],
  },
  {
    lang: 'en',
    text: 'Kenya did not take part in the Africa Climate Summit.',
    mentions: [country('Kenya'), event('Africa Climate Summit')],
    expect: [],
  },
  {
    text: 'Belarus, Kasachstan und Russland kritisierten den Beschluss.',
    mentions: [country('Belarus'), country('Kasachstan', 'Kazakhstan'), country('Russland', 'Russia')],
    expect: [],
  },
  {
    lang: 'en',
    text: 'Almaty, Astana and Shymkent are the largest cities.',
    mentions: [city('Almaty'), city('Astana'), city('Shymkent')],
    expect: [],
  },
  {
    text: 'Die Suwalki-Lücke liegt zwischen Belarus und der russischen Exklave Kaliningrad.',
    mentions: [country('Belarus'), adjective('russischen', 'Russia'), city('Kaliningrad')],
    expect: ['LOCATED_IN Kaliningrad -> Russia'],
  },
  {
    lang: 'en',
    text: 'Ferries link the mainland with the Tanzanian island of Zanzibar.',
    mentions: [adjective('Tanzanian', 'Tanzania'), region('Zanzibar')],
    expect: ['LOCATED_IN Zanzibar -> Tanzania'],
  },
];

describeCases('relation rules: events and places', cases);
