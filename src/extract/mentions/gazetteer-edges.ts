// The knowledge-base name trie's edges below the root in one flat table (EdgeTable), filled by
// gazetteer-build.ts once the trie is complete and read by the trie walk in gazetteer.ts. A faster
// copy of TrieNode.kids: data and look-up only, no matching.

import type { KbEntry } from '../model/kb-types.js';
import type { TrieNode } from './gazetteer-build.js';

/** EdgeTable slot fields (EDGE_SIZE ints per slot, two slots per 64-byte cache line). */
export const EDGE_SIZE = 8;
/** The parent's number + 1 (0: an empty slot). */
export const EDGE_PARENT = 0;
/** The child's key: its word's number in Gazetteer.wordKeys. */
export const EDGE_KEY = 1;
/** The child's number in EdgeTable.nodes, its kidsMask and kidsMask2, its EDGE_* bits. */
export const EDGE_CHILD = 2;
export const EDGE_KIDS_MASK = 3;
export const EDGE_KIDS_MASK2 = 4;
export const EDGE_BITS = 5;
/** The child's entry as its number in EdgeTable.entries (-1: none). */
export const EDGE_ENTRY_NO = 6;
/** EDGE_BITS: the child has an entry; it was reached by a German inflection; lowerOk; its via. */
export const EDGE_ENTRY = 1;
export const EDGE_INFLECTED_DE = 2;
export const EDGE_LOWER_OK = 4;
export const EDGE_VIA_ADJECTIVE = 8;
export const EDGE_VIA_DEMONYM = 16;

/**
 * Every trie edge below the root in one open-addressing table over (parent number, word key): a
 * step of the trie walk finds the child's number, Bloom masks, flags and entry number in one slot
 * (one cache line) instead of the parent node, its kids Map and the child node. The same edges as TrieNode.kids.
 */
export interface EdgeTable {
  slots: Int32Array;
  mask: number;
  /** Every node below the root by its number (TrieNode.id). */
  nodes: TrieNode[];
  /** The nodes' entries, each once, by the number EDGE_ENTRY_NO gives (a short, dense array). */
  entries: KbEntry[];
}

function edgeHash(parent: number, key: number): number {
  return Math.imul(parent, 0x9e3779b1) ^ Math.imul(key, 0x85ebca6b);
}

/** The slot offset of the edge (parent number, word key) in the edge table, or -1 when the parent has no such child. */
export function edgeAt(edges: EdgeTable, parent: number, key: number): number {
  const slots = edges.slots;
  for (let idx = edgeHash(parent, key) & edges.mask; ; idx = (idx + 1) & edges.mask) {
    const at = idx * EDGE_SIZE;
    const p = slots[at + EDGE_PARENT]!;
    if (p === 0) return -1;
    if (p === parent + 1 && slots[at + EDGE_KEY] === key) return at;
  }
}

function edgeBits(node: TrieNode): number {
  const via = node.via === 'kb-adjective' ? EDGE_VIA_ADJECTIVE : node.via === 'kb-demonym' ? EDGE_VIA_DEMONYM : 0;
  return (node.entry !== undefined ? EDGE_ENTRY : 0) | (node.inflected === 'de' ? EDGE_INFLECTED_DE : 0) | (node.lowerOk ? EDGE_LOWER_OK : 0) | via;
}

/** TrieNode.via from a slot's EDGE_BITS. */
export function edgeVia(bits: number): 'kb-adjective' | 'kb-demonym' | undefined {
  return (bits & EDGE_VIA_ADJECTIVE) !== 0 ? 'kb-adjective' : (bits & EDGE_VIA_DEMONYM) !== 0 ? 'kb-demonym' : undefined;
}

/** Fills the table from the numbered nodes' kids (TrieNode.id and .kids set): sized for a load of at most a half. */
export function fillEdges(edges: EdgeTable): void {
  let count = 0;
  for (const node of edges.nodes) count += node.kids.size;
  let capacity = 16;
  while (capacity < 2 * count) capacity *= 2;
  const slots = new Int32Array(capacity * EDGE_SIZE);
  edges.slots = slots;
  edges.mask = capacity - 1;
  const entryNumbers = new Map<KbEntry, number>();
  for (const node of edges.nodes) {
    for (const [key, child] of node.kids) {
      let idx = edgeHash(node.id, key) & edges.mask;
      while (slots[idx * EDGE_SIZE + EDGE_PARENT] !== 0) idx = (idx + 1) & edges.mask;
      const at = idx * EDGE_SIZE;
      slots[at + EDGE_PARENT] = node.id + 1;
      slots[at + EDGE_KEY] = key;
      slots[at + EDGE_CHILD] = child.id;
      slots[at + EDGE_KIDS_MASK] = child.kidsMask;
      slots[at + EDGE_KIDS_MASK2] = child.kidsMask2;
      slots[at + EDGE_BITS] = edgeBits(child);
      let entryNo = -1;
      if (child.entry !== undefined) {
        entryNo = entryNumbers.get(child.entry) ?? -1;
        if (entryNo < 0) {
          entryNumbers.set(child.entry, (entryNo = edges.entries.length));
          edges.entries.push(child.entry);
        }
      }
      slots[at + EDGE_ENTRY_NO] = entryNo;
    }
  }
}
