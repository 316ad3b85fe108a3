// The Neo4j store against a real Neo4j: the README queries after the seed, idempotent saves proven
// by Neo4j's own write counters, replace and delete giving exactly the graph of the rest, search,
// entity details, neighbours, stats and dry runs.

import type { ResultSummary } from 'neo4j-driver';
import type { GraphStore } from '../../../src/store/types.js';
import { clearDatabase, dumpGraph, errorCode, openTestStore, rawQuery, useCleanDatabase } from '../../helpers/neo4j.js';
import { syntheticExtraction } from '../../helpers/synthetic.js';
import { readFixture, seedExtraction } from './seed.js';

useCleanDatabase();

let store: GraphStore;
let summaries: ResultSummary[] = [];
const writesSeen = (): number => summaries.filter((s) => s.counters.containsUpdates() || s.counters.containsSystemUpdates()).length;

beforeAll(async () => {
  store = await openTestStore({ onSummary: (s) => summaries.push(s) });
});
afterAll(async () => {
  await store?.close();
});
beforeEach(async () => {
  await clearDatabase();
  summaries = [];
});

describe('the seed article and the README queries', () => {
  beforeEach(async () => {
    await store.saveDocument((await seedExtraction()).extraction);
  });

  test('Belarus is a member of EAEU, CIS, CSTO and SCO', async () => {
    const result = await store.cypher("MATCH (c:Country {name:'Belarus'})-[:MEMBER_OF]->(o) RETURN o.name AS name ORDER BY name");
    expect(result.columns).toEqual(['name']);
    expect(result.rows.map((r) => r[0])).toEqual(expect.arrayContaining(['CIS', 'CSTO', 'EAEU', 'SCO']));
  });

  test('every MEMBER_OF relationship has evidence reachable from Cypher, inside its document', async () => {
    const result = await store.cypher(
      'MATCH (a)-[r:MEMBER_OF]->(b), (e:Evidence {relation: r.id})-[:IN]->(d:Document) RETURN a.name, b.name, e.text, d.source, e.start, e.end, d.text',
    );
    expect(result.rows.length).toBeGreaterThanOrEqual(4);
    for (const [, , text, source, start, end, docText] of result.rows as Array<[string, string, string, string, number, number, string]>) {
      expect(source).toBe('seeds/belta-belarus-kazakhstan.de.txt');
      expect(docText.slice(start, end)).toBe(text);
    }
    const pairs = result.rows.map((r) => `${String(r[0])}->${String(r[1])}`);
    expect(pairs).toEqual(expect.arrayContaining(['Belarus->EAEU', 'Belarus->CIS', 'Belarus->CSTO']));
  });

  test('entities carry labels of their type and counts; the publisher is linked', async () => {
    const [belarus] = await rawQuery<{ labels: string[]; docCount: number; mentionCount: number }>(
      "MATCH (e:Entity {id: 'country:belarus'}) RETURN labels(e) AS labels, e.docCount AS docCount, e.mentionCount AS mentionCount",
    );
    expect(belarus?.labels.sort()).toEqual(['Country', 'Entity']);
    expect(belarus?.docCount).toBe(1);
    expect(belarus?.mentionCount).toBeGreaterThan(0);
    const published = await store.cypher('MATCH (d:Document)-[:PUBLISHED_BY]->(o:Organization) RETURN o.name');
    expect(published.rows).toEqual([['BelTA']]);
  });

  test('search is case- and accent-insensitive over names and aliases; nonsense finds nothing', async () => {
    for (const q of ['Lukaschenko', 'lukashenko', 'LUKASCHENKO']) {
      const hits = await store.search(q);
      expect(hits[0]?.id).toBe('person:alexander-lukashenko');
    }
    expect((await store.search('witebsk')).map((e) => e.id)).toContain('city:vitebsk');
    expect(await store.search('zzqqxx')).toEqual([]);
    expect(await store.search('   ')).toEqual([]);
  });

  test('getEntity gives documents, mentions and relations with evidence; unknown is null', async () => {
    const detail = await store.getEntity('country:belarus');
    expect(detail?.entity.name).toBe('Belarus');
    expect(detail?.documents.map((d) => d.source)).toEqual(['seeds/belta-belarus-kazakhstan.de.txt']);
    expect(detail?.mentions.length).toBe(detail?.entity.mentions);
    const member = detail?.relations.find((r) => r.id === 'MEMBER_OF:country:belarus->organization:eaeu');
    expect(member?.target.name).toBe('EAEU');
    expect(member?.evidence[0]?.text).toContain('EAWU');
    expect(await store.getEntity('country:atlantis')).toBeNull();
  });

  test('neighbors pages through the neighbourhood; loadGraph honours limit and types', async () => {
    const page = await store.neighbors('country:belarus', 2, 0);
    expect(page?.total).toBeGreaterThanOrEqual(5);
    expect(page?.graph.nodes.length).toBe(3);
    const rest = await store.neighbors('country:belarus', 100, 2);
    expect((rest?.graph.nodes.length ?? 0) - 1).toBe((page?.total ?? 0) - 2);
    expect(await store.neighbors('country:atlantis', 5, 0)).toBeNull();
    const countries = await store.loadGraph({ types: ['Country'] });
    expect(countries.nodes.map((n) => n.key)).toEqual(expect.arrayContaining(['country:belarus', 'country:kazakhstan']));
    expect(countries.nodes.every((n) => n.attributes.type === 'Country')).toBe(true);
    expect(countries.nodes.length).toBeLessThan((await store.loadGraph()).nodes.length);
    const top = await store.loadGraph({ limit: 3 });
    expect(top.nodes).toHaveLength(3);
    expect(top.attributes.omittedNodes).toBeGreaterThan(0);
  });

  test('stats counts documents, entities and relations by type', async () => {
    const stats = await store.stats();
    expect(stats.kind).toBe('neo4j');
    expect(stats.documents).toBe(1);
    expect(stats.relationsByType.MEMBER_OF).toBeGreaterThanOrEqual(4);
    expect(stats.entities).toBe(Object.values(stats.entitiesByType).reduce((a, b) => a + b, 0));
    expect((await store.listDocuments()).map((d) => d.source)).toEqual(['seeds/belta-belarus-kazakhstan.de.txt']);
  });
});

describe('saving is idempotent and atomic per document', () => {
  test('re-saving the same document writes nothing (Neo4j counters) and says unchanged', async () => {
    const seed = (await seedExtraction()).extraction;
    const first = await store.saveDocument(seed);
    expect(first.status).toBe('created');
    expect(first.entitiesCreated).toBe(seed.entities.length);
    expect(writesSeen()).toBeGreaterThan(0);
    const before = await dumpGraph();
    summaries = [];
    const again = await store.saveDocument(seed);
    expect(again).toEqual({ documentId: first.documentId, status: 'unchanged', entitiesCreated: 0, entitiesUpdated: 0, relationsCreated: 0, relationsUpdated: 0 });
    expect(summaries.length).toBeGreaterThan(0);
    expect(writesSeen()).toBe(0);
    expect(await dumpGraph()).toEqual(before);
  });

  test('dry run reports what would change and writes nothing', async () => {
    const a = readFixture('store-a');
    const dry = await store.saveDocument(a, { dryRun: true });
    expect(dry.status).toBe('created');
    expect(dry.entitiesCreated).toBe(a.entities.length);
    expect(writesSeen()).toBe(0);
    expect((await store.stats()).documents).toBe(0);
  });

  test('save A, then B, delete B: the graph equals the graph of A alone', async () => {
    await store.saveDocument(readFixture('store-a'));
    const onlyA = await dumpGraph();
    const b = await store.saveDocument(readFixture('store-b'));
    expect(b.entitiesUpdated).toBeGreaterThan(0);
    expect(b.relationsUpdated).toBeGreaterThan(0);
    const shared = await rawQuery<{ docCount: number }>("MATCH ()-[r:LEADER_OF]->() RETURN r.docCount AS docCount");
    expect(shared).toEqual([{ docCount: 2 }]);
    const deleted = await store.deleteDocument('https://example.org/b');
    expect(deleted.entitiesDeleted).toBe(2);
    expect(deleted.entitiesUpdated).toBe(3);
    expect(deleted.relationsDeleted).toBe(1);
    expect(deleted.relationsUpdated).toBe(2);
    expect(await dumpGraph()).toEqual(onlyA);
  });

  test('B then A equals A then B (derived properties do not depend on order)', async () => {
    await store.saveDocument(readFixture('store-a'));
    await store.saveDocument(readFixture('store-b'));
    const ab = await dumpGraph();
    await clearDatabase();
    await store.saveDocument(readFixture('store-b'));
    await store.saveDocument(readFixture('store-a'));
    expect(await dumpGraph()).toEqual(ab);
  });

  test('same source with other text replaces the old contribution', async () => {
    await store.saveDocument(readFixture('store-a2'));
    const onlyA2 = await dumpGraph();
    await clearDatabase();
    await store.saveDocument(readFixture('store-a'));
    const replaced = await store.saveDocument(readFixture('store-a2'));
    expect(replaced.status).toBe('replaced');
    expect(await dumpGraph()).toEqual(onlyA2);
  });

  test('deleting an unknown document is NOT_FOUND and changes nothing', async () => {
    await store.saveDocument(readFixture('store-a'));
    const before = await dumpGraph();
    expect(await errorCode(store.deleteDocument('no-such-document'))).toBe('NOT_FOUND');
    expect(await dumpGraph()).toEqual(before);
  });

  test('an invalid extraction is refused before anything is written', async () => {
    const bad = syntheticExtraction(1);
    bad.relations[0] = { ...bad.relations[0]!, type: 'HATES' as never };
    expect(await errorCode(store.saveDocument(bad))).toBe('STORE_FAILED');
    expect((await store.stats()).documents).toBe(0);
  });

  test('counts stay exact over many overlapping documents and deletions', async () => {
    const docs = Array.from({ length: 12 }, (_, i) => syntheticExtraction(i, { pool: 5 }));
    for (const d of docs) await store.saveDocument(d);
    for (const d of docs.filter((_, i) => i % 3 === 0)) await store.deleteDocument(d.documents[0]!.id);
    const wrong = await rawQuery(
      `MATCH (e:Entity) OPTIONAL MATCH (:Document)-[m:MENTIONS]->(e)
       WITH e, count(m) AS docs, sum(m.count) AS mentions WHERE docs <> e.docCount OR mentions <> e.mentionCount OR docs = 0 RETURN e.id
       UNION ALL
       MATCH (:Entity)-[r]->(:Entity) OPTIONAL MATCH (ev:Evidence {relation: r.id})
       WITH r, count(DISTINCT ev.doc) AS docs, max(ev.confidence) AS best
       WHERE docs <> r.docCount OR docs = 0 OR r.confidence IS NULL OR r.confidence <> best OR r.rule IS NULL
       RETURN r.id AS \`e.id\`
       UNION ALL
       MATCH (e:Entity) WHERE e._lock IS NOT NULL OR size(e.aliases) = 0 RETURN e.id`,
    );
    expect(wrong).toEqual([]);
    expect((await store.stats()).documents).toBe(8);
  });
});
