// Membership (MEMBER_OF), incl. coordination lists, separable verbs, clause-final verbs and negation.

import { adjective, country, org } from './cases.js';
import type { Case } from './cases.js';
import { describeCases } from './run-cases.js';

const BY = country('Belarus');
const KZ = country('Kasachstan', 'Kazakhstan');

const cases: Case[] = [
  {
    text: 'Belarus und Kasachstan sind Partner in der EAWU, der GUS und der OVKS.',
    mentions: [BY, KZ, org('EAWU', 'EAEU'), org('GUS', 'CIS'), org('OVKS', 'CSTO')],
    expect: [
      'MEMBER_OF Belarus -> EAEU', 'MEMBER_OF Belarus -> CIS', 'MEMBER_OF Belarus -> CSTO',
      'MEMBER_OF Kazakhstan -> EAEU', 'MEMBER_OF Kazakhstan -> CIS', 'MEMBER_OF Kazakhstan -> CSTO',
      'PARTNER_OF Belarus -> Kazakhstan',
    ],
  },
  {
    text: 'Armenien ist seit 2015 Mitglied der Eurasischen Wirtschaftsunion.',
    mentions: [country('Armenien', 'Armenia'), org('Eurasischen Wirtschaftsunion', 'EAEU')],
    expect: ['MEMBER_OF Armenia -> EAEU'],
  },
  {
    text: 'Es ist wichtig, dass Belarus im Jahr der kasachischen Präsidentschaft Vollmitglied der SOZ wird.',
    mentions: [BY, adjective('kasachischen', 'Kazakhstan'), org('SOZ', 'SCO')],
    expect: ['MEMBER_OF Belarus -> SCO', 'CHAIRS Kazakhstan -> SCO'],
  },
  {
    text: 'Schweden tritt nach langem Ringen der NATO bei.',
    mentions: [country('Schweden', 'Sweden'), org('NATO')],
    expect: ['MEMBER_OF Sweden -> NATO'],
  },
  {
    text: 'Finnland ist im April 2023 der NATO beigetreten.',
    mentions: [country('Finnland', 'Finland'), org('NATO')],
    expect: ['MEMBER_OF Finland -> NATO'],
  },
  {
    text: 'Der Beitritt Irans zur SOZ wurde in Samarkand beschlossen.',
    mentions: [country('Irans', 'Iran'), org('SOZ', 'SCO')],
    expect: ['MEMBER_OF Iran -> SCO'],
  },
  {
    text: 'Die NATO-Mitglieder Polen und Litauen verstärken ihre Grenzen.',
    mentions: [org('NATO'), country('Polen', 'Poland'), country('Litauen', 'Lithuania')],
    expect: ['MEMBER_OF Poland -> NATO', 'MEMBER_OF Lithuania -> NATO'],
  },
  {
    lang: 'en',
    text: 'Kazakhstan is a founding member of the SCO and the CSTO.',
    mentions: [country('Kazakhstan'), org('SCO'), org('CSTO')],
    expect: ['MEMBER_OF Kazakhstan -> SCO', 'MEMBER_OF Kazakhstan -> CSTO'],
  },
  {
    lang: 'en',
    text: 'Finland joined NATO in April 2023, ending decades of neutrality.',
    mentions: [country('Finland'), org('NATO')],
    expect: ['MEMBER_OF Finland -> NATO'],
  },
  {
    lang: 'en',
    text: 'SCO members India and Pakistan held separate talks with the host.',
    mentions: [org('SCO'), country('India'), country('Pakistan')],
    expect: ['MEMBER_OF India -> SCO', 'MEMBER_OF Pakistan -> SCO'],
  },
  // negatives
  {
    text: 'Belarus und Kasachstan sind Nachbarn der Russischen Föderation.',
    mentions: [BY, KZ, country('Russischen Föderation', 'Russia')],
    expect: [],
  },
  {
    text: 'Belarus ist kein Mitglied der NATO.',
    mentions: [BY, org('NATO')],
    expect: [],
  },
  {
    lang: 'en',
    text: 'Serbia is not a member of the EU.',
    mentions: [country('Serbia'), org('EU')],
    expect: [],
  },
  {
    text: 'Russland begrüßte, dass Belarus Vollmitglied der SOZ wird.',
    mentions: [country('Russland', 'Russia'), BY, org('SOZ', 'SCO')],
    expect: ['MEMBER_OF Belarus -> SCO'],
  },
  {
    text: 'Kasachstan sprach mit der EU, Belarus ist Mitglied der GUS.',
    mentions: [KZ, org('EU'), BY, org('GUS', 'CIS')],
    expect: ['MEMBER_OF Belarus -> CIS'],
  },
  {
    lang: 'en',
    text: 'Belarus is a partner of the EU in border management.',
    mentions: [country('Belarus'), org('EU')],
    expect: ['PARTNER_OF Belarus -> EU'],
  },
  {
    lang: 'en',
    text: 'Kazakhstan also belongs to the Eurasian Economic Union and the CSTO.',
    mentions: [country('Kazakhstan'), org('Eurasian Economic Union', 'EAEU'), org('CSTO')],
    expect: ['MEMBER_OF Kazakhstan -> EAEU', 'MEMBER_OF Kazakhstan -> CSTO'],
  },
  // Not membership: a region belongs to a country (PART_OF), and a negated one.
  {
    lang: 'en',
    text: 'Kazakhstan does not belong to the European Union.',
    mentions: [country('Kazakhstan'), org('European Union', 'EU')],
    expect: [],
  },
];

describeCases('relation rules: membership', cases);
