// Chinese and Korean names put the family name first; after the full name, the text repeats it alone.

import { extract } from '../../../../src/extract/extract.js';

function mentionsOf(text: string, name: string): string[] {
  const ex = extract({ id: 't', source: 't.txt', lang: 'en', text });
  return ex.entities.find((e) => e.name === name)?.mentions.map((m) => m.text) ?? [];
}

test('"Xi" after "Xi Jinping" and "Kim" after "Kim Jong Un" are the same person, and rules see them', () => {
  const text = 'Chinese President Xi Jinping hosted the summit. Xi met Russian President Vladimir Putin. '
    + 'North Korean leader Kim Jong Un did not attend; Kim sent a letter.';
  expect(mentionsOf(text, 'Xi Jinping')).toEqual(['Xi Jinping', 'Xi']);
  expect(mentionsOf(text, 'Kim Jong Un')).toEqual(['Kim Jong Un', 'Kim']);
  const ex = extract({ id: 't', source: 't.txt', lang: 'en', text });
  const met = ex.relations.filter((r) => r.type === 'MET_WITH').map((r) => [r.source, r.target].sort().join(' '));
  expect(met).toEqual(['person:vladimir-putin person:xi-jinping']);
});

test('no link without the full name first, or when two people share the family name', () => {
  expect(mentionsOf('Xi met Putin in Moscow.', 'Xi Jinping')).toEqual([]);
  const both = 'Premier Li Qiang met the former premier Li Keqiang. Li said the economy was strong.';
  const ex = extract({ id: 't', source: 't.txt', lang: 'en', text: both });
  for (const e of ex.entities) expect(e.mentions.map((m) => m.text)).not.toContain('Li');
});

test('a Western name keeps its last word as the surname, its first name is no surname', () => {
  expect(mentionsOf('Foreign Minister Peter Anderson spoke first. Anderson said the talks went well; Peter nodded.', 'Peter Anderson'))
    .toEqual(['Peter Anderson', 'Anderson']);
});
