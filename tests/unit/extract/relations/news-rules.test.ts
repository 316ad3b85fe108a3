// The rules of relation-rules-news.ts and the role/KB data they lean on, through the whole extractor:
// each sentence must give the relation, each near miss must not.

import { extract } from '../../../../src/extract/extract.js';
import type { Lang } from '../../../../src/types.js';

function relations(text: string, lang: Lang): string[] {
  const ex = extract({ id: 't', source: 't.txt', lang, text });
  const name = new Map(ex.entities.map((e) => [e.id, e.name]));
  return ex.relations.map((r) => {
    const [a, b] = [name.get(r.source) ?? r.source, name.get(r.target) ?? r.target];
    return r.type === 'MET_WITH' || r.type === 'PARTNER_OF' ? `${[a, b].sort().join(` ${r.type} `)}` : `${a} ${r.type} ${b}`;
  });
}

test.each([
  ['en', 'Viktor Orban visited the playing hall on Saturday and met Arkady Dvorkovich and several team captains.', 'Arkady Dvorkovich MET_WITH Viktor Orbán'],
  ['de', 'Der König Frederik war eigens nach Oslo gereist und traf sich vor dem Anpfiff mit Hassan Moustafa.', 'Frederik MET_WITH Hassan Moustafa'],
  ['en', 'Arjun Menon won the individual gold medal at the Chess Olympiad in Budapest.', 'Arjun Menon WON Chess Olympiad'],
  ['de', 'Dänemark hat zum vierten Mal in Folge die Handball-Weltmeisterschaft gewonnen.', "Denmark WON World Men's Handball Championship"],
  ['en', 'TSMC is building a second plant in Kumamoto together with Sony and Denso.', 'Sony PARTNER_OF TSMC'],
  ['en', 'TSMC is building a second plant in Kumamoto together with Sony and Denso.', 'Denso PARTNER_OF TSMC'],
  ['de', 'Airbus baut gemeinsam mit Siemens ein Werk in Hamburg.', 'Airbus PARTNER_OF Siemens'],
  ['de', 'Mikkel Sørensen spielt seit 2022 für den FC Barcelona.', 'Mikkel Sørensen MEMBER_OF FC Barcelona'],
  ['en', 'Maria Lopez, who plays for the Shanghai club Jinjiang Stars, said she was happy.', 'Maria Lopez MEMBER_OF Jinjiang Stars'],
  ['en', 'Maria Lopez, who plays for the Shanghai club Jinjiang Stars, said she was happy.', 'Jinjiang Stars LOCATED_IN Shanghai'],
  ['en', 'Indian grandmaster Arjun Menon beat Georgian veteran Nana Dzagnidze.', 'Arjun Menon CITIZEN_OF India'],
  ['en', 'Indian grandmaster Arjun Menon beat Georgian veteran Nana Dzagnidze.', 'Nana Dzagnidze CITIZEN_OF Georgia'],
  ['de', 'Bester Werfer war der dänische Rückraumspieler Mikkel Sørensen.', 'Mikkel Sørensen CITIZEN_OF Denmark'],
  ['en', 'The tournament was organised by the Lausanne-based International Chess Federation.', 'FIDE LOCATED_IN Lausanne'],
  ['en', 'Ursula von der Leyen travelled to Kyiv, where she met Volodymyr Zelensky.', 'Ursula von der Leyen MET_WITH Volodymyr Zelensky'],
  ['de', 'Der Kenianer Daniel Kiprop gewann das Rennen.', 'Daniel Kiprop CITIZEN_OF Kenya'],
  ['en', 'On Monday, Samuel Okafor joined Galatasaray from Tottenham Hotspur.', 'Samuel Okafor MEMBER_OF Galatasaray'],
  ['de', 'In Neu-Delhi kam Scholz mit Premierminister Narendra Modi zusammen.', 'Narendra Modi MET_WITH Olaf Scholz'],
  ['de', 'Olaf Scholz kam am Montag mit Narendra Modi zusammen.', 'Narendra Modi MET_WITH Olaf Scholz'],
  ['de', 'Olaf Scholz hatte zuvor Japan besucht.', 'Olaf Scholz VISITED Japan'],
  ['de', 'Japan richtet die Expo 2025 in Osaka aus.', '2025 World Expo HELD_IN Japan'],
  ['en', 'Germany is the largest donor to UNRWA.', 'Germany SUPPORTS UNRWA'],
  ['en', 'The US provided $500 million in military aid to Ukraine.', 'United States SUPPORTS Ukraine'],
  ['de', 'Die USA stellen der Ukraine 500 Millionen Dollar zur Verfügung.', 'United States SUPPORTS Ukraine'],
  ['de', 'Deutschland liefert weitere Waffen an die Ukraine.', 'Germany SUPPORTS Ukraine'],
  ['en', 'Siemens Energy is a subsidiary of Siemens.', 'Siemens Energy PART_OF Siemens'],
  ['en', 'Audi, a unit of Volkswagen, said sales rose.', 'Audi PART_OF Volkswagen'],
  ['en', 'The WHO is a UN agency.', 'WHO PART_OF UN'],
  ['en', 'Instagram, owned by Meta Platforms, said.', 'Instagram PART_OF Meta Platforms'],
  ['de', 'Audi gehört zum Volkswagen-Konzern.', 'Audi PART_OF Volkswagen'],
  ['de', 'Siemens Energy, eine Tochter von Siemens, meldete Verluste.', 'Siemens Energy PART_OF Siemens'],
  ['de', 'Die Fabrik soll von der VW-Tochter PowerCo betrieben werden.', 'PowerCo PART_OF Volkswagen'],
  ['de', 'Finanziert wird der Bau von der Hamburger Commerzbank-Tochter Nordkredit.', 'Nordkredit PART_OF Commerzbank'],
  ['en', 'Peter Roe said. Peter Roe, who works for Airbus, said.', 'Peter Roe WORKS_FOR Airbus'],
  ['de', 'Peter Roe sagte. Peter Roe, der für Airbus arbeitet, sagte.', 'Peter Roe WORKS_FOR Airbus'],
  ['de', 'Mark Rutte ist seit Oktober Nato-Generalsekretär.', 'Mark Rutte LEADER_OF NATO'],
  ['de', 'Alexander Lukaschenko ist am Donnerstag zum Gipfel der Eurasischen Wirtschaftsunion (EAWU) nach Bischkek gereist.', 'Alexander Lukashenko PARTICIPATES_IN EAEU Summit'],
  ['de', 'Alexander Lukaschenko ist am Donnerstag zum Gipfel der Eurasischen Wirtschaftsunion (EAWU) nach Bischkek gereist.', 'EAEU Summit HELD_IN Bishkek'],
  ['de', 'Olaf Scholz reiste am Montag zum G20-Gipfel nach Rio de Janeiro.', 'Olaf Scholz PARTICIPATES_IN G20 Summit'],
  ['en', 'Alexander Lukashenko travelled to Bishkek on Thursday for the EAEU summit.', 'Alexander Lukashenko PARTICIPATES_IN EAEU Summit'],
  ['en', 'William Ruto arrived in Baku for the COP29 climate conference.', 'UN Climate Change Conference HELD_IN Baku'],
  ['de', 'Olaf Scholz reiste am Montag nach Paris.', 'Olaf Scholz VISITED Paris'],
  ['en', 'The EAEU summit was chaired by Sadyr Japarov.', 'Sadyr Japarov CHAIRS EAEU Summit'],
  ['de', 'Der EAWU-Gipfel fand unter dem Vorsitz von Sadyr Dschaparow statt.', 'Sadyr Japarov CHAIRS EAEU Summit'],
  ['en', 'The Paris Olympics drew millions.', 'Olympic Games HELD_IN Paris'],
  ['en', 'Tigist Alemu finished third in the Boston Marathon.', 'Tigist Alemu PARTICIPATES_IN Boston Marathon'],
  ['en', 'The company Airbus, whose headquarters are in Toulouse, said.', 'Airbus LOCATED_IN Toulouse'],
  ['de', 'Die Lufthansa, deren Zentrale sich in Köln befindet, meldete Gewinne.', 'Lufthansa LOCATED_IN Cologne'],
  ['de', 'Frank-Walter Steinmeier ist in Vietnam eingetroffen. In Hanoi wurde Steinmeier am Dienstag von Staatspräsident Luong Cuong mit militärischen Ehren empfangen.', 'Frank-Walter Steinmeier VISITED Hanoi'],
  ['en', 'In Hanoi, Frank-Walter Steinmeier was received by President Luong Cuong.', 'Frank-Walter Steinmeier VISITED Hanoi'],
  ['en', 'Turkey, a NATO member, sent President Recep Tayyip Erdogan to the expanded session.', 'Recep Tayyip Erdoğan LEADER_OF Turkey'],
  ['en', 'India was represented by Foreign Minister Subrahmanyam Jaishankar.', 'Subrahmanyam Jaishankar WORKS_FOR India'],
  ['de', 'Indien wurde von Außenminister Subrahmanyam Jaishankar vertreten.', 'Subrahmanyam Jaishankar WORKS_FOR India'],
  ['en', "Taiwan's TSMC, the world's largest contract chipmaker, is building a second plant in Kumamoto together with Sony and Denso.", 'Sony PARTNER_OF TSMC'],
  ['de', 'Mikkel Sørensen spielt seit 2022 für den THW Kiel.', 'Mikkel Sørensen MEMBER_OF THW Kiel'],
] as const)('%s: %s -> %s', (lang, text, expected) => {
  expect(relations(text, lang)).toContain(expected);
});

test.each([
  ['en', 'Viktor Orban visited the hall and Arkady Dvorkovich met the captains.', 'Arkady Dvorkovich MET_WITH Viktor Orbán'],
  ['de', 'Der König Frederik war nach Oslo gereist, und Hassan Moustafa traf die Spieler.', 'Frederik MET_WITH Hassan Moustafa'],
  ['en', 'Arjun Menon won a silver medal at the Chess Olympiad in Budapest.', 'Arjun Menon WON Chess Olympiad'],
  ['de', 'Dänemark hat die Handball-Weltmeisterschaft nicht gewonnen.', "Denmark WON World Men's Handball Championship"],
  ['en', 'TSMC is expanding, and Sony is building a plant together with Denso.', 'Denso PARTNER_OF TSMC'],
  ['de', 'Mikkel Sørensen spielt am Sonntag gegen den FC Barcelona.', 'Mikkel Sørensen MEMBER_OF FC Barcelona'],
  ['en', 'Maria Lopez, who played against the Shanghai club Jinjiang Stars, said she was happy.', 'Maria Lopez MEMBER_OF Jinjiang Stars'],
  ['en', 'Ursula von der Leyen travelled to Kyiv, where Volodymyr Zelensky met the press.', 'Ursula von der Leyen MET_WITH Volodymyr Zelensky'],
  ['de', 'Der Kenianer schlug Daniel Kiprop im Finale.', 'Daniel Kiprop CITIZEN_OF Kenya'],
  ['en', 'On Monday, Samuel Okafor joined Galatasaray from Tottenham Hotspur.', 'Samuel Okafor MEMBER_OF Tottenham Hotspur'],
  ['de', 'Olaf Scholz kam am Montag mit dem Zug, Narendra Modi blieb zusammen mit Beratern.', 'Narendra Modi MET_WITH Olaf Scholz'],
  ['de', 'Olaf Scholz hatte zuvor Japan gelobt und nicht besucht.', 'Olaf Scholz VISITED Japan'],
  ['de', 'Japan richtet sich auf die Expo 2025 in Osaka ein.', '2025 World Expo HELD_IN Japan'],
  ['en', 'Germany is the largest donor, and UNRWA welcomed it.', 'Germany SUPPORTS UNRWA'],
  ['en', 'The US provided $500 million in military aid, Ukraine said.', 'United States SUPPORTS Ukraine'],
  ['de', 'Deutschland liefert Gas an die Ukraine.', 'Germany SUPPORTS Ukraine'],
  ['de', 'Die VW-Tochter zahlte, Siemens Energy nicht.', 'Siemens Energy PART_OF Volkswagen'],
  ['en', 'Siemens Energy is a rival of Siemens.', 'Siemens Energy PART_OF Siemens'],
  ['en', 'The WHO is a leading agency, the UN said.', 'WHO PART_OF UN'],
  ['en', 'Audi, which Volkswagen owns by now, said.', 'Audi PART_OF Volkswagen'],
  ['de', 'Audi gehört zu den Kunden von Volkswagen.', 'Audi PART_OF Volkswagen'],
  ['en', 'Peter Roe said. Peter Roe, who worked with Airbus engineers, said.', 'Peter Roe WORKS_FOR Airbus'],
  ['de', 'Mark Rutte ist ein Kritiker der Nato.', 'Mark Rutte LEADER_OF NATO'],
  ['en', 'William Ruto arrived in Baku on Monday, a day after the COP29 climate conference ended.', 'William Ruto PARTICIPATES_IN UN Climate Change Conference'],
  ['de', 'Nach dem G20-Gipfel reiste Olaf Scholz nach Berlin zurück.', 'Olaf Scholz VISITED Berlin'],
  ['de', 'Nach dem G20-Gipfel reiste Olaf Scholz nach Berlin zurück.', 'Olaf Scholz PARTICIPATES_IN G20 Summit'],
  ['en', 'The EAEU summit was praised by Sadyr Japarov.', 'Sadyr Japarov CHAIRS EAEU Summit'],
  ['en', 'Paris officials said the Olympic Games in Los Angeles will be big.', 'Olympic Games HELD_IN Paris'],
  ['en', 'Tigist Alemu finished training in Boston before the Boston Marathon.', 'Tigist Alemu PARTICIPATES_IN Boston Marathon'],
  ['en', 'Airbus, whose chief visited Toulouse, said.', 'Airbus LOCATED_IN Toulouse'],
  ['de', 'In Hanoi wurde Frank-Walter Steinmeier am Dienstag kritisiert.', 'Frank-Walter Steinmeier VISITED Hanoi'],
  ['en', 'Turkey criticised President Joe Biden on Monday.', 'Joe Biden LEADER_OF Turkey'],
  ['en', 'Turkey sent a letter to President Joe Biden.', 'Joe Biden LEADER_OF Turkey'],
] as const)('%s: %s -/-> %s', (lang, text, absent) => {
  expect(relations(text, lang)).not.toContain(absent);
});
