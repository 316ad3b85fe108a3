// German compound heads that make a capitalised word a role cue ("Arbeitsmarktforscher",
// "Klimaaktivistin", "IG-Metall-Verhandlungsführerin", "Titelverteidiger"), beyond the heads of
// ./roles.ts. Data only: each head names the role record (by id, from ./roles.ts) or its own record.
// Without them the compound is taken for the first word of an unknown person's name.

import type { RoleEntry } from './roles.js';

/** Roles that ./roles.ts has no record for. */
export const EXTRA_ROLES: readonly RoleEntry[] = [
  { id: 'role:negotiator', role: 'negotiator', category: 'employee', de: ['Verhandlungsführer', 'Unterhändler', 'Chefunterhändler'], en: [], example: 'IG-Metall-Verhandlungsführerin Anna Beispiel sagte ...' },
  { id: 'role:candidate', role: 'candidate', category: 'other', de: ['Kandidat', 'Spitzenkandidat', 'Kanzlerkandidat'], en: [], example: 'gegen den CDU-Kandidaten Peter Beispiel' },
];

/**
 * Lowercase compound heads and the id of their role. The compound must be longer than the head by
 * three letters or more; the role finder tries the endings "", -s, -n, -in, -innen itself.
 */
export const COMPOUND_ROLE_HEADS: ReadonlyArray<{ head: string; id: string }> = [
  { head: 'verhandlungsführer', id: 'role:negotiator' },
  { head: 'unterhändler', id: 'role:negotiator' },
  { head: 'forscher', id: 'role:expert' },
  { head: 'experte', id: 'role:expert' },
  { head: 'expert', id: 'role:expert' },
  { head: 'ökonom', id: 'role:expert' },
  { head: 'analyst', id: 'role:expert' },
  { head: 'wissenschaftler', id: 'role:expert' },
  { head: 'aktivist', id: 'role:activist' },
  { head: 'anwalt', id: 'role:activist' },
  { head: 'berater', id: 'role:adviser' },
  { head: 'korrespondent', id: 'role:journalist' },
  { head: 'redakteur', id: 'role:journalist' },
  { head: 'reporter', id: 'role:journalist' },
  { head: 'abgeordnete', id: 'role:deputy' },
  { head: 'abgeordneter', id: 'role:deputy' },
  { head: 'verteidiger', id: 'role:athlete' },
  { head: 'sieger', id: 'role:athlete' },
  { head: 'siegerin', id: 'role:athlete' },
  { head: 'profi', id: 'role:athlete' },
  { head: 'boss', id: 'role:ceo' },
  { head: 'kandidat', id: 'role:candidate' },
];
