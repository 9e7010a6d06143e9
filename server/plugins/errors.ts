import type { FastifyError, FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
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

const messages = {
  validation: { zh: '提交的内容有误，请检查标出的字段', en: 'Some fields are not valid; please check them' },
  notFound: { zh: '找不到该对象或您无权访问', en: 'Not found, or not yours to see' },
  internal: { zh: '系统内部错误，请稍后再试', en: 'Internal error; please try again later' },
  tooLarge: { zh: '提交的内容过大', en: 'The request is too large' },
  badRequest: { zh: '请求格式不正确', en: 'Malformed request' },
} satisfies Record<string, Message>;

/** One place turns every failure into `{ code, message: {zh, en}, fields?, requestId }`; no stack, no SQL. */
export const errorsPlugin = fp(async (app: FastifyInstance) => {
  const denied = new DeniedAuditLog(app);
  app.addHook('onClose', async () => denied.flushExpired(app.clock.now().getTime(), true));
  app.setErrorHandler(async (error: FastifyError | DomainError, request, reply) => {
    const requestId = request.id;
    if (error instanceof DomainError) {
      // every refused access to an object is recorded: 403, and the 404 of "outside your scope"
      if (error.status === 403 || (error.status === 404 && error.code === 'not_found'))
        await denied.record(request, { status: error.status, code: error.code });
      const body: ErrorBody = { code: error.code, message: error.userMessage, requestId };
      if (error.fields.length) body.fields = error.fields;
      const retryAfter = error.params.retryAfterSeconds;
      if (typeof retryAfter === 'number') reply.header('retry-after', String(retryAfter));
      return reply.status(error.status).send(body);
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
      return reply
        .status(400)
        .send({ code: 'validation.failed', message: messages.validation, fields, requestId });
    }
    const status = error.statusCode ?? 500;
    if (status === 413)
      return reply.status(413).send({ code: 'request.too_large', message: messages.tooLarge, requestId });
    if (status >= 400 && status < 500) {
      request.log.info({ err: { code: error.code, message: error.message } }, 'client error');
      return reply.status(status).send({ code: 'request.invalid', message: messages.badRequest, requestId });
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send({ code: 'internal', message: messages.internal, requestId });
  });
});

export const notFound = () => new DomainError('not_found', messages.notFound, { status: 404 });

/** The same 400 a schema violation answers, for checks made outside the request schema. */
export const validationFailed = (fields: FieldError[]) =>
  new DomainError('validation.failed', messages.validation, { status: 400, fields });
