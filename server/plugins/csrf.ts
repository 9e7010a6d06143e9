import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { DomainError } from '../../domain/errors';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function originOf(value: string): string | null {
  return URL.canParse(value) ? new URL(value).origin : null;
}

/**
 * Where a request says it comes from: its Origin header when it has one — `Origin: null` (sandboxed
 * frames, file: pages, some redirects) is an origin, and not ours — else its Referer's origin.
 */
function requestOrigin(request: FastifyRequest): string | null {
  const { origin, referer } = request.headers;
  if (origin !== undefined) return originOf(origin);
  return referer === undefined ? null : originOf(referer);
}

/**
 * CSRF defence: a state-changing request is refused unless its Origin (or, lacking it, its Referer)
 * is one of the configured public origins — never one derived from the request's own Host header.
 * Together with SameSite=Strict cookies this stops cross-site form posts.
 */
export const csrfPlugin = fp(async (app: FastifyInstance) => {
  app.addHook('onRequest', async (request) => {
    if (SAFE_METHODS.has(request.method)) return;
    const origin = requestOrigin(request);
    if (origin && origin !== 'null' && app.config.publicOrigins.includes(origin)) return;
    throw new DomainError('csrf.origin_mismatch', {
      zh: '请求来源不受信任，已拒绝。请从本系统页面重新操作。',
      en: 'The request did not come from this site and was refused. Please retry from the app.',
    });
  });
});
