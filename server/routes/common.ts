import type { FastifyReply } from 'fastify';
/**
 * The origin links and QR codes point at: the first configured public origin. Never the request's Host
 * header, which a client can forge to put its own site on a printed form. main.ts refuses to start
 * without one (config.ts `checkServingConfig`).
 */
export function publicOrigin(configured: readonly string[]): string {
  const [first] = configured;
  if (!first) throw new Error('no public origin configured (PUBLIC_ORIGIN)');
  return first;
}

/** `attachment; filename*=UTF-8''…` so Chinese file names survive every browser. */
export function contentDisposition(
  name: string,
  disposition: 'attachment' | 'inline' = 'attachment',
): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/**
 * The headers of a private file (a generated paper, an uploaded scan): its type, its name (inline for a
 * PDF to read in the browser, else to save), never kept by a cache — papers carry personal data.
 */
export function privateFile(
  reply: FastifyReply,
  file: { mimeType: string; fileName: string; disposition?: 'attachment' | 'inline' },
): FastifyReply {
  const disposition = file.disposition ?? (file.mimeType === 'application/pdf' ? 'inline' : 'attachment');
  reply.header('content-type', file.mimeType);
  reply.header('content-disposition', contentDisposition(file.fileName, disposition));
  reply.header('cache-control', 'private, no-store');
  return reply;
}
