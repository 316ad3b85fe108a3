// The side panel: an entity (name, type, aliases, documents, relations grouped by type, evidence
// sentences with the mention highlighted) or a relation (its evidence). Every piece of article
// text is added as a text node; nothing here parses HTML.

import type { EntityDetail, Evidence, RelationDetail } from '../store/types.js';
import type { Span } from '../types.js';
import { clear, el } from './dom.js';
import { highlightPieces } from './highlight.js';
import { typeColor } from './palette.js';

export interface PanelActions {
  select(id: string): void;
  more(id: string): void;
}

export function evidenceBlock(evidence: Evidence | Span, mentions: Span[]): HTMLElement {
  const quote = el('blockquote', { className: 'evidence' });
  for (const piece of highlightPieces(evidence, mentions)) {
    quote.append(piece.mark ? el('mark', { text: piece.text }) : document.createTextNode(piece.text));
  }
  return quote;
}

function typeBadge(type: string): HTMLElement {
  const badge = el('span', { className: 'badge', text: type });
  badge.style.background = typeColor(type);
  return badge;
}

function relationItem(detail: EntityDetail, r: RelationDetail, actions: PanelActions): HTMLElement {
  const outgoing = r.source.id === detail.entity.id;
  const other = outgoing ? r.target : r.source;
  const link = el('a', { className: 'entity-link', text: other.name, attrs: { href: '#', 'data-id': other.id } });
  link.addEventListener('click', (event) => {
    event.preventDefault();
    actions.select(other.id);
  });
  const head = el('div', { className: 'relation-head' }, [
    el('span', { className: 'direction', text: outgoing ? '→ ' : '← ' }),
    link,
    el('span', { className: 'confidence', text: ` ${Math.round(r.confidence * 100)}%` }),
  ]);
  const mentions = detail.mentions;
  return el('li', { className: 'relation', attrs: { 'data-relation': r.id } }, [head, ...r.evidence.map((e) => evidenceBlock(e, mentions))]);
}

function groupByType(relations: RelationDetail[]): Map<string, RelationDetail[]> {
  const groups = new Map<string, RelationDetail[]>();
  for (const r of [...relations].sort((a, b) => a.type.localeCompare(b.type))) {
    groups.set(r.type, [...(groups.get(r.type) ?? []), r]);
  }
  return groups;
}

export function showEntity(root: HTMLElement, detail: EntityDetail, neighbours: { shown: number; total: number }, actions: PanelActions): void {
  clear(root);
  const { entity } = detail;
  root.append(
    el('h2', { className: 'entity-name', text: entity.name }),
    el('div', { className: 'entity-meta' }, [typeBadge(entity.type), ` ${entity.mentions} mentions in ${entity.docs} document(s)`]),
  );
  if (entity.aliases.length > 0) {
    root.append(el('h3', { text: 'Aliases' }), el('ul', { className: 'aliases' }, entity.aliases.map((a) => el('li', { text: a }))));
  }
  root.append(
    el('h3', { text: 'Documents' }),
    el('ul', { className: 'documents' }, detail.documents.map((d) => el('li', { text: [d.title ?? d.source, d.publisher, d.published].filter(Boolean).join(' · ') }))),
  );
  const relations = el('div', { className: 'relations' });
  for (const [type, items] of groupByType(detail.relations)) {
    relations.append(
      el('h3', { className: 'relation-type', text: `${type} (${items.length})`, attrs: { 'data-type': type } }),
      el('ul', {}, items.map((r) => relationItem(detail, r, actions))),
    );
  }
  root.append(relations);
  if (neighbours.total > neighbours.shown) {
    const button = el('button', { className: 'more', text: `show ${Math.min(20, neighbours.total - neighbours.shown)} more of ${neighbours.total - neighbours.shown}` });
    button.addEventListener('click', () => actions.more(entity.id));
    root.append(button);
  }
}

export function showRelation(root: HTMLElement, relation: RelationDetail, mentions: Span[], actions: PanelActions): void {
  clear(root);
  const end = (id: string, name: string) => {
    const link = el('a', { className: 'entity-link', text: name, attrs: { href: '#', 'data-id': id } });
    link.addEventListener('click', (event) => {
      event.preventDefault();
      actions.select(id);
    });
    return link;
  };
  root.append(
    el('h2', { className: 'relation-title' }, [end(relation.source.id, relation.source.name), ` ${relation.type} `, end(relation.target.id, relation.target.name)]),
    el('div', { className: 'entity-meta', text: `confidence ${Math.round(relation.confidence * 100)}% · ${relation.docs} document(s) · rule ${relation.evidence[0]?.rule ?? ''}` }),
    el('h3', { text: 'Evidence' }),
    ...relation.evidence.map((e) => evidenceBlock(e, mentions)),
  );
}

export function showMessage(root: HTMLElement, text: string): void {
  clear(root);
  root.append(el('p', { className: 'message', text }));
}
