// The shareable view state in the URL hash: round trip, and junk in a hand-edited link is dropped.
import { decodeState, encodeState } from '../../../src/web/url-state.js';
import type { ViewState } from '../../../src/web/url-state.js';

test('round trip', () => {
  const state: ViewState = {
    selected: 'person:alexander-lukashenko',
    hiddenTypes: ['City', 'Event'],
    hiddenRelations: ['MEMBER_OF'],
    minConfidence: 0.5,
    q: 'Lukaschenko & co',
    cypher: 'MATCH (c:Country)-[r:MEMBER_OF]->(o) RETURN c, r, o',
    camera: { x: 0.25, y: 0.75, ratio: 0.5 },
  };
  expect(decodeState(encodeState(state))).toEqual({ ...state, edge: undefined });
});

test('an empty hash is the default view', () => {
  expect(decodeState('')).toEqual({ selected: undefined, edge: undefined, hiddenTypes: [], hiddenRelations: [], minConfidence: 0, q: undefined, cypher: undefined, camera: undefined });
  expect(encodeState(decodeState(''))).toBe('#');
});

test.each([
  ['#hide=City,Planet,<script>', { hiddenTypes: ['City'] }],
  ['#hiderel=MEMBER_OF,DROP_ALL', { hiddenRelations: ['MEMBER_OF'] }],
  ['#conf=7', { minConfidence: 1 }],
  ['#conf=abc', { minConfidence: 0 }],
  ['#cam=1,2', { camera: undefined }],
  ['#cam=1,2,-1', { camera: undefined }],
])('junk in %s is dropped', (hash, expected) => {
  expect(decodeState(hash)).toMatchObject(expected);
});
