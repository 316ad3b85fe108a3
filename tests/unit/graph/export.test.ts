// GEXF 1.3 and GraphML export: well-formed (strict parse), every value escaped and read back
// unchanged, attributes present, deterministic; JSON is the payload.

import { DOMParser } from 'linkedom';
import { exportGraph, isExportFormat, toGexf, toGraphml, xmlEscape } from '../../../src/graph/export.js';
import { buildPayload } from '../../../src/graph/payload.js';
import type { EntitySummary } from '../../../src/store/types.js';
import type { GraphPayload } from '../../../src/types.js';
import { findAll, parseStrictXml } from './xml-check.js';

const TRICKY = `Smith & Sons <"Ltd"> 'n' Co`;

function payload(): GraphPayload {
  const entities: EntitySummary[] = [
    { id: 'organization:smith-sons', name: TRICKY, type: 'Organization', aliases: ['Smith & Sons', 'S&S <GmbH>'], mentions: 3, docs: 2 },
    { id: 'person:a&b', name: 'Ann\u0001 "A" Bee', type: 'Person', aliases: [], mentions: 1, docs: 1 },
    { id: 'city:zurich', name: 'Zürich', type: 'City', aliases: ['Zürich'], mentions: 2, docs: 1 },
  ];
  const relations = [
    { id: 'WORKS_FOR:person:a&b->organization:smith-sons', type: 'WORKS_FOR' as const, source: 'person:a&b', target: 'organization:smith-sons', confidence: 0.75, docs: 2, rule: 'works-for <de> & "en"' },
    { id: 'LOCATED_IN:organization:smith-sons->city:zurich', type: 'LOCATED_IN' as const, source: 'organization:smith-sons', target: 'city:zurich', confidence: 0.5, docs: 1, rule: 'located' },
  ];
  const p = buildPayload(entities, relations);
  const first = p.nodes[0];
  if (first) Object.assign(first.attributes, { x: 1.5, y: -2 });
  return p;
}

describe('the strict XML checker used below', () => {
  test.each([
    ['<a><b></a>'], ['<a x="1" x="2"/>'], ['<a>&</a>'], ['<a x="<"/>'], ['<a/><b/>'], ['<a>&foo;</a>'], ['<a x=1/>'], ['<a'],
  ])('rejects %j', (xml) => {
    expect(() => parseStrictXml(xml)).toThrow(/not well-formed/);
  });
  test('accepts and decodes a well-formed document', () => {
    const root = parseStrictXml('<?xml version="1.0"?>\n<a x="&lt;&amp;&quot;&#10;"><b/>t&gt;</a>');
    expect(root.attributes.x).toBe('<&"\n');
    expect(root.children.map((c) => c.name)).toEqual(['b']);
  });
});

describe('xmlEscape', () => {
  test.each([
    ['a & b', 'a &amp; b'],
    ['<x>', '&lt;x&gt;'],
    [`"q" 'a'`, '&quot;q&quot; &apos;a&apos;'],
    ['bell\u0007', 'bell'],
    ['line\nbreak', 'line&#10;break'],
    ['emoji 😀', 'emoji 😀'],
    ['lone \uD800 surrogate', 'lone  surrogate'],
  ])('%j', (input, expected) => {
    expect(xmlEscape(input)).toBe(expected);
  });
});

describe('GEXF 1.3', () => {
  const p = payload();
  const xml = toGexf(p);
  const root = parseStrictXml(xml);

  test('is a GEXF 1.3 document with a directed graph', () => {
    expect(root.name).toBe('gexf');
    expect(root.attributes).toMatchObject({ version: '1.3', xmlns: 'http://gexf.net/1.3' });
    expect(findAll(root, 'graph')[0]?.attributes.defaultedgetype).toBe('directed');
  });

  test('nodes keep ids, labels and attributes exactly, escaped characters included', () => {
    const nodes = findAll(root, 'node');
    expect(nodes.map((n) => n.attributes.id)).toEqual(p.nodes.map((n) => n.key));
    const smith = nodes.find((n) => n.attributes.id === 'organization:smith-sons');
    expect(smith?.attributes.label).toBe(TRICKY);
    const values = Object.fromEntries(findAll(smith ?? root, 'attvalue').map((v) => [v.attributes.for, v.attributes.value]));
    expect(values).toEqual({ type: 'Organization', aliases: 'Smith & Sons | S&S <GmbH>', mentions: '3', docs: '2' });
    expect(nodes.find((n) => n.attributes.id === 'person:a&b')?.attributes.label).toBe('Ann "A" Bee');
  });

  test('edges keep ends, kind, weight and attributes', () => {
    const edges = findAll(root, 'edge');
    expect(edges.map((e) => [e.attributes.id, e.attributes.source, e.attributes.target, e.attributes.kind])).toEqual(
      p.edges.map((e) => [e.key, e.source, e.target, e.attributes.type]),
    );
    const works = edges.find((e) => e.attributes.kind === 'WORKS_FOR');
    expect(works?.attributes.weight).toBe('0.75');
    expect(findAll(works ?? root, 'attvalue').find((v) => v.attributes.for === 'rule')?.attributes.value).toBe('works-for <de> & "en"');
  });

  test('declares every attribute it uses', () => {
    const declared = new Set(findAll(root, 'attribute').map((a) => a.attributes.id));
    for (const v of findAll(root, 'attvalue')) expect(declared.has(v.attributes.for)).toBe(true);
  });

  test('positions are written when the payload has them', () => {
    const positions = findAll(root, 'viz:position');
    expect(positions).toHaveLength(1);
    expect(positions[0]?.attributes).toMatchObject({ x: '1.5', y: '-2' });
  });
});

describe('GraphML', () => {
  const p = payload();
  const xml = toGraphml(p);
  const root = parseStrictXml(xml);
  const keyIds = new Set(findAll(root, 'key').map((k) => k.attributes.id));
  const data = (el: { children: { name: string; attributes: Record<string, string>; text: string }[] }): Record<string, string> =>
    Object.fromEntries(el.children.filter((c) => c.name === 'data').map((d) => [d.attributes.key ?? '', d.text]));

  test('is a directed GraphML graph whose data keys are all declared', () => {
    expect(root.name).toBe('graphml');
    expect(root.attributes.xmlns).toBe('http://graphml.graphdrawing.org/xmlns');
    expect(findAll(root, 'graph')[0]?.attributes.edgedefault).toBe('directed');
    for (const d of findAll(root, 'data')) expect(keyIds.has(d.attributes.key ?? '')).toBe(true);
  });

  test('nodes and edges keep their values exactly', () => {
    const nodes = findAll(root, 'node');
    expect(nodes.map((n) => n.attributes.id)).toEqual(p.nodes.map((n) => n.key));
    const smith = nodes.find((n) => n.attributes.id === 'organization:smith-sons');
    expect(data(smith ?? root)).toMatchObject({ n_label: TRICKY, n_type: 'Organization', n_mentions: '3', n_docs: '2' });
    const edges = findAll(root, 'edge');
    expect(edges.map((e) => [e.attributes.source, e.attributes.target])).toEqual(p.edges.map((e) => [e.source, e.target]));
    expect(data(edges.find((e) => e.attributes.source === 'person:a&b') ?? root)).toMatchObject({
      e_type: 'WORKS_FOR', e_confidence: '0.75', e_weight: '0.75', e_docs: '2', e_rule: 'works-for <de> & "en"',
    });
  });

  test('an independent XML parser (linkedom) reads the same labels back', () => {
    const doc = new DOMParser().parseFromString(xml, 'text/xml');
    const labels = [...doc.querySelectorAll('data')].filter((d) => d.getAttribute('key') === 'n_label').map((d) => d.textContent);
    expect(labels).toEqual(p.nodes.map((n) => n.attributes.label.replace('\u0001', '')));
  });
});

describe('exportGraph', () => {
  test('JSON is the payload itself', () => {
    const p = payload();
    expect(JSON.parse(exportGraph(p, 'json'))).toEqual(p);
  });
  test('the same payload gives the same bytes', () => {
    for (const format of ['json', 'gexf', 'graphml'] as const) expect(exportGraph(payload(), format)).toBe(exportGraph(payload(), format));
  });
  test('an empty graph is still well-formed', () => {
    const empty = buildPayload([], []);
    expect(findAll(parseStrictXml(toGexf(empty)), 'node')).toEqual([]);
    expect(findAll(parseStrictXml(toGraphml(empty)), 'edge')).toEqual([]);
  });
  test.each([['json', true], ['gexf', true], ['graphml', true], ['csv', false], ['GEXF', false]])('isExportFormat(%j) is %j', (f, ok) => {
    expect(isExportFormat(f)).toBe(ok);
  });
});
