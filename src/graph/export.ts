// GraphPayload -> files other tools open: GEXF 1.3 and GraphML (both read by Gephi), or the payload
// itself as JSON. Pure string building, deterministic (payload order), every text XML-escaped and
// stripped of characters XML 1.0 cannot hold. No I/O: the CLI writes the file.

import type { GraphPayload, SerializedEdge, SerializedNode } from '../types.js';

export const EXPORT_FORMATS = ['json', 'graphml', 'gexf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

// Control characters other than tab/newline/return, lone surrogates and U+FFFE/U+FFFF are not XML 1.0.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text safe inside an XML attribute value (double-quoted) or element content. */
export function xmlEscape(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

/** Numbers as XML Schema doubles/integers: finite, no exponent surprises for integers. */
function num(value: number): string {
  return Number.isFinite(value) ? String(value) : '0';
}

const ALIAS_SEPARATOR = ' | ';

// ---- GEXF 1.3 ----

const GEXF_NODE_ATTRIBUTES = [
  ['type', 'string'],
  ['aliases', 'string'],
  ['mentions', 'integer'],
  ['docs', 'integer'],
] as const;
const GEXF_EDGE_ATTRIBUTES = [
  ['type', 'string'],
  ['confidence', 'double'],
  ['docs', 'integer'],
  ['rule', 'string'],
] as const;

function gexfAttvalues(values: [string, string][]): string[] {
  return ['        <attvalues>', ...values.map(([k, v]) => `          <attvalue for="${k}" value="${xmlEscape(v)}"/>`), '        </attvalues>'];
}

function gexfNode(n: SerializedNode): string[] {
  const a = n.attributes;
  const lines = [`      <node id="${xmlEscape(n.key)}" label="${xmlEscape(a.label)}">`];
  lines.push(...gexfAttvalues([['type', a.type], ['aliases', a.aliases.join(ALIAS_SEPARATOR)], ['mentions', num(a.mentions)], ['docs', num(a.docs)]]));
  lines.push(`        <viz:size value="${num(Math.max(1, a.mentions))}"/>`);
  if (a.x !== undefined && a.y !== undefined) lines.push(`        <viz:position x="${num(a.x)}" y="${num(a.y)}" z="0"/>`);
  lines.push('      </node>');
  return lines;
}

function gexfEdge(e: SerializedEdge): string[] {
  const a = e.attributes;
  return [
    `      <edge id="${xmlEscape(e.key)}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}" kind="${xmlEscape(a.type)}" label="${xmlEscape(a.type)}" weight="${num(a.confidence)}">`,
    ...gexfAttvalues([['type', a.type], ['confidence', num(a.confidence)], ['docs', num(a.docs)], ['rule', a.rule]]),
    '      </edge>',
  ];
}

function gexfAttributes(cls: 'node' | 'edge', attributes: readonly (readonly [string, string])[]): string[] {
  return [
    `    <attributes class="${cls}" mode="static">`,
    ...attributes.map(([id, type]) => `      <attribute id="${id}" title="${id}" type="${type}"/>`),
    '    </attributes>',
  ];
}

export function toGexf(payload: GraphPayload): string {
  const { omittedNodes, omittedEdges } = payload.attributes;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    '  <meta>',
    '    <creator>kg-builder</creator>',
    `    <description>${xmlEscape(`Knowledge graph: ${payload.nodes.length} entities, ${payload.edges.length} relations (omitted: ${omittedNodes} entities, ${omittedEdges} relations)`)}</description>`,
    '  </meta>',
    '  <graph mode="static" defaultedgetype="directed">',
    ...gexfAttributes('node', GEXF_NODE_ATTRIBUTES),
    ...gexfAttributes('edge', GEXF_EDGE_ATTRIBUTES),
    '    <nodes>',
    ...payload.nodes.flatMap(gexfNode),
    '    </nodes>',
    '    <edges>',
    ...payload.edges.flatMap(gexfEdge),
    '    </edges>',
    '  </graph>',
    '</gexf>',
    '',
  ].join('\n');
}

// ---- GraphML ----

const GRAPHML_KEYS = [
  ['g_omittedNodes', 'graph', 'omittedNodes', 'int'],
  ['g_omittedEdges', 'graph', 'omittedEdges', 'int'],
  ['n_label', 'node', 'label', 'string'],
  ['n_type', 'node', 'type', 'string'],
  ['n_aliases', 'node', 'aliases', 'string'],
  ['n_mentions', 'node', 'mentions', 'int'],
  ['n_docs', 'node', 'docs', 'int'],
  ['n_x', 'node', 'x', 'double'],
  ['n_y', 'node', 'y', 'double'],
  ['e_type', 'edge', 'type', 'string'],
  ['e_confidence', 'edge', 'confidence', 'double'],
  ['e_weight', 'edge', 'weight', 'double'],
  ['e_docs', 'edge', 'docs', 'int'],
  ['e_rule', 'edge', 'rule', 'string'],
] as const;

function graphmlData(indent: string, values: [string, string | undefined][]): string[] {
  return values.filter((v): v is [string, string] => v[1] !== undefined).map(([key, v]) => `${indent}<data key="${key}">${xmlEscape(v)}</data>`);
}

function graphmlNode(n: SerializedNode): string[] {
  const a = n.attributes;
  return [
    `    <node id="${xmlEscape(n.key)}">`,
    ...graphmlData('      ', [
      ['n_label', a.label], ['n_type', a.type], ['n_aliases', a.aliases.join(ALIAS_SEPARATOR)], ['n_mentions', num(a.mentions)],
      ['n_docs', num(a.docs)], ['n_x', a.x === undefined ? undefined : num(a.x)], ['n_y', a.y === undefined ? undefined : num(a.y)],
    ]),
    '    </node>',
  ];
}

function graphmlEdge(e: SerializedEdge): string[] {
  const a = e.attributes;
  return [
    `    <edge id="${xmlEscape(e.key)}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}">`,
    ...graphmlData('      ', [['e_type', a.type], ['e_confidence', num(a.confidence)], ['e_weight', num(a.confidence)], ['e_docs', num(a.docs)], ['e_rule', a.rule]]),
    '    </edge>',
  ];
}

export function toGraphml(payload: GraphPayload): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...GRAPHML_KEYS.map(([id, forWhat, name, type]) => `  <key id="${id}" for="${forWhat}" attr.name="${name}" attr.type="${type}"/>`),
    '  <graph id="kg" edgedefault="directed">',
    ...graphmlData('    ', [['g_omittedNodes', num(payload.attributes.omittedNodes)], ['g_omittedEdges', num(payload.attributes.omittedEdges)]]),
    ...payload.nodes.flatMap(graphmlNode),
    ...payload.edges.flatMap(graphmlEdge),
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}

/** The payload in `format`; JSON is the payload itself (graphology's serialized graph), pretty-printed. */
export function exportGraph(payload: GraphPayload, format: ExportFormat): string {
  if (format === 'gexf') return toGexf(payload);
  if (format === 'graphml') return toGraphml(payload);
  return `${JSON.stringify(payload, null, 2)}\n`;
}
