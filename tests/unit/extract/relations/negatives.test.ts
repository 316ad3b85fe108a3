// Traps: wishes and plans, negation, reported non-events, entities merely named in one sentence,
// months that look like modal verbs. Each row states exactly what must (not) come out.

import { city, country, event, org, person } from './cases.js';
import type { Case } from './cases.js';
import { describeCases } from './run-cases.js';

const cases: Case[] = [
  { lang: 'en', text: 'Serbia wants to join the EU by 2030.', mentions: [country('Serbia'), org('EU')], expect: [] },
  { lang: 'en', text: 'Belarus will join the SCO in July.', mentions: [country('Belarus'), org('SCO')], expect: ['MEMBER_OF Belarus -> SCO'] },
  { text: 'Serbien möchte der EU beitreten.', mentions: [country('Serbien', 'Serbia'), org('EU')], expect: [] },
  { text: 'Usbekistan will der WTO bis 2026 beitreten.', mentions: [country('Usbekistan', 'Uzbekistan'), org('WTO')], expect: [] },
  { lang: 'en', text: 'Tokayev in May visited Minsk for talks.', mentions: [person('Tokayev'), city('Minsk')], expect: ['VISITED Tokayev -> Minsk'] },
  { lang: 'en', text: 'Tokayev hopes to visit Minsk next year.', mentions: [person('Tokayev'), city('Minsk')], expect: [] },
  { lang: 'en', text: 'Erdogan did not attend the NATO summit in Vilnius.', mentions: [person('Erdogan'), event('NATO summit', 'NATO Summit'), city('Vilnius')], expect: ['HELD_IN NATO Summit -> Vilnius'] },
  { text: 'Russland und die Ukraine sind keine Partner mehr.', mentions: [country('Russland', 'Russia'), country('Ukraine')], expect: [] },
  { lang: 'en', text: 'The EU, NATO and the UN condemned the attack.', mentions: [org('EU'), org('NATO'), org('UN')], expect: [] },
  { lang: 'en', text: 'Trump met with reporters in Washington.', mentions: [person('Trump'), city('Washington')], expect: [] },
  { text: 'Kasachstan lehnt einen Beitritt zur NATO ab.', mentions: [country('Kasachstan', 'Kazakhstan'), org('NATO')], expect: [] },
  { text: 'Die EU will mit China über Handel sprechen.', mentions: [org('EU'), country('China')], expect: [] },
  { lang: 'en', text: "Kazakhstan's exports to China rose by a fifth.", mentions: [country('Kazakhstan'), country('China')], expect: ['TRADES_WITH Kazakhstan -> China'] },
  { text: 'Putin sagte, Lukaschenko habe Tokajew in Sotschi getroffen.', mentions: [person('Putin'), person('Lukaschenko'), person('Tokajew'), city('Sotschi', 'Sochi')], expect: ['MET_WITH Lukaschenko -> Tokajew'] },
  { lang: 'en', text: 'Minsk and Astana are 3,000 kilometres apart.', mentions: [city('Minsk'), city('Astana')], expect: [] },
  { text: 'Angola ist im Dezember aus der Opec ausgetreten.', mentions: [country('Angola'), org('Opec', 'OPEC')], expect: [] },
  { lang: 'en', text: 'Ukraine is not a member of NATO but a close partner.', mentions: [country('Ukraine'), org('NATO')], expect: [] },
  { text: 'Die Sängerin Anna Berg tritt beim Eurovision Song Contest in Basel nicht auf.', mentions: [person('Anna Berg'), event('Eurovision Song Contest'), city('Basel')], expect: ['HELD_IN Eurovision Song Contest -> Basel'] },
  { text: 'Kasachstan unterstützt Belarus und nicht die Ukraine.', mentions: [country('Kasachstan', 'Kazakhstan'), country('Belarus'), country('Ukraine')], expect: ['SUPPORTS Kazakhstan -> Belarus'] },
];

describeCases('relation rules: traps', cases);
