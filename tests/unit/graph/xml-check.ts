// A small strict XML 1.0 well-formedness checker for the export tests (no regular expressions):
// one root, balanced and correctly nested tags, quoted unique attributes, no raw "<" or stray "&"
// in text or values, only known entity references. Returns the element tree with decoded values.

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function isNameChar(c: string): boolean {
  return c !== '' && !' \t\r\n<>/=?!"\'&'.includes(c);
}

class Scanner {
  pos = 0;
  constructor(readonly src: string) {}
  fail(what: string): never {
    throw new Error(`not well-formed XML at ${this.pos}: ${what} near ${JSON.stringify(this.src.slice(this.pos, this.pos + 40))}`);
  }
  peek(n = 1): string {
    return this.src.slice(this.pos, this.pos + n);
  }
  eat(text: string): void {
    if (this.peek(text.length) !== text) this.fail(`expected ${JSON.stringify(text)}`);
    this.pos += text.length;
  }
  spaces(): number {
    const start = this.pos;
    while (' \t\r\n'.includes(this.peek()) && this.peek() !== '') this.pos += 1;
    return this.pos - start;
  }
  name(): string {
    const start = this.pos;
    while (isNameChar(this.peek())) this.pos += 1;
    if (this.pos === start) this.fail('expected a name');
    return this.src.slice(start, this.pos);
  }
  /** Character data up to `stop`, with references decoded; "<" is never allowed inside. */
  chars(stop: string): string {
    let out = '';
    while (this.peek() !== stop) {
      const c = this.peek();
      if (c === '') this.fail('unexpected end');
      if (c === '<') this.fail('raw "<"');
      if (c === '&') out += this.reference();
      else {
        out += c;
        this.pos += 1;
      }
    }
    return out;
  }
  reference(): string {
    this.eat('&');
    const end = this.src.indexOf(';', this.pos);
    if (end < 0 || end - this.pos > 10) this.fail('"&" without a reference');
    const ref = this.src.slice(this.pos, end);
    this.pos = end + 1;
    if (ref.startsWith('#x')) return String.fromCodePoint(Number.parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(Number.parseInt(ref.slice(1), 10));
    const known = ENTITIES[ref];
    if (known === undefined) this.fail(`unknown entity &${ref};`);
    return known;
  }
}

function parseElement(s: Scanner): XmlElement {
  s.eat('<');
  const el: XmlElement = { name: s.name(), attributes: {}, children: [], text: '' };
  for (;;) {
    const spaced = s.spaces();
    if (s.peek(2) === '/>') {
      s.eat('/>');
      return el;
    }
    if (s.peek() === '>') break;
    if (!spaced) s.fail('attributes must be separated by spaces');
    const attr = s.name();
    if (attr in el.attributes) s.fail(`duplicate attribute ${attr}`);
    s.spaces();
    s.eat('=');
    s.spaces();
    const quote = s.peek();
    if (quote !== '"' && quote !== "'") s.fail('unquoted attribute value');
    s.eat(quote);
    el.attributes[attr] = s.chars(quote);
    s.eat(quote);
  }
  s.eat('>');
  for (;;) {
    el.text += s.chars('<');
    if (s.peek(2) === '</') break;
    el.children.push(parseElement(s));
  }
  s.eat('</');
  if (s.name() !== el.name) s.fail(`closing tag does not match <${el.name}>`);
  s.spaces();
  s.eat('>');
  return el;
}

/** Parses `xml` strictly; throws on the first well-formedness error. */
export function parseStrictXml(xml: string): XmlElement {
  const s = new Scanner(xml);
  if (s.peek(5) === '<?xml') {
    const end = xml.indexOf('?>');
    if (end < 0) s.fail('unterminated declaration');
    s.pos = end + 2;
  }
  s.spaces();
  const root = parseElement(s);
  s.spaces();
  if (s.pos !== xml.length) s.fail('content after the root element');
  return root;
}

/** All descendants named `name`, in document order. */
export function findAll(el: XmlElement, name: string): XmlElement[] {
  return el.children.flatMap((c) => [...(c.name === name ? [c] : []), ...findAll(c, name)]);
}
