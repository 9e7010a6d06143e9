import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { type ErrorCode, errorCatalogue, errorEntry } from '../../contract/errors';
import { DomainError, type FieldError } from '../../domain/errors';
import type { Message } from '../../domain/message';
import { type IssueLike, issueMessage } from '../../domain/validation';
import { DeniedAuditLog } from './denied-audit';

export interface ErrorBody {
  code: string;
  message: Message;
  fields?: FieldError[];
  requestId: string;
}

/** A failure answered with the catalogue's own message for its code. */
function answer(
  reply: FastifyReply,
  code: ErrorCode,
  extra: { status?: number; fields?: FieldError[] } = {},
) {
  const { status, message } = errorCatalogue[code];
  const body: ErrorBody = { code, message, requestId: reply.request.id };
  if (extra.fields) body.fields = extra.fields;
  return reply.status(extra.status ?? status).send(body);
}

/**
 * One place turns every failure into `{ code, message: {zh, en}, fields?, requestId }`; no stack, no SQL.
 * The status is the catalogue's for the code (contract/errors.ts); a code it lacks is a bug, answered 500.
 */
export const errorsPlugin = fp(async (app: FastifyInstance) => {
  const denied = new DeniedAuditLog(app);
  app.addHook('onClose', async () => denied.flushExpired(app.clock.now().getTime(), true));
  app.setErrorHandler(async (error: FastifyError | DomainError, request, reply) => {
    if (error instanceof DomainError) {
      const entry = errorEntry(error.code);
      if (!entry) {
        request.log.error({ err: error }, `error code ${error.code} is missing from contract/errors.ts`);
        return answer(reply, 'internal');
      }
      const { status } = entry;
      // every refused access to an object is recorded: 403, and the 404 of "outside your scope"
      if (status === 403 || (status === 404 && error.code === 'not_found'))
        await denied.record(request, { status, code: error.code });
      const body: ErrorBody = { code: error.code, message: error.userMessage, requestId: request.id };
      if (error.fields.length) body.fields = error.fields;
      const retryAfter = error.params.retryAfterSeconds;
      if (typeof retryAfter === 'number') reply.header('retry-after', String(retryAfter));
      return reply.status(status).send(body);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const context = (error as { validationContext?: string }).validationContext;
      const fields: FieldError[] = error.validation.map((v) => {
        // The type provider hands over each zod issue as keyword (its code) + params (the rest of it).
        const issue: IssueLike = {
          ...(v.params as Omit<IssueLike, 'code' | 'path'>),
          code: v.keyword,
          path: [],
          message: v.message,
        };
        const path = v.instancePath.replace(/^\//, '').replaceAll('/', '.');
        return {
          path: path || (context ?? ''),
          code: issue.params?.code ?? `validation.${issue.code}`,
          message: issueMessage(issue),
        };
      });
      return answer(reply, 'validation.failed', { fields });
    }
    const status = error.statusCode ?? 500;
    if (status === 413) return answer(reply, 'request.too_large');
    if (status >= 400 && status < 500) {
      request.log.info({ err: { code: error.code, message: error.message } }, 'client error');
      return answer(reply, 'request.invalid', { status });
    }
    request.log.error({ err: error }, 'unhandled error');
    return answer(reply, 'internal');
  });
});

export const notFound = () => new DomainError('not_found', errorCatalogue.not_found.message);

/** The same 400 a schema violation answers, for checks made outside the request schema. */
export const validationFailed = (fields: FieldError[]) =>
  new DomainError('validation.failed', errorCatalogue['validation.failed'].message, { fields });
