// Partnership (PARTNER_OF) and trade (TRADES_WITH): lists, "zwischen/between", hyphen compounds of
// adjectives, export/import verbs; negatives for neighbours, a lone country and negation.

import { adjective, country, org, person } from './cases.js';
import type { Case } from './cases.js';
import { describeCases } from './run-cases.js';

const cases: Case[] = [
  {
    text: 'Alexander Lukaschenko erinnerte daran, dass die engen belarussisch-kasachischen Beziehungen seit Jahrzehnten bestehen.',
    mentions: [person('Alexander Lukaschenko', 'Alexander Lukashenko'), adjective('belarussisch', 'Belarus'), adjective('kasachischen', 'Kazakhstan')],
    expect: ['PARTNER_OF Belarus -> Kazakhstan'],
  },
  {
    text: 'Die Zusammenarbeit zwischen Usbekistan und Tadschikistan hat sich deutlich verbessert.',
    mentions: [country('Usbekistan', 'Uzbekistan'), country('Tadschikistan', 'Tajikistan')],
    expect: ['PARTNER_OF Uzbekistan -> Tajikistan'],
  },
  {
    text: 'Polen und Litauen sind enge Verbündete.',
    mentions: [country('Polen', 'Poland'), country('Litauen', 'Lithuania')],
    expect: ['PARTNER_OF Poland -> Lithuania'],
  },
  {
    text: 'Vietnam will die Kooperation mit Japan im Energiesektor ausbauen.',
    mentions: [country('Vietnam'), country('Japan')],
    expect: ['PARTNER_OF Vietnam -> Japan'],
  },
  {
    lang: 'en',
    text: 'Kenya and Ethiopia are long-standing partners in the region.',
    mentions: [country('Kenya'), country('Ethiopia')],
    expect: ['PARTNER_OF Kenya -> Ethiopia'],
  },
  {
    lang: 'en',
    text: 'The minister praised the growing partnership between Brazil, Argentina and Chile.',
    mentions: [country('Brazil'), country('Argentina'), country('Chile')],
    expect: ['PARTNER_OF Brazil -> Argentina', 'PARTNER_OF Brazil -> Chile', 'PARTNER_OF Argentina -> Chile'],
  },
  {
    lang: 'en',
    text: 'Kazakh-Belarusian relations have never been better, the diplomat said.',
    mentions: [adjective('Kazakh', 'Kazakhstan'), adjective('Belarusian', 'Belarus')],
    expect: ['PARTNER_OF Kazakhstan -> Belarus'],
  },
  {
    text: 'Der Handelsumsatz zwischen Belarus und Kasachstan erreichte eine Milliarde Dollar.',
    mentions: [country('Belarus'), country('Kasachstan', 'Kazakhstan')],
    expect: ['TRADES_WITH Belarus -> Kazakhstan'],
  },
  {
    text: 'Belarus exportiert vor allem Milchprodukte und Traktoren nach Kasachstan.',
    mentions: [country('Belarus'), country('Kasachstan', 'Kazakhstan')],
    expect: ['TRADES_WITH Belarus -> Kazakhstan'],
  },
  {
    text: 'Der deutsch-chinesische Handel ist im ersten Quartal geschrumpft.',
    mentions: [adjective('deutsch', 'Germany'), adjective('chinesische', 'China')],
    expect: ['TRADES_WITH Germany -> China'],
  },
  {
    lang: 'en',
    text: 'Trade between China and Brazil rose by 12 percent last year.',
    mentions: [country('China'), country('Brazil')],
    expect: ['TRADES_WITH China -> Brazil'],
  },
  {
    lang: 'en',
    text: 'Chile exports copper and lithium to South Korea.',
    mentions: [country('Chile'), country('South Korea')],
    expect: ['TRADES_WITH Chile -> South Korea'],
  },
  {
    lang: 'en',
    text: 'Egypt imported record volumes of wheat from Russia in May.',
    mentions: [country('Egypt'), country('Russia')],
    expect: ['TRADES_WITH Egypt -> Russia'],
  },
  // negatives
  {
    text: 'Belarus und Kasachstan sind Nachbarn Russlands.',
    mentions: [country('Belarus'), country('Kasachstan', 'Kazakhstan'), country('Russlands', 'Russia')],
    expect: [],
  },
  {
    text: 'Die Zusammenarbeit mit der Ukraine wurde ausgesetzt, teilte Belarus mit.',
    mentions: [country('Ukraine'), country('Belarus')],
    expect: [],
  },
  {
    lang: 'en',
    text: 'There is no trade between North Korea and South Korea.',
    mentions: [country('North Korea'), country('South Korea')],
    expect: [],
  },
  {
    text: 'Kasachstan exportiert Getreide, und Belarus liefert Maschinen an die EU.',
    mentions: [country('Kasachstan', 'Kazakhstan'), country('Belarus'), org('EU')],
    expect: [],
  },
  {
    text: 'Polen und Litauen wollen bei der Verteidigung enger zusammenarbeiten.',
    mentions: [country('Polen', 'Poland'), country('Litauen', 'Lithuania')],
    expect: ['PARTNER_OF Lithuania -> Poland'],
  },
  {
    text: 'Kenia und Tansania arbeiten beim Handel eng zusammen.',
    mentions: [country('Kenia', 'Kenya'), country('Tansania', 'Tanzania')],
    expect: ['PARTNER_OF Kenya -> Tanzania'],
  },
  {
    lang: 'en',
    text: 'Ghana and Togo will cooperate more closely on security.',
    mentions: [country('Ghana'), country('Togo')],
    expect: ['PARTNER_OF Ghana -> Togo'],
  },
  // Negated, and one country alone.
  {
    text: 'Serbien und Kosovo wollen nicht zusammenarbeiten.',
    mentions: [country('Serbien', 'Serbia'), country('Kosovo')],
    expect: [],
  },
  {
    lang: 'en',
    text: 'Ghana will cooperate with investors.',
    mentions: [country('Ghana')],
    expect: [],
  },
  {
    text: 'Der Konzern Volkswagen arbeitet bei Rohstoffen mit dem belgischen Unternehmen Umicore zusammen.',
    mentions: [org('Volkswagen'), adjective('belgischen', 'Belgium'), org('Umicore')],
    expect: ['PARTNER_OF Umicore -> Volkswagen'],
    partial: true,
  },
  {
    lang: 'en',
    text: 'Volkswagen has teamed up with the Belgian company Umicore.',
    mentions: [org('Volkswagen'), adjective('Belgian', 'Belgium'), org('Umicore')],
    expect: ['PARTNER_OF Umicore -> Volkswagen'],
    partial: true,
  },
  {
    lang: 'en',
    text: 'Kenya does not cooperate with Somalia.',
    mentions: [country('Kenya'), country('Somalia')],
    expect: [],
  },
];

describeCases('relation rules: partnership and trade', cases);
