// The embedded file store's semantics: idempotent saves, replace by source, delete, counts that
// follow, entity detail with evidence, search, neighbour paging, atomic files and caching.

import fs from 'node:fs';
import path from 'node:path';
import { openFileStore } from '../../../src/store/file/file-store.js';
import type { FileStore } from '../../../src/store/file/file-store.js';
import { isKgError } from '../../../src/errors.js';
import type { Extraction } from '../../../src/types.js';
import { docId, fixture, removeDir, tempDataDir } from './fixtures.js';

const L = 'person:alexander-lukashenko';
const T = 'person:kassym-jomart-tokayev';

let dir: string;
let store: FileStore;
beforeEach(() => {
  dir = tempDataDir();
  store = openFileStore(dir);
});
afterEach(async () => {
  await store.close();
  removeDir(dir);
});

function docsDir(): string {
  return path.join(dir, 'documents');
}
function listFiles(): string[] {
  return fs.existsSync(docsDir()) ? fs.readdirSync(docsDir()).sort() : [];
}
async function rejectCode(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return isKgError(error) ? error.code : `not a KgError: ${String(error)}`;
  }
  return 'resolved';
}

describe('fixtures', () => {
  test.each(['store-a', 'store-b', 'store-a2'] as const)('%s: every span is the text at its offsets', (name) => {
    const ex = fixture(name);
    const text = ex.documents[0]?.text ?? '';
    const spans = [...ex.entities.flatMap((e) => e.mentions), ...ex.relations.flatMap((r) => r.evidence)];
    expect(spans.length).toBeGreaterThan(0);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('saveDocument', () => {
  test('a new document is created with all its entities and relations', async () => {
    const result = await store.saveDocument(fixture('store-a'));
    expect(result).toEqual({
      documentId: docId('store-a'), status: 'created', entitiesCreated: 6, entitiesUpdated: 0, relationsCreated: 4, relationsUpdated: 0,
    });
    expect(listFiles()).toEqual([`${docId('store-a')}.json`]);
  });

  test('saving the same document again changes nothing and writes nothing', async () => {
    await store.saveDocument(fixture('store-a'));
    const file = path.join(docsDir(), `${docId('store-a')}.json`);
    const before = fs.statSync(file);
    const again = await store.saveDocument(fixture('store-a'));
    expect(again).toEqual({
      documentId: docId('store-a'), status: 'unchanged', entitiesCreated: 0, entitiesUpdated: 0, relationsCreated: 0, relationsUpdated: 0,
    });
    const after = fs.statSync(file);
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
    expect(listFiles()).toHaveLength(1);
  });

  test('a second document counts what it adds and what it updates', async () => {
    await store.saveDocument(fixture('store-a'));
    const result = await store.saveDocument(fixture('store-b'));
    // new: Astana, Minsk Tractor Works; known: Lukashenko, Belarus, Tokayev. VISITED Astana is new.
    expect(result).toMatchObject({ status: 'created', entitiesCreated: 2, entitiesUpdated: 3, relationsCreated: 1, relationsUpdated: 2 });
  });

  test('the same source with another text replaces the old contribution', async () => {
    await store.saveDocument(fixture('store-a'));
    const result = await store.saveDocument(fixture('store-a2'));
    expect(result).toMatchObject({ documentId: docId('store-a2'), status: 'replaced', entitiesCreated: 1, entitiesUpdated: 2 });
    expect(listFiles()).toEqual([`${docId('store-a2')}.json`]);
    const alone = openFileStore(tempDataDir());
    await alone.saveDocument(fixture('store-a2'));
    expect(await store.loadGraph()).toEqual(await alone.loadGraph());
    removeDir(alone.dataDir);
  });

  test('a dry run reports the same result and writes nothing', async () => {
    await store.saveDocument(fixture('store-a'));
    const dry = await store.saveDocument(fixture('store-a2'), { dryRun: true });
    expect(dry.status).toBe('replaced');
    expect(listFiles()).toEqual([`${docId('store-a')}.json`]);
    const real = await store.saveDocument(fixture('store-a2'));
    expect(real).toEqual(dry);
  });

  test.each<[string, (ex: Extraction) => unknown]>([
    ['two documents', (ex) => ({ ...ex, documents: [...ex.documents, ...ex.documents] })],
    ['no document', (ex) => ({ ...ex, documents: [] })],
    ['an unknown relation type', (ex) => ({ ...ex, relations: ex.relations.map((r) => ({ ...r, type: 'LIKES' })) })],
    ['an id that is no file name', (ex) => ({ ...ex, documents: ex.documents.map((d) => ({ ...d, id: '../evil' })) })],
  ])('refuses an extraction with %s', async (_name, spoil) => {
    const bad = spoil(fixture('store-a')) as Extraction;
    expect(await rejectCode(store.saveDocument(bad))).toBe('STORE_FAILED');
    expect(listFiles()).toEqual([]);
  });
});

describe('deleteDocument', () => {
  test.each([
    ['by id', () => docId('store-b')],
    ['by source', () => 'https://example.org/b'],
  ])('A+B minus B (%s) equals A alone', async (_how, key) => {
    await store.saveDocument(fixture('store-a'));
    await store.saveDocument(fixture('store-b'));
    const result = await store.deleteDocument(key());
    expect(result).toEqual({
      documentId: docId('store-b'), source: 'https://example.org/b',
      entitiesDeleted: 2, relationsDeleted: 1, entitiesUpdated: 3, relationsUpdated: 2,
    });
    const alone = openFileStore(tempDataDir());
    await alone.saveDocument(fixture('store-a'));
    expect(await store.loadGraph()).toEqual(await alone.loadGraph());
    expect(await store.stats()).toEqual(await alone.stats());
    for (const id of [L, T, 'country:belarus']) expect(await store.getEntity(id)).toEqual(await alone.getEntity(id));
    expect(await store.getEntity('city:astana')).toBeNull();
    removeDir(alone.dataDir);
  });

  test('an unknown id or source is NOT_FOUND and removes nothing', async () => {
    await store.saveDocument(fixture('store-a'));
    expect(await rejectCode(store.deleteDocument('no-such-doc'))).toBe('NOT_FOUND');
    expect(listFiles()).toHaveLength(1);
  });

  test('deleting the last document empties the graph', async () => {
    await store.saveDocument(fixture('store-a'));
    await store.deleteDocument('seeds/a.de.txt');
    expect(await store.stats()).toMatchObject({ documents: 0, entities: 0, relations: 0 });
    expect((await store.loadGraph()).nodes).toEqual([]);
  });
});

describe('reading the merged graph', () => {
  beforeEach(async () => {
    await store.saveDocument(fixture('store-a'));
    await store.saveDocument(fixture('store-b'));
  });

  test('counts follow: mentions and documents summed over both documents', async () => {
    const graph = await store.loadGraph();
    const lukashenko = graph.nodes.find((n) => n.key === L);
    expect(lukashenko?.attributes).toEqual({
      label: 'Alexander Lukashenko', type: 'Person', aliases: ['Lukaschenko', 'Lukashenko'], mentions: 3, docs: 2,
    });
    const leader = graph.edges.find((e) => e.key === `LEADER_OF:${L}->country:belarus`);
    expect(leader?.attributes).toEqual({ type: 'LEADER_OF', confidence: 0.9, docs: 2, rule: 'role-president-en' });
    expect(graph.nodes.map((n) => n.key)).toEqual([...graph.nodes.map((n) => n.key)].sort());
  });

  test('getEntity: documents, mentions, relations with per-document evidence', async () => {
    const detail = await store.getEntity(L);
    if (!detail) throw new Error('entity missing');
    expect(detail.documents.map((d) => d.id)).toEqual([docId('store-a'), docId('store-b')].sort());
    expect(detail.mentions.map((m) => m.text).sort()).toEqual(['Lukaschenko', 'Lukashenko', 'Lukashenko']);
    const order = detail.mentions.map((m) => `${m.doc}:${String(m.start).padStart(6, '0')}`);
    expect(order).toEqual([...order].sort());
    expect(detail.relations.map((r) => r.id)).toEqual([`LEADER_OF:${L}->country:belarus`, `MET_WITH:${L}->${T}`, `VISITED:${L}->city:astana`]);
    const leader = detail.relations[0];
    expect(leader?.target.name).toBe('Belarus');
    expect(leader?.docs).toBe(2);
    const texts = new Map([fixture('store-a'), fixture('store-b')].map((ex) => [ex.documents[0]?.id, ex.documents[0]?.text ?? '']));
    for (const e of leader?.evidence ?? []) expect(texts.get(e.doc)?.slice(e.start, e.end)).toBe(e.text);
    expect(leader?.evidence.map((e) => [e.doc, e.rule, e.confidence]).sort()).toEqual(
      [[docId('store-a'), 'role-president', 0.6], [docId('store-b'), 'role-president-en', 0.9]].sort(),
    );
  });

  test('getEntity of an unknown id is null', async () => {
    expect(await store.getEntity('person:nobody')).toBeNull();
  });

  test.each<[string, string[]]>([
    ['lukashenko', [L]],
    ['Lukaschenko', [L]],
    ['LUKASCHENKO', [L]],
    ['zurich', ['city:zurich']],
    ['ZÜRICH', ['city:zurich']],
    ['minsk', ['city:minsk', 'organization:minsk-tractor-works']],
    ['tractor', ['organization:minsk-tractor-works']],
    ['kasach', ['country:kazakhstan']],
    ['tokayev', [T]],
    ['nowhere', []],
    ['   ', []],
  ])('search %j', async (q, ids) => {
    expect((await store.search(q)).map((e) => e.id)).toEqual(ids);
  });

  test('search ranks exact matches before prefix matches and honours the limit', async () => {
    const prefixOnly = await store.search('min');
    expect(prefixOnly.map((e) => e.id)).toEqual(['city:minsk', 'organization:minsk-tractor-works']);
    expect((await store.search('minsk', 1)).map((e) => e.id)).toEqual(['city:minsk']);
  });

  test('neighbors are paged (most documents first, then id), with the relations to the entity', async () => {
    const first = await store.neighbors(L, 2, 0);
    expect(first?.total).toBe(3);
    expect(first?.graph.nodes.map((n) => n.key)).toEqual(['country:belarus', L, T]);
    expect(first?.graph.edges.map((e) => e.key)).toEqual([`LEADER_OF:${L}->country:belarus`, `MET_WITH:${L}->${T}`]);
    expect(first?.graph.attributes).toEqual({ omittedNodes: 1, omittedEdges: 1 });
    const second = await store.neighbors(L, 2, 2);
    expect(second?.graph.nodes.map((n) => n.key)).toEqual(['city:astana', L]);
    expect(second?.graph.attributes.omittedNodes).toBe(2);
    const beyond = await store.neighbors(L, 2, 10);
    expect(beyond?.graph.nodes.map((n) => n.key)).toEqual([L]);
    expect(await store.neighbors('person:nobody', 2, 0)).toBeNull();
  });

  test('loadGraph honours limit and types', async () => {
    const people = await store.loadGraph({ types: ['Person'] });
    expect(people.nodes.map((n) => n.key)).toEqual([L, T]);
    expect(people.edges.map((e) => e.key)).toEqual([`MET_WITH:${L}->${T}`]);
    const top = await store.loadGraph({ limit: 1 });
    expect(top.nodes.map((n) => n.key)).toEqual([L]);
    expect(top.attributes.omittedNodes).toBe(8 - 1);
  });

  test('stats count documents, entities and relations by type', async () => {
    expect(await store.stats()).toEqual({
      kind: 'file', documents: 2, entities: 8, relations: 5,
      entitiesByType: { City: 3, Country: 2, Organization: 1, Person: 2 },
      relationsByType: { LEADER_OF: 1, MET_WITH: 1, TRADES_WITH: 1, VISITED: 2 },
    });
  });

  test('listDocuments summarises each stored document', async () => {
    expect(await store.listDocuments()).toEqual([
      { id: docId('store-b'), source: 'https://example.org/b', lang: 'en', title: 'Lukashenko in Astana' },
      { id: docId('store-a'), source: 'seeds/a.de.txt', lang: 'de', title: 'Lukaschenko trifft Tokajew' },
    ]);
  });

  test('cypher refuses with STORE_NO_CYPHER and says how to start Neo4j', async () => {
    await expect(store.cypher('MATCH (n) RETURN n')).rejects.toMatchObject({
      code: 'STORE_NO_CYPHER',
      message: expect.stringContaining('NEO4J_URI=bolt://127.0.0.1:7687'),
    });
  });
});

describe('files on disk', () => {
  test('a leftover temp file from a crashed write is ignored', async () => {
    await store.saveDocument(fixture('store-a'));
    fs.writeFileSync(path.join(docsDir(), `.${docId('store-b')}.json.4242.abcdef.tmp`), '{"documents": [tr');
    const stats = await store.stats();
    expect(stats.documents).toBe(1);
  });

  test('a corrupt document file is a STORE_FAILED error naming the file', async () => {
    await store.saveDocument(fixture('store-a'));
    fs.writeFileSync(path.join(docsDir(), `${docId('store-b')}.json`), '{"documents": [tr');
    await expect(store.stats()).rejects.toMatchObject({ code: 'STORE_FAILED', message: expect.stringContaining(docId('store-b')) });
  });

  test('after a crash between writing the new version and removing the old one, the newer file wins', async () => {
    await store.saveDocument(fixture('store-a'));
    const old = path.join(docsDir(), `${docId('store-a')}.json`);
    fs.writeFileSync(path.join(docsDir(), `${docId('store-a2')}.json`), JSON.stringify(fixture('store-a2')));
    fs.utimesSync(old, new Date(2000, 0, 1), new Date(2000, 0, 1));
    expect((await store.listDocuments()).map((d) => d.id)).toEqual([docId('store-a2')]);
    await store.deleteDocument('seeds/a.de.txt');
    expect(listFiles()).toEqual([]);
  });

  test('an absent data folder is an empty store', async () => {
    const empty = openFileStore(path.join(dir, 'not-there'));
    expect(await empty.stats()).toMatchObject({ documents: 0, entities: 0, relations: 0 });
    expect(await empty.search('minsk')).toEqual([]);
    expect(await empty.loadGraph()).toEqual({
      attributes: { omittedNodes: 0, omittedEdges: 0 }, options: { type: 'directed', multi: true, allowSelfLoops: false }, nodes: [], edges: [],
    });
  });

  test('another store on the same folder (another process) sees changes; the cache follows them', async () => {
    await store.saveDocument(fixture('store-a'));
    expect((await store.stats()).documents).toBe(1);
    const other = openFileStore(dir);
    await other.saveDocument(fixture('store-b'));
    expect((await store.stats()).documents).toBe(2);
    await other.deleteDocument(docId('store-a'));
    expect((await store.listDocuments()).map((d) => d.id)).toEqual([docId('store-b')]);
  });

  test('two stores saving different documents at once keep both', async () => {
    const other = openFileStore(dir);
    await Promise.all([store.saveDocument(fixture('store-a')), other.saveDocument(fixture('store-b'))]);
    expect((await openFileStore(dir).stats()).documents).toBe(2);
    expect(listFiles().filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
