import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { DomainError } from '../../domain/errors';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function originOf(value: string | undefined): string | null {
  if (!value) return null;
  try {
    return new URL(value).origin;
  } catch {
    return null;
  }
}

/** The origins this app answers on: the configured public origins, else the Host the request came to. */
function ownOrigins(request: FastifyRequest, configured: string[]): string[] {
  if (configured.length) return configured.map((o) => originOf(o) ?? o);
  const host = request.headers.host;
  if (!host) return [];
  return [`http://${host}`, `https://${host}`];
}

/**
 * CSRF defence: a state-changing request is refused unless its Origin (or, lacking it, its Referer)
 * is the app's own. Together with SameSite=Strict cookies this stops cross-site form posts.
 */
export const csrfPlugin = fp(async (app: FastifyInstance) => {
  app.addHook('onRequest', async (request) => {
    if (SAFE_METHODS.has(request.method)) return;
    const origin = originOf(request.headers.origin) ?? originOf(request.headers.referer);
    if (origin && ownOrigins(request, app.config.publicOrigins).includes(origin)) return;
    throw new DomainError(
      'csrf.origin_mismatch',
      {
        zh: '请求来源不受信任，已拒绝。请从本系统页面重新操作。',
        en: 'The request did not come from this site and was refused. Please retry from the app.',
      },
      { status: 403 },
    );
  });
});
