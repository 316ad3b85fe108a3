// Shared shorthands for the relation rule tables: mention specs by entity type and the Case shape.
// A case lists the mentions the text layer would find and the exact relations expected
// ("TYPE Source -> Target" by canonical name; symmetric types in either order).

import type { MentionSpec, RoleSpec } from '../../../helpers/analyzed.js';

export interface Case {
  text: string;
  lang?: 'de' | 'en';
  mentions: MentionSpec[];
  roles?: RoleSpec[];
  /** Exactly these relations (unless `partial`). */
  expect: string[];
  /** Only require `expect` to be present; these must be absent. */
  partial?: boolean;
  absent?: string[];
}

export const country = (surface: string, name = surface): MentionSpec => [surface, name, 'Country'];
export const adjective = (surface: string, name: string): MentionSpec => [surface, name, 'Country', 'kb-adjective'];
export const demonym = (surface: string, name: string): MentionSpec => [surface, name, 'Country', 'kb-demonym'];
export const org = (surface: string, name = surface): MentionSpec => [surface, name, 'Organization'];
export const person = (surface: string, name = surface): MentionSpec => [surface, name, 'Person'];
export const coref = (surface: string, name: string): MentionSpec => [surface, name, 'Person', 'coref'];
export const city = (surface: string, name = surface): MentionSpec => [surface, name, 'City'];
export const region = (surface: string, name = surface): MentionSpec => [surface, name, 'Region'];
export const event = (surface: string, name = surface): MentionSpec => [surface, name, 'Event'];
export const award = (surface: string, name = surface): MentionSpec => [surface, name, 'Award'];

export const headOfState = (surface: string): RoleSpec => [surface, 'head_of_state'];
export const headOfGovernment = (surface: string): RoleSpec => [surface, 'head_of_government'];
export const minister = (surface: string): RoleSpec => [surface, 'minister'];
export const leader = (surface: string): RoleSpec => [surface, 'leader'];
export const chair = (surface: string): RoleSpec => [surface, 'chair'];
export const employee = (surface: string): RoleSpec => [surface, 'employee'];
export const otherRole = (surface: string): RoleSpec => [surface, 'other'];
