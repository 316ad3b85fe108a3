// How the explorer server reports failures: every error becomes `{error: {code, message}}` with a
// status that fits its kind. KgErrors keep their code and message; fastify's own errors (bad JSON,
// body too large, unknown route) are translated. Never sends a stack trace.

import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isKgError, oneLine } from '../errors.js';
import type { ErrorCode } from '../errors.js';

export interface ErrorBody {
  error: { code: string; message: string };
}

const STATUS: Partial<Record<ErrorCode, number>> = {
  BAD_REQUEST: 400,
  QUERY_INVALID: 400,
  CONFIG_INVALID: 400,
  NOT_FOUND: 404,
  QUERY_WRITE_REFUSED: 403,
  STORE_NO_CYPHER: 501,
  QUERY_TIMEOUT: 504,
  STORE_UNREACHABLE: 503,
};

export function statusOf(code: ErrorCode): number {
  return STATUS[code] ?? 500;
}

export function errorBody(code: string, message: string): ErrorBody {
  return { error: { code, message } };
}

function fromFastify(error: FastifyError): { status: number; body: ErrorBody } {
  const status = error.statusCode ?? 500;
  if (status === 413) {
    return { status, body: errorBody('BAD_REQUEST', 'server: the request body is too large. Send at most 64 KB.') };
  }
  if (status >= 400 && status < 500) {
    return { status, body: errorBody('BAD_REQUEST', `server: ${oneLine(error).replace(/\.$/, '')}. Fix the request.`) };
  }
  return { status: 500, body: errorBody('INTERNAL', `server: unexpected error: ${oneLine(error)}. See the server log.`) };
}

export function installErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (isKgError(error)) {
      const status = statusOf(error.code);
      if (status >= 500) request.log.error({ code: error.code }, oneLine(error));
      return reply.status(status).send(errorBody(error.code, oneLine(error)));
    }
    const { status, body } = fromFastify(error);
    if (status >= 500) request.log.error(error);
    return reply.status(status).send(body);
  });
  app.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split('?')[0] ?? request.url;
    return reply
      .status(404)
      .send(errorBody('NOT_FOUND', `server: no route ${request.method} ${path}. See GET /healthz and the /api/* routes.`));
  });
}
