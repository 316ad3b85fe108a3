// The view state that can be shared as a link: selection, filters, search text, Cypher query and
// camera, kept in the URL hash (#sel=...&hide=City&conf=0.5&cam=0.5,0.5,1). Pure encode/decode.

import { ENTITY_TYPES, RELATION_TYPES } from '../types.js';
import type { EntityType, RelationType } from '../types.js';

export interface ViewState {
  selected?: string;
  edge?: string;
  hiddenTypes: EntityType[];
  hiddenRelations: RelationType[];
  minConfidence: number;
  q?: string;
  cypher?: string;
  camera?: { x: number; y: number; ratio: number };
}

const list = <T extends string>(value: string | null, allowed: readonly T[]): T[] =>
  (value ?? '').split(',').filter((v): v is T => (allowed as readonly string[]).includes(v));

export function decodeState(hash: string): ViewState {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const conf = Number(p.get('conf') ?? '0');
  const cam = (p.get('cam') ?? '').split(',').map(Number);
  const [x, y, ratio] = cam;
  return {
    selected: p.get('sel') ?? undefined,
    edge: p.get('edge') ?? undefined,
    hiddenTypes: list(p.get('hide'), ENTITY_TYPES),
    hiddenRelations: list(p.get('hiderel'), RELATION_TYPES),
    minConfidence: Number.isFinite(conf) ? Math.min(1, Math.max(0, conf)) : 0,
    q: p.get('q') ?? undefined,
    cypher: p.get('cypher') ?? undefined,
    camera:
      cam.length === 3 && [x, y, ratio].every((v) => Number.isFinite(v)) && (ratio ?? 0) > 0
        ? { x: x ?? 0.5, y: y ?? 0.5, ratio: ratio ?? 1 }
        : undefined,
  };
}

export function encodeState(state: ViewState): string {
  const p = new URLSearchParams();
  if (state.selected) p.set('sel', state.selected);
  if (state.edge) p.set('edge', state.edge);
  if (state.hiddenTypes.length) p.set('hide', state.hiddenTypes.join(','));
  if (state.hiddenRelations.length) p.set('hiderel', state.hiddenRelations.join(','));
  if (state.minConfidence > 0) p.set('conf', String(state.minConfidence));
  if (state.q) p.set('q', state.q);
  if (state.cypher) p.set('cypher', state.cypher);
  if (state.camera) p.set('cam', [state.camera.x, state.camera.y, state.camera.ratio].map((v) => v.toFixed(4)).join(','));
  return `#${p.toString()}`;
}
