import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { IdParams } from '../../contract/common';
import { documentFormats, VerifyParams, VerifyPath } from '../../contract/documents';
import { actingOf } from '../plugins/context';
import { malformedCodePage, unknownPaperPage, verifiedPaperPage } from '../public/verify-page';
import { generateAnnex2, generateNoticePdf, verifyDocument } from '../services/documents';
import { privateFile, publicOrigin } from './common';

const mime: Record<(typeof documentFormats)[number], string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export async function documentRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  for (const format of documentFormats) {
    r.get(
      `/api/applications/:id/annex2.${format}`,
      {
        schema: {
          tags: ['documents'],
          summary: `The recommendation form (Annex 2) as ${format.toUpperCase()}, with a QR code to its verification page`,
          params: IdParams,
        },
      },
      async (request, reply) => {
        const base = `${publicOrigin(app.config.publicOrigins)}/verify/`;
        const document = await generateAnnex2(
          app.db,
          app.storage,
          actingOf(request),
          request.params.id,
          format,
          base,
        );
        privateFile(reply, { mimeType: mime[format], fileName: document.fileName });
        reply.header('x-content-hash', document.contentHash);
        return reply.send(document.bytes);
      },
    );
  }

  r.get(
    '/api/notices/:id/document.pdf',
    {
      schema: {
        tags: ['documents'],
        summary: 'The printable notice (公示) listing its candidates',
        params: IdParams,
      },
    },
    async (request, reply) => {
      const document = await generateNoticePdf(app.db, actingOf(request), request.params.id);
      privateFile(reply, { mimeType: mime.pdf, fileName: document.fileName });
      return reply.send(document.bytes);
    },
  );

  // Public: what the intake desk or anyone scanning the QR code sees. No login, nothing personal. Every
  // answer is a page (a malformed code too, which the params schema would have answered with JSON).
  r.get('/verify/:hash', { schema: { hide: true, params: VerifyPath } }, async (request, reply) => {
    reply.type('text/html; charset=utf-8');
    reply.header('cache-control', 'no-store');
    const code = VerifyParams.safeParse({ hash: request.params.hash.trim().toLowerCase() });
    if (!code.success) return reply.status(400).send(malformedCodePage());
    const found = await verifyDocument(app.db, app.storage, app.sealer, code.data.hash, app.clock.now());
    if (!found) return reply.status(404).send(unknownPaperPage());
    return reply.send(verifiedPaperPage(found, code.data.hash));
  });
}
