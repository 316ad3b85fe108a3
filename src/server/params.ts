// Request parameter schemas (zod) and the one place that turns a schema failure into a
// KgError BAD_REQUEST naming the parameter. Routes only ever see parsed, typed values.

import { z } from 'zod';
import { KgError } from '../errors.js';
import { ENTITY_TYPES } from '../types.js';

const intParam = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

const typeList = z
  .string()
  .max(500)
  .transform((value) => value.split(',').map((t) => t.trim()).filter((t) => t !== ''))
  .pipe(z.array(z.enum(ENTITY_TYPES)));

export const GraphParams = z.object({
  limit: intParam(1, 1_000_000).optional(),
  types: typeList.optional(),
});

export const EntityParams = z.object({ id: z.string().min(1).max(300) });

export const SearchParams = z.object({
  q: z.string().trim().min(1, 'must not be empty').max(200),
  limit: intParam(1, 50).default(10),
});

export const NeighborParams = z.object({
  limit: intParam(1, 500).default(20),
  offset: intParam(0, 1_000_000).default(0),
});

export const CypherBody = z.object({
  query: z.string().trim().min(1, 'must not be empty').max(20_000),
  params: z.record(z.string(), z.unknown()).default({}),
});

export const ExportParams = z.object({
  format: z.enum(['gexf', 'json']).default('gexf'),
  types: typeList.optional(),
});

/** Parses `input` with `schema` or throws BAD_REQUEST naming the first bad parameter. */
export function parseParams<S extends z.ZodType>(schema: S, input: unknown, where: string): z.output<S> {
  const parsed = schema.safeParse(input ?? {});
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const name = issue && issue.path.length > 0 ? issue.path.join('.') : where;
  const raw = issue?.message ?? 'is invalid';
  const what = raw.charAt(0).toLowerCase() + raw.slice(1);
  throw new KgError('BAD_REQUEST', `server: ${where} parameter "${name}" ${what.replace(/\.$/, '')}. Fix the request.`);
}

