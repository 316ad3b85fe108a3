// Clause coreference (src/extract/mentions/clause-coref.ts) through the whole extractor: relative
// pronouns, age phrases and subjects left out after "und"/"and" become mentions the relation rules
// see; appositions, reported speech, prepositions and plural or wrong-gender antecedents give none.

import { extract } from '../../../../src/extract/extract.js';
import type { Lang } from '../../../../src/types.js';

function run(text: string, lang: Lang): { mentions: Map<string, string[]>; relations: string[] } {
  const ex = extract({ id: 't', source: 't.txt', lang, text });
  const name = new Map(ex.entities.map((e) => [e.id, e.name]));
  return {
    mentions: new Map(ex.entities.map((e) => [e.name, e.mentions.map((m) => m.text)])),
    relations: ex.relations.map((r) => {
      const ends = [name.get(r.source) ?? r.source, name.get(r.target) ?? r.target];
      if (r.type === 'MET_WITH' || r.type === 'PARTNER_OF') ends.sort();
      return `${r.type} ${ends[0]} -> ${ends[1]}`;
    }),
  };
}

describe('relative pronouns', () => {
  test('German: "<name>, der ... <verb>," is a mention of the name; the clause-final rules see it', () => {
    const de = run('Kassym-Jomart Tokajew, der seit 2019 Präsident Kasachstans ist, reiste nach Minsk.', 'de');
    expect(de.mentions.get('Kassym-Jomart Tokayev')).toContain('der');
    expect(de.relations).toContain('LEADER_OF Kassym-Jomart Tokayev -> Kazakhstan');
    expect(run('Die Commerzbank, die in Frankfurt sitzt, meldete Gewinne.', 'de').relations).toContain('LOCATED_IN Commerzbank -> Frankfurt');
  });
  test('German: an apposition ("Scholz, der Kanzler, ...") and reported speech ("..., der Handel sei ...") are no relative clauses', () => {
    expect(run('Olaf Scholz, der Bundeskanzler, reiste nach Paris.', 'de').mentions.get('Olaf Scholz')).not.toContain('der');
    const reported = run('Das sagte Tokajew der Agentur BelTA, der deutsche Handel sei stark gewachsen.', 'de');
    expect(reported.mentions.get('BelTA')).not.toContain('der');
    // "die" cannot refer to a man.
    expect(run('Olaf Scholz, die seit Jahren in Potsdam wohnt, sprach.', 'de').mentions.get('Olaf Scholz')).not.toContain('die');
  });
  test('English: "who" after a person, "which" after anything else; not after a preposition', () => {
    const who = run('Ursula von der Leyen, who visited Kyiv on Monday, said the plan was ready.', 'en');
    expect(who.relations).toContain('VISITED Ursula von der Leyen -> Kyiv');
    const which = run('Siemens, which is based in Munich, raised its forecast.', 'en');
    expect(which.mentions.get('Siemens')).toContain('which');
    // "the spokesman of X, who ...": "who" is the spokesman.
    expect(run('The spokesman of Olaf Scholz, who visited Kyiv on Monday, said so.', 'en').relations).not.toContain('VISITED Olaf Scholz -> Kyiv');
  });
});

describe('age phrases', () => {
  test('"Der 44-Jährige" / "the 44-year-old" is the person just named, of the gender the article shows', () => {
    const de = run('Anna Berg führte die Verhandlungen. Die 44-Jährige ist seit 2021 Chefin von Siemens.', 'de');
    expect(de.mentions.get('Anna Berg')).toContain('44-Jährige');
    expect(de.relations).toContain('LEADER_OF Anna Berg -> Siemens');
    const en = run('Peter Roe spoke first. The 63-year-old visited Kyiv on Monday.', 'en');
    expect(en.relations).toContain('VISITED Peter Roe -> Kyiv');
  });
  test('a gender that does not fit, or a name right after the phrase: no mention', () => {
    const wrong = run('Thomas Albers führte die Verhandlungen. Die 44-Jährige ist seit 2021 Chefin von Siemens.', 'de');
    expect(wrong.relations).not.toContain('LEADER_OF Thomas Albers -> Siemens');
    const named = run('Olaf Scholz spoke first. The 26-year-old striker Mikkel Hansen visited Kyiv.', 'en');
    expect(named.relations).not.toContain('VISITED Olaf Scholz -> Kyiv');
  });
});

describe('subjects left out after "und"/"and"', () => {
  test('the opening subject also does what the second verb says', () => {
    expect(run('Olaf Scholz met Emmanuel Macron and visited Kyiv on Monday.', 'en').relations).toEqual(
      expect.arrayContaining(['VISITED Olaf Scholz -> Kyiv']));
    expect(run('Olaf Scholz met Emmanuel Macron and visited Kyiv on Monday.', 'en').relations).not.toContain('VISITED Emmanuel Macron -> Kyiv');
    expect(run('Annalena Baerbock kam am Montag nach Kiew und traf dort Präsident Wolodymyr Selenskyj.', 'de').relations).toContain(
      'MET_WITH Annalena Baerbock -> Volodymyr Zelensky');
  });
  test('reported speech, a preposition before the name, or a pronoun after the verb: no subject', () => {
    expect(run('Olaf Scholz said Emmanuel Macron flew to Kyiv and met Volodymyr Zelensky.', 'en').relations).not.toContain(
      'MET_WITH Olaf Scholz -> Volodymyr Zelensky');
    expect(run('Mit Olaf Scholz reiste Emmanuel Macron nach Kiew und traf Wolodymyr Selenskyj.', 'de').relations).not.toContain(
      'MET_WITH Olaf Scholz -> Volodymyr Zelensky');
  });
});

describe('German "sie" in a subordinate clause', () => {
  test('"dass sie ... <singular verb>" is the woman just named; a plural verb: no mention', () => {
    const one = run('Kristalina Georgiewa sagte, dass sie seit 2019 Chefin des IWF ist.', 'de');
    expect(one.mentions.get('Kristalina Georgieva')).toContain('sie');
    const many = run('Kristalina Georgiewa lobte die Länder, weil sie seit Jahren Reformen umsetzen.', 'de');
    expect(many.mentions.get('Kristalina Georgieva')).not.toContain('sie');
  });
});
