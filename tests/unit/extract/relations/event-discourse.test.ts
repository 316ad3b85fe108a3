// Events across sentences: "das Festival", "die WM", "the summit", "the event" refer to the one event
// a text names, anywhere before; rivals in a contest ("ahead of X", "after beating X", "im Finale
// gegen X") take part in it; organisers, hosts and the venue of the final said of the one event
// named; "the Spanish club" is the club whose name places it in Spain. Each with a case that must
// give nothing. End to end through extract().

import { extractInline } from '../../../helpers/extracted.js';
import type { Lang } from '../../../../src/types.js';

const run = extractInline;

const has = (text: string, lang: Lang, relation: string): boolean => run(text, lang).relations.includes(relation);

describe('event phrases refer to the one event the text names, however far back', () => {
  test('"das Festival" three sentences after the festival, and the rules see it', () => {
    const text =
      'Der Regisseur Pedro Almodóvar hat bei den Filmfestspielen von Venedig den Goldenen Löwen gewonnen. Die Jury lobte den Film. ' +
      'Der Preis ging an Spanien. Die Schauspielerin Tilda Swinton dankte der Jury. ' +
      'Das Festival am Lido ist das älteste der Welt und wird seit 1932 von der Biennale di Venezia veranstaltet.';
    const r = run(text, 'de');
    expect(r.mentions.get('Venice Film Festival')).toContain('Das Festival');
    expect(r.relations.some((x) => x.startsWith('ORGANIZED_BY Venice Film Festival ->'))).toBe(true);
  });
  test('two festivals named before: "das Festival" is no guess', () => {
    const text = 'Die Berlinale begann am Donnerstag. Der Regisseur hatte 2019 beim Filmfestival in Cannes gewonnen. Die Jury tagte. Ein Sprecher lobte das Festival.';
    expect([...run(text, 'de').mentions.values()].flat()).not.toContain('das Festival');
  });
  test('"die WM" and "the event" take the one tournament; "Die WM wurde von X, Y und Z ausgerichtet" names its hosts', () => {
    const de = run('Dänemark hat die Handball-Weltmeisterschaft gewonnen. Trainer Nikolaj Jacobsen jubelte. Die WM wurde gemeinsam von Kroatien, Dänemark und Norwegen ausgerichtet.', 'de');
    for (const host of ['Croatia', 'Denmark', 'Norway']) expect(de.relations).toContain(`HELD_IN World Men's Handball Championship -> ${host}`);
    const en = run('Arjun Menon won gold at the Chess Olympiad in Budapest. He had not lost a game. Hungary hosted the event for the first time since 1926.', 'en');
    expect(en.relations).toContain('HELD_IN Chess Olympiad -> Hungary');
  });
  test('English passive with hosts', () => {
    expect(has('The Africa Cup of Nations was co-hosted by Kenya, Uganda and Tanzania.', 'en', 'HELD_IN Africa Cup of Nations -> Uganda')).toBe(true);
    // A plain "was held by" is no host.
    expect(run('The Africa Cup of Nations was watched by Kenya.', 'en').relations.filter((x) => x.startsWith('HELD_IN'))).toEqual([]);
  });
});

describe('rivals take part in the contest', () => {
  test('"after beating X", "ahead of Georgian veteran X", "outsprinting X"', () => {
    const text =
      "Indian grandmaster Arjun Menon won gold at the Chess Olympiad on Sunday after beating Uzbekistan's Nodir Rashidov. " +
      'In the women’s section, China’s Lei Ting won on the top board, ahead of Georgian veteran Nana Dzagnidze.';
    const r = run(text, 'en');
    expect(r.relations).toContain('PARTICIPATES_IN Nodir Rashidov -> Chess Olympiad');
    expect(r.relations).toContain('PARTICIPATES_IN Nana Dzagnidze -> Chess Olympiad');
  });
  test('"ahead of talks with X" and a sentence without an event give nothing', () => {
    expect(run('Olaf Scholz attended the NATO summit. Ahead of talks with Vladimir Putin, he met Joe Biden.', 'en').relations.filter((x) => x.startsWith('PARTICIPATES_IN Vladimir Putin'))).toEqual([]);
    expect(run('Eliud Kipchoge trained in Kaptagat, ahead of Jacob Kiplimo.', 'en').relations.filter((x) => x.startsWith('PARTICIPATES_IN'))).toEqual([]);
  });
  test('two events in the sentence: no guess', () => {
    const r = run('Amos Kiprono won the Berlin Marathon, a month after the Boston Marathon, ahead of Jacob Kiplimo.', 'en');
    expect(r.relations.filter((x) => x.startsWith('PARTICIPATES_IN Jacob Kiplimo'))).toEqual([]);
  });
  test('"im Finale gegen X", "defended her title"', () => {
    expect(has('Spanien hat die Fußball-Europameisterschaft gewonnen. Im Finale gegen England siegte die Mannschaft mit 2:1.', 'de', 'PARTICIPATES_IN England -> UEFA European Championship')).toBe(true);
    expect(has('Tigist Alemu won the Boston Marathon again. She trained in Addis Ababa. In the women’s race, Tigist Alemu defended her title.', 'en', 'PARTICIPATES_IN Tigist Alemu -> Boston Marathon')).toBe(true);
  });
});

describe('organiser and venue of the final, said of the one event named', () => {
  test('"Veranstalter war die IHF" after the tournament; "Im Finale in Oslo"', () => {
    const r = run('Dänemark hat die Handball-Weltmeisterschaft gewonnen. Im Finale in Oslo besiegte die Mannschaft Kroatien. Veranstalter war die Internationale Handballföderation (IHF).', 'de');
    expect(r.relations).toContain("ORGANIZED_BY World Men's Handball Championship -> IHF");
    expect(r.relations).toContain("HELD_IN World Men's Handball Championship -> Oslo");
  });
  test('two events named before: the final in London is no guess', () => {
    const r = run('Real Madrid reached the Champions League final. The club has won the European Cup 14 times. UEFA president Aleksander Ceferin will attend the final in London.', 'en');
    expect(r.relations.filter((x) => x.startsWith('HELD_IN'))).toEqual([]);
  });
});

describe('a nationality in an organisation phrase', () => {
  test('"the Spanish club" is the club whose name places it in Spain, not the one named last', () => {
    const r = run('Real Madrid beat Bayern Munich on Wednesday. Real will face Borussia Dortmund in the final. Dortmund beat Paris Saint-Germain 2-0. The Spanish club has won the European Cup 14 times.', 'en');
    expect(r.mentions.get('Real Madrid')).toContain('The Spanish club');
    expect(r.mentions.get('Borussia Dortmund')).not.toContain('The Spanish club');
    expect(r.relations).toContain('WON Real Madrid -> European Cup');
  });
  test('no club of that country: the phrase stays unresolved rather than taking a foreign one', () => {
    const r = run('Borussia Dortmund beat Paris Saint-Germain 2-0 on Tuesday. The Italian club has won the cup twice.', 'en');
    expect([...r.mentions.values()].flat()).not.toContain('The Italian club');
  });
});

describe('an event named after its town', () => {
  test('"Boston Marathon" is held in Boston when the text names Boston too', () => {
    expect(has('Daniel Kiprop won the Boston Marathon on Monday. "Boston is a hard course," he said.', 'en', 'HELD_IN Boston Marathon -> Boston')).toBe(true);
    expect(has('Die Leipziger Buchmesse öffnet am Donnerstag. In Leipzig werden 2000 Aussteller erwartet.', 'de', 'HELD_IN Leipzig Book Fair -> Leipzig')).toBe(true);
  });
  test('no town named on its own, a country, or a rally: nothing', () => {
    expect(run('Daniel Kiprop won the Boston Marathon on Monday.', 'en').relations.filter((x) => x.startsWith('HELD_IN'))).toEqual([]);
    expect(run('Carlos Sainz won the Dakar Rally. He started in Dakar years ago.', 'en').relations.filter((x) => x.startsWith('HELD_IN'))).toEqual([]);
  });
});

describe('one-word German events, organisers in a relative clause, riders', () => {
  test('"das Bachfest Leipzig" is an event held in Leipzig, and "Das Festival" refers to it; "Klimagipfel" alone is no event', () => {
    const r = run('Das Bachfest Leipzig hat so viele Besucher angelockt wie nie. In Leipzig spielten 160 Ensembles. Das Festival fand zum 25. Mal statt.', 'de');
    expect(r.mentions.get('Bachfest Leipzig')).toEqual(['Bachfest Leipzig', 'Das Festival']);
    expect(r.relations).toContain('HELD_IN Bachfest Leipzig -> Leipzig');
    expect([...run('Der Klimagipfel beginnt am Montag in Bonn.', 'de').mentions.keys()]).not.toContain('Klimagipfel');
  });
  test('"ASO, which also runs the Dakar Rally"; no organiser without the verb', () => {
    expect(has('The race is organised by Amaury Sport Organisation (ASO), which also runs the Dakar Rally.', 'en', 'ORGANIZED_BY Dakar Rally -> Amaury Sport Organisation')).toBe(true);
    expect(run('The UN, which said the Dakar Rally was fine, agreed.', 'en').relations.filter((x) => x.startsWith('ORGANIZED_BY'))).toEqual([]);
  });
  test('"X, who rides for Y" is a member of the team', () => {
    expect(has('Tadej Pogacar, who rides for UAE Team Emirates, won the stage.', 'en', 'MEMBER_OF Tadej Pogacar -> UAE Team Emirates')).toBe(true);
  });
});

test('the head of the one event a text names: "Festivalleiterin X", "Intendant X", "festival director X"; two events: no guess', () => {
  expect(has('Die Berlinale endete am Sonntag. Festivalleiterin Sabine Hartwig zog eine positive Bilanz.', 'de', 'LEADER_OF Sabine Hartwig -> Berlinale')).toBe(true);
  expect(has('The Berlinale ended on Sunday. Festival director Sabine Hartwig was pleased.', 'en', 'LEADER_OF Sabine Hartwig -> Berlinale')).toBe(true);
  const two = run('Die Berlinale endete am Sonntag. Der Regisseur hatte beim Filmfestival in Cannes gewonnen. Festivalleiterin Sabine Hartwig zog Bilanz.', 'de');
  expect(two.relations.filter((x) => x.startsWith('LEADER_OF Sabine Hartwig'))).toEqual([]);
  // "Director X" alone heads no event.
  expect(run('The NATO summit ended on Sunday. Director John Smith was pleased.', 'en').relations.filter((x) => x.startsWith('LEADER_OF'))).toEqual([]);
});
