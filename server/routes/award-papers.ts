import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { IdParams } from '../../contract/common';
import { documentFormats } from '../../contract/documents';
import { ApprovalList, AwardParams, DecisionList, DecisionParams } from '../../contract/review-stage';
import { actingOf } from '../plugins/context';
import { requirePermission } from '../policies/requests';
import { approvalList } from '../services/approval-list';
import {
  decisionPaper,
  exportPrizeList,
  listDecisions,
  printCertificate,
  reviewOpinionPaper,
} from '../services/award-papers';
import { privateFile, publicOrigin } from './common';

const mime = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/**
 * The papers of the review and the award: the experts' review opinion of an award, the bureau's decision,
 * each winner's certificate and the finance office's prize list.
 */
export async function awardPaperRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['documents'];

  for (const format of documentFormats) {
    r.get(
      `/api/awards/:awardId/review-opinion.${format}`,
      {
        schema: {
          tags,
          summary: `专家评审意见书 of an award as ${format.toUpperCase()}: panel, method, results, proposed list, signatures`,
          params: AwardParams,
        },
      },
      async (request, reply) => {
        requirePermission(request, 'readAwardPapers');
        const paper = await reviewOpinionPaper(app.db, actingOf(request), request.params.awardId, format);
        privateFile(reply, { mimeType: mime[format], fileName: paper.fileName });
        return reply.send(paper.bytes);
      },
    );
    r.get(
      `/api/decisions/:decisionId/document.${format}`,
      {
        schema: {
          tags,
          summary: `获评决定 as ${format.toUpperCase()}, with its document number and the winners`,
          params: DecisionParams,
        },
      },
      async (request, reply) => {
        requirePermission(request, 'readAwardPapers');
        const paper = await decisionPaper(app.db, actingOf(request), request.params.decisionId, format);
        privateFile(reply, { mimeType: mime[format], fileName: paper.fileName });
        return reply.send(paper.bytes);
      },
    );
  }

  r.get(
    '/api/decisions',
    {
      schema: { tags, summary: "The current edition's published decisions", response: { 200: DecisionList } },
    },
    async (request) => {
      requirePermission(request, 'readAwardPapers');
      return listDecisions(app.db);
    },
  );

  r.get(
    '/api/approval-list',
    {
      schema: {
        tags: ['review'],
        summary:
          'The proposed list per award as the talent office approves it: the review results, the city notice and its objections, returns and approvals',
        response: { 200: ApprovalList },
      },
    },
    async (request) => {
      requirePermission(request, 'readApprovalList');
      return approvalList(app.db, actingOf(request));
    },
  );

  r.get(
    '/api/applications/:id/certificate.pdf',
    {
      schema: {
        tags,
        summary: "The winner's certificate (荣誉证书) with its number and a QR code to its verification page",
        params: IdParams,
      },
    },
    async (request, reply) => {
      requirePermission(request, 'printCertificate');
      const paper = await printCertificate(
        app.db,
        actingOf(request),
        request.params.id,
        `${publicOrigin(app.config.publicOrigins)}/verify/`,
      );
      privateFile(reply, { mimeType: mime.pdf, fileName: paper.fileName });
      return reply.send(paper.bytes);
    },
  );

  r.get(
    '/api/prize-list.xlsx',
    {
      schema: {
        tags,
        summary:
          "The finance office's prize list (奖金发放名单): ID and Bank of Jilin account in clear, audited",
      },
    },
    async (request, reply) => {
      requirePermission(request, 'exportPrizeList');
      const paper = await exportPrizeList(app.db, actingOf(request));
      privateFile(reply, { mimeType: mime.xlsx, fileName: paper.fileName });
      return reply.send(paper.bytes);
    },
  );
}
