import { htmlToText } from '../../../src/ingest/html-to-text.js';

const page = `<!doctype html><html><head><title>Lukashenko visits Astana</title>
<style>p { color: red }</style><script>var tracking = "SCRIPT_TEXT";</script></head>
<body><nav><a href="/">Home</a> <a href="/world">NAV_TEXT</a></nav>
<article><h1>Lukashenko visits Astana</h1>
<p>MINSK, 3 July (BelTA) - Belarusian President Alexander Lukashenko arrived in Astana on Wednesday for the summit of the Shanghai Cooperation Organisation.</p>
<p>He met with Kazakh President Kassym-Jomart Tokayev. The <b>two</b> leaders discussed trade, transport and culture at length.</p>
<script>track("INLINE_SCRIPT")</script></article>
<footer>FOOTER_TEXT</footer></body></html>`;

describe('htmlToText', () => {
  test('keeps the article, drops navigation, scripts, styles and footer', () => {
    const { title, text } = htmlToText(page);
    expect(title).toBe('Lukashenko visits Astana');
    expect(text).toContain('MINSK, 3 July (BelTA) - Belarusian President Alexander Lukashenko arrived in Astana');
    expect(text).toContain('The two leaders discussed trade');
    for (const junk of ['NAV_TEXT', 'SCRIPT_TEXT', 'INLINE_SCRIPT', 'FOOTER_TEXT', 'color: red']) expect(text).not.toContain(junk);
  });

  test('paragraphs stay on separate lines', () => {
    const lines = htmlToText(page).text.split('\n');
    expect(lines.some((line) => line.startsWith('MINSK'))).toBe(true);
    expect(lines.some((line) => line.startsWith('He met with'))).toBe(true);
  });

  test('a tiny page without an article still gives its text (fallback)', () => {
    const result = htmlToText('<html><body><nav>Menu</nav><p>Hello <i>world</i>.</p></body></html>');
    expect(result.text).toBe('Hello world.');
  });

  test('entities are decoded', () => {
    expect(htmlToText('<p>Tom &amp; Jerry &quot;quoted&quot; &uuml;</p>').text).toBe('Tom & Jerry "quoted" ü');
  });

  test('a page with only scripts has no text', () => {
    expect(htmlToText('<html><head><script>x()</script></head><body><script>y()</script></body></html>').text).toBe('');
  });
});
