// Colours of the explorer: one per entity type (legend and nodes) and one per relation type
// (edges). Chosen for contrast on white and stable between sessions.

import { ENTITY_TYPES, RELATION_TYPES } from '../types.js';
import type { EntityType, RelationType } from '../types.js';

const TYPE_COLORS: Record<EntityType, string> = {
  Person: '#e4572e',
  Organization: '#3d7dd8',
  Country: '#2a9d5c',
  City: '#d4a017',
  Region: '#8fbf3f',
  Location: '#8d6e63',
  Event: '#9b5de5',
  Award: '#f15bb5',
  Work: '#00a6a6',
};

const EDGE_BASE = ['#9aa5b1', '#7f8fa6', '#a1887f', '#90a4ae', '#b0a089', '#8e9eab'];

export function typeColor(type: string): string {
  return (TYPE_COLORS as Record<string, string>)[type] ?? '#777777';
}

export function relationColor(type: RelationType | string): string {
  const index = (RELATION_TYPES as readonly string[]).indexOf(type);
  return EDGE_BASE[(index < 0 ? 0 : index) % EDGE_BASE.length] ?? '#aaaaaa';
}

export const LEGEND: ReadonlyArray<{ type: EntityType; color: string }> = ENTITY_TYPES.map((type) => ({ type, color: TYPE_COLORS[type] }));
export const DIMMED = '#e3e6ea';
export const HIGHLIGHT_EDGE = '#20262e';
