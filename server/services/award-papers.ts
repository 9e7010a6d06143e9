import { createHash } from 'node:crypto';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { awardLabels } from '../../domain/application';
import { shanghaiDate } from '../../domain/time';
import type { ApplicationStatus } from '../../domain/workflow';
import type { Db, Executor } from '../db/database';
import {
  applications,
  awards,
  decisions,
  editions,
  organisations,
  panels,
  prizePayments,
} from '../db/schema';
import { type DecisionDocument, renderDecisionDocx, renderDecisionPdf } from '../documents/award-decision';
import { renderCertificatePdf } from '../documents/certificate-pdf';
import { type PrizeListRow, renderPrizeListXlsx } from '../documents/prize-list-xlsx';
import {
  editionOrdinal,
  type ReviewOpinionDocument,
  renderReviewOpinionDocx,
  renderReviewOpinionPdf,
} from '../documents/review-opinion';
import { notFound } from '../plugins/errors';
import { applicationScope } from '../policies/application';
import { refuse } from '../workflow/record-types';
import { appendAudit } from './audit';
import { certificateOfRecord } from './certificates';
import { registerPaper } from './documents';
import { currentAward, panelViews } from './review-panels';
import { rubricView } from './review-rubric';
import { selectionOf } from './review-votes';
import type { Acting } from './workflow';

/**
 * The papers of steps 4–7 of the plan: the expert panel's review opinion (专家评审意见书), the bureau's
 * decision (获评决定), each winner's certificate with its QR code, and the prize list for the finance office
 * (奖金发放名单). Every paper is registered by its code and its production audited; the prize list, which
 * carries ID and account numbers in clear for the bank, is audited as an access to personal data.
 */

const FALLBACK_ISSUER = '长春市人力资源和社会保障局';

async function issuerName(tx: Executor): Promise<string> {
  const [bureau] = await tx
    .select({ name: organisations.nameZh })
    .from(organisations)
    .where(eq(organisations.kind, 'bureau'))
    .orderBy(asc(organisations.createdAt))
    .limit(1);
  return bureau?.name ?? FALLBACK_ISSUER;
}

const awardedStatuses: readonly ApplicationStatus[] = ['awarded', 'prize_paid'];

/**
 * `GET /api/applications/{id}/certificate.pdf`: the winner's certificate (荣誉证书) with its number and a QR
 * code to its verification page; for an application in the caller's scope once the decision names it.
 */
export async function printCertificate(db: Db, acting: Acting, applicationId: string, verifyBase: string) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ id: applications.id, status: applications.status })
      .from(applications)
      .where(and(eq(applications.id, applicationId), applicationScope(acting.actor)));
    if (!row) throw notFound();
    const certificate = awardedStatuses.includes(row.status) ? await certificateOfRecord(tx, row.id) : null;
    if (!certificate)
      refuse(
        'certificate.not_awarded',
        '获评决定发布后方可打印证书',
        'The certificate is printed once the decision names the winner',
      );
    const awardName = awardLabels[certificate.award].zh;
    const rendered = await renderCertificatePdf({
      certificateNo: certificate.certificateNo,
      name: certificate.application.name,
      awardName,
      edition: { number: certificate.edition, year: Number(certificate.issuedOn.slice(0, 4)) },
      issuedOn: certificate.issuedOn,
      issuer: await issuerName(tx),
      verifyUrl: `${verifyBase}${certificate.code}`,
    });
    await registerPaper(tx, acting, {
      kind: 'certificate',
      contentHash: certificate.code,
      title: `${awardName}荣誉证书 ${certificate.certificateNo}`,
      applicationId: row.id,
      audit: {
        action: 'document.certificate',
        objectType: 'application',
        objectId: row.id,
        detail: { certificateNo: certificate.certificateNo, sha256: rendered.sha256 },
      },
    });
    return {
      bytes: rendered.bytes,
      fileName: `${awardName}证书（${certificate.application.name}，${certificate.certificateNo}）.pdf`,
    };
  });
}

/**
 * `GET /api/prize-list.xlsx`: the finance office's list of the current edition's winners — certificate,
 * name, award, unit, the ID number masked and in clear, the Bank of Jilin class-I account, the amount and
 * the payment as recorded. Audited as a disclosure of personal data, naming whose.
 */
export async function exportPrizeList(db: Db, acting: Acting) {
  return db.transaction(async (tx) => {
    const rows = await tx
      .select({
        application: applications,
        payment: prizePayments,
        award: awards.code,
        edition: editions.number,
        editionName: editions.nameZh,
      })
      .from(prizePayments)
      .innerJoin(applications, eq(applications.id, prizePayments.applicationId))
      .innerJoin(awards, eq(awards.id, applications.awardId))
      .innerJoin(editions, eq(editions.id, applications.editionId))
      .where(and(eq(editions.status, 'published'), inArray(applications.status, [...awardedStatuses])))
      .orderBy(asc(awards.code), asc(prizePayments.certificateNo));
    const list: PrizeListRow[] = rows.map(({ application, payment, award }) => ({
      certificateNo: payment.certificateNo,
      name: application.name,
      awardName: awardLabels[award].zh,
      employer: application.employerName ?? '',
      idNumber: acting.sealer.openOptional(application.idNumberEnc) ?? '',
      idNumberMasked: application.idNumberMasked ?? '',
      bank: '吉林银行',
      accountNo: acting.sealer.openOptional(application.bankAccountEnc) ?? '',
      amountYuan: payment.amountYuan,
      status: payment.status === 'paid' ? 'paid' : 'pending',
      paidOn: payment.paidOn,
      bankReference: payment.bankReference,
    }));
    const editionName = rows[0]?.editionName ?? '';
    const bytes = await renderPrizeListXlsx({
      title: `${editionName}奖金发放名单`,
      generatedAt: acting.now,
      rows: list,
    });
    await appendAudit(
      tx,
      acting.audit,
      {
        action: 'export.prize_list',
        objectType: 'edition',
        objectId: rows[0]?.application.editionId,
        detail: {
          personalData: ['idNumber', 'bankAccount'],
          applicationIds: rows.map((r) => r.application.id),
          total: list.reduce((sum, r) => sum + r.amountYuan, 0),
        },
      },
      acting.now,
    );
    return { bytes, fileName: `${editionName || '长春技能大奖'}奖金发放名单.xlsx` };
  });
}

/** 专家评审意见书 of an award: the panel, the method, the results, the proposed list and the signatures. */
export async function reviewOpinionPaper(db: Db, acting: Acting, awardId: string, format: 'pdf' | 'docx') {
  return db.transaction(async (tx) => {
    const award = await currentAward(tx, awardId);
    const [panel] = await tx
      .select({ id: panels.id, reviewedOn: panels.reviewedOn })
      .from(panels)
      .where(and(eq(panels.awardId, award.id), eq(panels.editionId, award.editionId)));
    if (!panel)
      refuse('review.no_panel', '该奖项尚未组建评审组', 'This award has no panel yet', { path: 'awardId' });
    const [view] = await panelViews(tx, [panel.id]);
    const selection = await selectionOf(tx, award.id);
    if (!selection.complete || selection.items.length === 0)
      refuse(
        'review.ranking_incomplete',
        '本奖项尚有候选人未完成评分，排名尚未确定',
        'Some candidates of this award are not fully scored yet: the ranking is not final',
      );
    const rubric = await rubricView(tx, award);
    const [edition] = await tx.select().from(editions).where(eq(editions.id, award.editionId));
    const names = new Map(selection.items.map((i) => [i.applicationId, i.name]));
    const reviewedOn = panel.reviewedOn ?? shanghaiDate(acting.now);
    const document: ReviewOpinionDocument = {
      edition: { number: edition?.number ?? 0, year: Number(reviewedOn.slice(0, 4)) },
      award: { code: award.code, name: awardLabels[award.code].zh, places: award.places },
      panel: {
        name: view?.name ?? '',
        members: (view?.members ?? [])
          .filter((m) => m.status === 'seated')
          .map((m) => ({ name: m.name, workplace: m.workplace, title: m.title, role: m.role })),
      },
      method: {
        criteria: rubric.criteria.map((c) => ({ name: c.name.zh, maxScore: c.maxScore })),
        aggregation: rubric.aggregation,
        blind: rubric.blind,
      },
      results: selection.items.map((i) => ({
        rank: i.rank,
        name: i.name,
        employer: i.employer,
        score: i.score,
        scores: i.scores,
        tie: i.tie,
        outcome: i.outcome,
      })),
      vote: selection.vote
        ? {
            heldOn: selection.vote.heldOn,
            voters: selection.vote.voters,
            votes: selection.vote.votes.map((v) => ({
              name: names.get(v.applicationId) ?? '',
              votes: v.votes,
            })),
            minutes: selection.vote.minutes,
          }
        : null,
      reviewedOn,
      issuer: await issuerName(tx),
    };
    const rendered =
      format === 'pdf'
        ? await renderReviewOpinionPdf(document)
        : await (async () => {
            const bytes = await renderReviewOpinionDocx(document);
            return { bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
          })();
    const title = `${editionOrdinal(document.edition.number)}${document.award.name}专家评审意见书`;
    await registerPaper(tx, acting, {
      kind: 'review_opinion',
      contentHash: rendered.sha256,
      title,
      audit: {
        action: 'document.review_opinion',
        objectType: 'award',
        objectId: award.id,
        detail: { format, sha256: rendered.sha256, candidates: selection.items.length },
      },
    });
    return { bytes: rendered.bytes, fileName: `${title}.${format}` };
  });
}

/** 获评决定: the published decision with its document number and the winners by award. */
export async function decisionPaper(db: Db, acting: Acting, decisionId: string, format: 'pdf' | 'docx') {
  return db.transaction(async (tx) => {
    const [decision] = await tx.select().from(decisions).where(eq(decisions.id, decisionId));
    if (!decision) throw notFound();
    const [edition] = await tx.select().from(editions).where(eq(editions.id, decision.editionId));
    const winners = await tx
      .select({
        name: applications.name,
        employer: applications.employerName,
        occupation: applications.occupation,
        certificateNo: prizePayments.certificateNo,
        award: awards.code,
        prize: awards.prizeYuan,
      })
      .from(prizePayments)
      .innerJoin(applications, eq(applications.id, prizePayments.applicationId))
      .innerJoin(awards, eq(awards.id, applications.awardId))
      .where(
        and(eq(prizePayments.decisionId, decision.id), inArray(applications.status, [...awardedStatuses])),
      )
      .orderBy(asc(awards.code), asc(prizePayments.certificateNo));
    const byAward = new Map<string, DecisionDocument['awards'][number]>();
    for (const w of winners) {
      const entry = byAward.get(w.award) ?? {
        code: w.award,
        name: awardLabels[w.award].zh,
        prizeYuan: w.prize,
        winners: [],
      };
      entry.winners.push({
        name: w.name,
        employer: w.employer ?? '',
        occupation: w.occupation,
        certificateNo: w.certificateNo ?? '',
      });
      byAward.set(w.award, entry);
    }
    const document: DecisionDocument = {
      documentNo: decision.documentNo,
      title: decision.title,
      decidedOn: decision.decidedOn,
      issuer: await issuerName(tx),
      edition: { number: edition?.number ?? 0, year: Number(decision.decidedOn.slice(0, 4)) },
      awards: [...byAward.values()],
    };
    const rendered =
      format === 'pdf'
        ? await renderDecisionPdf(document)
        : await (async () => {
            const bytes = await renderDecisionDocx(document);
            return { bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
          })();
    await registerPaper(tx, acting, {
      kind: 'award_decision',
      contentHash: rendered.sha256,
      title: `${decision.title}（${decision.documentNo}）`,
      audit: {
        action: 'document.award_decision',
        objectType: 'decision',
        objectId: decision.id,
        detail: { format, sha256: rendered.sha256, winners: winners.length },
      },
    });
    return { bytes: rendered.bytes, fileName: `${decision.title}.${format}` };
  });
}

/** The decisions of the current edition, for the bureau's and the talent office's screens. */
export async function listDecisions(db: Db) {
  return db.transaction(async (tx) => {
    const rows = await tx
      .select({
        id: decisions.id,
        documentNo: decisions.documentNo,
        title: decisions.title,
        decidedOn: decisions.decidedOn,
      })
      .from(decisions)
      .innerJoin(editions, eq(editions.id, decisions.editionId))
      .where(eq(editions.status, 'published'))
      .orderBy(asc(decisions.decidedOn));
    const counts = await tx
      .select({ decisionId: prizePayments.decisionId, n: sql<number>`count(*)` })
      .from(prizePayments)
      .groupBy(prizePayments.decisionId);
    const named = new Map(counts.map((c) => [c.decisionId, Number(c.n)]));
    return { items: rows.map((r) => ({ ...r, winners: named.get(r.id) ?? 0 })) };
  });
}
