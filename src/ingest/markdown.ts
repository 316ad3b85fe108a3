// Markdown -> plain text, kept deliberately simple: line structure is kept, and only markup that
// never belongs to a sentence is dropped (front matter, heading and quote markers, list bullets,
// emphasis, code fences, link and image syntax but not their text, reference definitions, rules).

function stripInline(line: string): string {
  return line
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(^|[\s(])([*_])(?=\S)(.+?)(?<=\S)\2(?=[\s).,;:!?]|$)/g, '$1$3')
    .replace(/~~(?=\S)(.+?)(?<=\S)~~/g, '$1');
}

function stripBlock(line: string): string | undefined {
  if (/^\s{0,3}(```|~~~)/.test(line)) return undefined;
  if (/^\s{0,3}\[[^\]]+\]:\s*\S+/.test(line)) return undefined;
  if (/^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(line)) return '';
  return line
    .replace(/^\s{0,3}#{1,6}\s+/, '')
    .replace(/\s+#+\s*$/, '')
    .replace(/^\s{0,3}(>\s?)+/, '')
    .replace(/^\s*([-*+]|\d{1,3}[.)])\s+/, '');
}

function dropFrontMatter(lines: string[]): string[] {
  if (lines[0]?.trim() !== '---') return lines;
  const end = lines.findIndex((line, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(line));
  return end > 0 ? lines.slice(end + 1) : lines;
}

export function markdownToText(markdown: string): string {
  const out: string[] = [];
  for (const line of dropFrontMatter(markdown.split('\n'))) {
    const block = stripBlock(line);
    if (block !== undefined) out.push(stripInline(block).trimEnd());
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}
