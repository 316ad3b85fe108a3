// What the file store knows about its files without merging them: every stored document, the
// current one per source (the newest file wins over a crash leftover), and how many current
// documents hold each entity and relation id. Kept up to date file by file, so saving one
// document costs that document, not the whole store; the full merge is built only for reads.

import type { StoredDocument } from './snapshot.js';

function addRefs(refs: Map<string, number>, ids: Iterable<string>, step: 1 | -1): void {
  for (const id of new Set(ids)) {
    const n = (refs.get(id) ?? 0) + step;
    if (n > 0) refs.set(id, n);
    else refs.delete(id);
  }
}

function newest(group: StoredDocument[]): StoredDocument | undefined {
  let best: StoredDocument | undefined;
  for (const s of group) {
    const newer = !best || s.file.mtimeMs > best.file.mtimeMs || (s.file.mtimeMs === best.file.mtimeMs && s.document.id > best.document.id);
    if (newer) best = s;
  }
  return best;
}

export class DocIndex {
  /** Every stored document file, current or not, by document id. */
  readonly all = new Map<string, StoredDocument>();
  private readonly bySource = new Map<string, StoredDocument[]>();
  private readonly current = new Map<string, StoredDocument>();
  /** Entity and relation id -> number of current documents that hold it. */
  readonly entityRefs = new Map<string, number>();
  readonly relationRefs = new Map<string, number>();
  /** Bumped on every change, so readers know when their merged view is stale. */
  version = 0;

  private setCurrent(source: string, next: StoredDocument | undefined): void {
    const before = this.current.get(source);
    if (before === next) return;
    if (before) this.count(before, -1);
    if (next) {
      this.current.set(source, next);
      this.count(next, 1);
    } else this.current.delete(source);
  }

  private count(s: StoredDocument, step: 1 | -1): void {
    addRefs(this.entityRefs, s.extraction.entities.map((e) => e.id), step);
    addRefs(this.relationRefs, s.extraction.relations.map((r) => r.id), step);
  }

  add(s: StoredDocument): void {
    if (this.all.has(s.document.id)) this.remove(s.document.id);
    this.all.set(s.document.id, s);
    const group = [...(this.bySource.get(s.document.source) ?? []), s];
    this.bySource.set(s.document.source, group);
    this.setCurrent(s.document.source, newest(group));
    this.version += 1;
  }

  remove(id: string): void {
    const s = this.all.get(id);
    if (!s) return;
    this.all.delete(id);
    const group = (this.bySource.get(s.document.source) ?? []).filter((g) => g !== s);
    if (group.length > 0) this.bySource.set(s.document.source, group);
    else this.bySource.delete(s.document.source);
    this.setCurrent(s.document.source, newest(group));
    this.version += 1;
  }

  /** The current document of each source (crash leftovers excluded). */
  isCurrent(id: string): boolean {
    const s = this.all.get(id);
    return s !== undefined && this.current.get(s.document.source) === s;
  }

  currentOf(source: string): StoredDocument | undefined {
    return this.current.get(source);
  }

  /** All files of a source, current and leftovers. */
  filesOf(source: string): StoredDocument[] {
    return [...(this.bySource.get(source) ?? [])];
  }
}
