// Stable ids: an entity's id comes from its type and canonical English name, so the same entity
// found in two articles is one node; a relation's id from its type and ends.

import type { EntityType, RelationType } from '../types.js';

/** Lowercase ASCII slug: accents folded, runs of other characters become "-". */
export function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function entityId(type: EntityType, name: string): string {
  return `${entityIdPrefix(type)}${slug(name) || 'unnamed'}`;
}

/** What every id of an entity type starts with ("country:"): the type read back from an id. */
export function entityIdPrefix(type: EntityType): string {
  return `${type.toLowerCase()}:`;
}

export function relationId(type: RelationType, source: string, target: string): string {
  return `${type}:${source}->${target}`;
}
