// A document's title from its text: the first line when it looks like a heading (short, no final
// sentence punctuation), else the first sentence (without a leading dateline such as
// "MINSK, 3. Juli (BelTA) - ") cut at about 100 characters on a word boundary.

const MAX_HEADING = 100;
const MAX_TITLE = 100;

/** Words whose period does not end a sentence (lowercase, without the period). */
const ABBREVIATIONS = new Set(
  ('dr prof nr st bzw vgl ca usw etc mr mrs ms jr sr gen col lt sen rep gov inc ltd co corp no vs ggf evtl ' +
    'z.b u.a d.h mio mrd jan feb febr aug sept okt oct nov dez dec abs art hl').split(' '),
);

/** Per UTF-16 unit: 1 when /\s/ matches it, 2 when not (0: not yet asked). */
const spaceTable = new Uint8Array(65536);

function isSpace(code: number): boolean {
  let c = spaceTable[code]!;
  if (c === 0) spaceTable[code] = c = /\s/.test(String.fromCharCode(code)) ? 1 : 2;
  return c === 1;
}

/**
 * text.replace(/\s+/g, ' '): every run of white space becomes one space. Most lines already have
 * only single plain spaces, and then the text itself is the answer (the regex would rebuild it).
 */
function collapseSpaces(text: string): string {
  let previousSpace = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const space = isSpace(code);
    if (space && (previousSpace || code !== 0x20)) return text.replace(/\s+/g, ' ');
    previousSpace = space;
  }
  return text;
}

/** /(\S+)$/.exec(text.slice(0, end))?.[1] ?? '', without the slice and the scan from its start. */
function lastWordBefore(text: string, end: number): string {
  let k = end;
  while (k > 0 && !isSpace(text.charCodeAt(k - 1))) k--;
  return text.slice(k, end);
}

/** A period after a number ("3. Juli"), an initial ("A. Lukaschenko") or an abbreviation is not a sentence end. */
function firstSentence(paragraph: string): string {
  const pattern = /[.!?…]["“”»«'’)]*(?=\s+["„“»«'‘(]*[\p{Lu}\d]|\s*$)/gu;
  for (const match of paragraph.matchAll(pattern)) {
    const lastWord = lastWordBefore(paragraph, match.index);
    const period = match[0].startsWith('.');
    if (period && (/^\d+$/.test(lastWord) || /^\p{Lu}$/u.test(lastWord) || ABBREVIATIONS.has(lastWord.toLowerCase()))) continue;
    return paragraph.slice(0, match.index + match[0].length);
  }
  return paragraph;
}

function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const slice = text.slice(0, max);
  const space = slice.lastIndexOf(' ');
  return `${(space > max / 2 ? slice.slice(0, space) : slice).replace(/[\s,;:–-]+$/u, '')}…`;
}

/** "MINSK, 3. Juli (BelTA) - " or "BERLIN (dpa) – ": a dateline names place and agency, not the story. */
const DATELINE = /^\p{Lu}[\p{Lu}\p{M} .'-]+(?:,[^()\n]{1,30})?\s*\([^()\n]{1,40}\)\s*[-–—]\s+/u;

export function looksLikeHeading(line: string): boolean {
  return line.length > 0 && line.length <= MAX_HEADING && !/[.,;:!?]$/.test(line);
}

/** The first line (split at "\n") that is not empty once trimmed, trimmed; without splitting the whole text. */
function firstNonEmptyLine(text: string): string | undefined {
  let from = 0;
  while (from <= text.length) {
    const nl = text.indexOf('\n', from);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(from, end).trim();
    if (line.length > 0) return line;
    if (nl < 0) return undefined;
    from = nl + 1;
  }
  return undefined;
}

/** Undefined when the text has no words at all. */
export function deriveTitle(text: string): string | undefined {
  const firstLine = firstNonEmptyLine(text);
  if (!firstLine) return undefined;
  if (looksLikeHeading(firstLine)) return collapseSpaces(firstLine);
  const sentence = collapseSpaces(firstSentence(firstLine)).trim();
  const story = sentence.replace(DATELINE, '');
  return cut(story.length > 0 ? story : sentence, MAX_TITLE);
}
