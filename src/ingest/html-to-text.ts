// HTML -> the article's main text and title: @mozilla/readability on a linkedom DOM, falling back to
// <article>/<main>/<body> without navigation, scripts and styles when Readability finds no article.
// Block elements become line breaks, so paragraphs stay separate sentences; no NLP here.

import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

/** The few DOM members used here (the project compiles without the DOM lib). */
interface DomNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}
interface DomDocument extends DomNode {
  title: string;
  querySelector(selector: string): DomNode | null;
  querySelectorAll(selector: string): ArrayLike<DomNode & { remove(): void }>;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'NAV', 'ASIDE', 'FORM', 'BUTTON', 'IFRAME', 'HEAD']);
const BLOCKS = new Set(
  ('ADDRESS ARTICLE BLOCKQUOTE BR DD DIV DL DT FIGCAPTION FIGURE FOOTER H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN OL P PRE ' +
    'SECTION TABLE TD TH TR UL').split(' '),
);
const BOILERPLATE = 'script, style, noscript, template, nav, aside, form, iframe, header, footer, [role="navigation"]';

function collect(node: DomNode, out: string[]): void {
  if (node.nodeType === TEXT_NODE) {
    out.push((node.nodeValue ?? '').replace(/\s+/g, ' '));
    return;
  }
  if (node.nodeType !== ELEMENT_NODE && node.nodeType !== 9 && node.nodeType !== 11) return;
  const name = node.nodeName.toUpperCase();
  if (SKIPPED.has(name)) return;
  const block = BLOCKS.has(name);
  if (block) out.push('\n');
  for (let i = 0; i < node.childNodes.length; i += 1) collect(node.childNodes[i] as DomNode, out);
  if (block) out.push('\n');
}

/** The visible text of a subtree, one line per block element, whitespace inside lines collapsed. */
export function nodeToText(node: DomNode): string {
  const parts: string[] = [];
  collect(node, parts);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
}

function parse(html: string): DomDocument {
  return parseHTML(html).document as unknown as DomDocument;
}

function readabilityText(html: string): { title?: string; text: string } | undefined {
  const doc = parse(html);
  const article = new Readability<string>(doc as never, { charThreshold: 200, serializer: (node) => nodeToText(node as unknown as DomNode) }).parse();
  const text = article?.content ?? '';
  if (!article || text.trim().length === 0) return undefined;
  return { title: article.title?.trim() || undefined, text };
}

function fallbackText(html: string): { title?: string; text: string } {
  const doc = parse(html);
  const boilerplate = doc.querySelectorAll(BOILERPLATE);
  for (let i = 0; i < boilerplate.length; i += 1) boilerplate[i]?.remove();
  const root = doc.querySelector('article') ?? doc.querySelector('main') ?? doc.querySelector('body') ?? doc;
  const heading = doc.querySelector('h1')?.textContent?.trim();
  return { title: doc.title?.trim() || heading || undefined, text: nodeToText(root) };
}

/** The main text (paragraphs on their own lines) and the page's title, when it has one. */
export function htmlToText(html: string): { title?: string; text: string } {
  return readabilityText(html) ?? fallbackText(html);
}
