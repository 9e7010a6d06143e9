import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { IdParams } from '../../contract/common';
import { RecommenderQuery, summaryTableFormats } from '../../contract/documents';
import {
  renderRecommendationReportDocx,
  renderRecommendationReportPdf,
  renderSummaryTablePdf,
  renderSummaryTableXlsx,
} from '../documents';
import { actingOf } from '../plugins/context';
import { generateCover, generateDossier } from '../services/candidate-papers';
import { registerPaper } from '../services/documents';
import { recommendationReportOf, reportAttachments } from '../services/recommendation-report';
import { papersRecommender, summaryTableOf } from '../services/recommender-papers';
import { privateFile, publicOrigin } from './common';

const mime = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/**
 * The recommender's papers: Annex 3 (the summary table of its candidates, XLSX and PDF), and per candidate
 * the Annex 4 envelope cover and the bound dossier. Each production is registered for verification and
 * audited; nothing is cached (the table carries ID and bank account numbers in clear).
 */
export async function recommenderPaperRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const verifyBase = () => `${publicOrigin(app.config.publicOrigins)}/verify/`;

  for (const format of summaryTableFormats) {
    r.get(
      `/api/summary-table.${format}`,
      {
        schema: {
          tags: ['documents'],
          summary: `Annex 3, the summary table of the recommender's candidates in rank order, as ${format.toUpperCase()}`,
          querystring: RecommenderQuery,
        },
      },
      async (request, reply) => {
        const acting = actingOf(request);
        const paper = await app.db.transaction(async (tx) => {
          const recommender = await papersRecommender(tx, acting.actor, request.query.recommender);
          const { table, contentHash, applicationIds } = await summaryTableOf(
            tx,
            acting,
            recommender,
            verifyBase(),
          );
          const rendered =
            format === 'xlsx' ? await renderSummaryTableXlsx(table) : await renderSummaryTablePdf(table);
          await registerPaper(tx, acting, {
            kind: 'summary_table',
            contentHash,
            title: '长春技能大奖和长春技术能手候选人汇总表',
            organisationId: recommender.id,
            audit: {
              action: 'document.summary_table',
              objectType: 'organisation',
              objectId: recommender.id,
              // the table holds ID and bank account numbers in clear: whose, is recorded
              detail: { format, contentHash, applicationIds },
            },
          });
          return { bytes: rendered.bytes, fileName: `候选人汇总表（${recommender.nameZh}）.${format}` };
        });
        privateFile(reply, { mimeType: mime[format], fileName: paper.fileName });
        return reply.send(paper.bytes);
      },
    );
  }

  for (const format of ['pdf', 'docx'] as const) {
    r.get(
      `/api/recommendation-report.${format}`,
      {
        schema: {
          tags: ['documents'],
          summary:
            format === 'pdf'
              ? "The recommendation report (推荐报告) as PDF, with the experts' opinion and the notice attached"
              : 'The recommendation report (推荐报告) as DOCX, for the recommender to print on its letterhead',
          querystring: RecommenderQuery,
        },
      },
      async (request, reply) => {
        const acting = actingOf(request);
        const paper = await app.db.transaction(async (tx) => {
          const recommender = await papersRecommender(tx, acting.actor, request.query.recommender);
          const made = await recommendationReportOf(tx, acting, recommender, verifyBase());
          const rendered =
            format === 'pdf'
              ? await renderRecommendationReportPdf(made.report, await reportAttachments(app.storage, made))
              : await renderRecommendationReportDocx(made.report);
          await registerPaper(tx, acting, {
            kind: 'recommendation_report',
            contentHash: made.contentHash,
            title: '推荐报告',
            organisationId: recommender.id,
            audit: {
              action: 'document.recommendation_report',
              objectType: 'organisation',
              objectId: recommender.id,
              detail: { format, contentHash: made.contentHash, applicationIds: made.applicationIds },
            },
          });
          return { bytes: rendered.bytes, fileName: `推荐报告（${recommender.nameZh}）.${format}` };
        });
        privateFile(reply, { mimeType: mime[format], fileName: paper.fileName });
        return reply.send(paper.bytes);
      },
    );
  }

  r.get(
    '/api/applications/:id/cover.pdf',
    {
      schema: {
        tags: ['documents'],
        summary: 'Annex 4, the envelope cover of one candidate, with the QR code the intake desk scans',
        params: IdParams,
      },
    },
    async (request, reply) => {
      const intakeBase = `${publicOrigin(app.config.publicOrigins)}/intake/`;
      const paper = await generateCover(app.db, actingOf(request), request.params.id, intakeBase);
      privateFile(reply, { mimeType: mime.pdf, fileName: paper.fileName });
      return reply.send(paper.bytes);
    },
  );

  r.get(
    '/api/applications/:id/dossier.pdf',
    {
      schema: {
        tags: ['documents'],
        summary:
          'The bound dossier of one candidate: contents on page 1, Annex 2 and every attachment, numbered pages',
        params: IdParams,
      },
    },
    async (request, reply) => {
      const paper = await generateDossier(
        app.db,
        app.storage,
        actingOf(request),
        request.params.id,
        verifyBase(),
      );
      privateFile(reply, { mimeType: mime.pdf, fileName: paper.fileName });
      reply.header('x-page-count', String(paper.pageCount));
      return reply.send(paper.bytes);
    },
  );
}
