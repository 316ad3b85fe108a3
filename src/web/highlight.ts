// Splits an evidence sentence into plain and highlighted pieces, from mention offsets (document
// offsets, converted to offsets inside the sentence). Pure: no DOM, so it is easy to test.

export interface Piece {
  text: string;
  mark: boolean;
}

export interface OffsetRange {
  doc: string;
  start: number;
  end: number;
}

/** Pieces of `evidence.text`, with the parts covered by `mentions` (same doc, overlapping) marked. */
export function highlightPieces(evidence: OffsetRange & { text: string }, mentions: OffsetRange[]): Piece[] {
  const ranges = mentions
    .filter((m) => m.doc === evidence.doc && m.end > evidence.start && m.start < evidence.end)
    .map((m) => [Math.max(m.start, evidence.start) - evidence.start, Math.min(m.end, evidence.end) - evidence.start] as const)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const pieces: Piece[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    if (from > at) pieces.push({ text: evidence.text.slice(at, from), mark: false });
    pieces.push({ text: evidence.text.slice(from, end), mark: true });
    at = end;
  }
  if (at < evidence.text.length) pieces.push({ text: evidence.text.slice(at), mark: false });
  return pieces;
}
