import { markdownToText } from '../../../src/ingest/markdown.js';

describe('markdownToText', () => {
  test.each([
    ['heading markers', '# Title\n\n## Sub heading ##\nText.', 'Title\n\nSub heading\nText.'],
    ['emphasis', 'The **president** met the _minister_ and *others* in __Minsk__.', 'The president met the minister and others in Minsk.'],
    ['links and images', 'See [BelTA](https://belta.by) and ![the logo](x.png) or [ref][1].\n[1]: https://example.org', 'See BelTA and the logo or ref.'],
    ['list bullets and quotes', '- first point.\n* second point.\n1. third point.\n> A quote.', 'first point.\nsecond point.\nthird point.\nA quote.'],
    ['code fences dropped, content kept', '```js\nconst x = 1;\n```\nAfter.', 'const x = 1;\nAfter.'],
    ['front matter', '---\ntitle: x\ndate: 2024\n---\nBody text.', 'Body text.'],
    ['horizontal rule', 'One.\n\n---\n\nTwo.', 'One.\n\nTwo.'],
    ['inline code', 'Run `kg extract` now.', 'Run kg extract now.'],
  ])('%s', (_name, markdown, expected) => {
    expect(markdownToText(markdown)).toBe(expected);
  });

  test('underscores and asterisks inside words stay (no false emphasis)', () => {
    expect(markdownToText('snake_case_name and 2*3*4 stay.')).toBe('snake_case_name and 2*3*4 stay.');
  });
});
