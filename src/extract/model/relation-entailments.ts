// Relations that a found relation entails, stated by the same sentence: who won an event took part in
// it. Data with ids and examples, like the rules; applied by the relation collector (../relations/collect.ts)
// to every candidate of `from` whose target is of `targetType` (read from the entity id's prefix).

import type { EntityType, RelationType } from '../../types.js';

export interface Entailment {
  id: string;
  from: RelationType;
  targetType: EntityType;
  relation: RelationType;
  /** Subtracted from the entailing candidate's confidence. */
  confidenceDrop: number;
  example: string;
}

export const ENTAILMENTS: readonly Entailment[] = [
  {
    id: 'any.participate.won-event',
    from: 'WON',
    targetType: 'Event',
    relation: 'PARTICIPATES_IN',
    confidenceDrop: 0.05,
    example: 'Daniel Kiprop won the Boston Marathon on Monday (he took part in it); not for prizes: "won the Booker Prize".',
  },
];
