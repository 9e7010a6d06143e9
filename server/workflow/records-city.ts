import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { type EnvelopeItemCode, envelopeItemNames, missingEnvelopeItems } from '../../domain/intake/envelope';
import { certificateNumber } from '../../domain/review';
import { shanghaiDate } from '../../domain/time';
import type { Executor } from '../db/database';
import {
  approvals,
  awards,
  decisions,
  editions,
  prizePayments,
  winnersHistory,
  workflowEvents,
} from '../db/schema';
import { awardRanking } from '../services/review-ranking';
import { awardSelection } from '../services/review-selection';
import { panelOf } from './facts';
import { type ApplicationRow, type RecordHandler, refuse } from './record-types';

/** The records of the bureau's and the talent office's moves: intake, review, approval, decision, payment. */

const notAfterToday = (day: string, today: string, path: string) => {
  if (day > today)
    refuse('record.date_in_future', '日期不能晚于今天', 'The date cannot be later than today', { path });
};

/** 受理: the day the paper materials reached the bureau's desk and the receipt given. */
export const intakeRecord: RecordHandler = async (tx, acting, { payload, rows }) => {
  const { receivedOn, receiptNo, items } = payload as {
    receivedOn: string;
    receiptNo?: string;
    items: EnvelopeItemCode[];
  };
  notAfterToday(receivedOn, shanghaiDate(acting.now), 'receivedOn');
  // the paper arrives in the window (the move's guard holds "now" to it; the date given must agree)
  const editionIds = [...new Set(rows.map((row) => row.editionId))];
  for (const edition of await tx.select().from(editions).where(inArray(editions.id, editionIds))) {
    if (receivedOn < edition.submissionStart || receivedOn > edition.submissionEnd)
      refuse(
        'intake.received_outside_window',
        `收件日期应在报送时间 ${edition.submissionStart} 至 ${edition.submissionEnd} 之内`,
        `The day received must lie in the submission window, ${edition.submissionStart} to ${edition.submissionEnd}`,
        { path: 'receivedOn', params: { start: edition.submissionStart, end: edition.submissionEnd } },
      );
  }
  // 受理 takes the whole envelope; what is missing goes back to the recommender, named
  const missing = missingEnvelopeItems(items);
  if (missing.length > 0) {
    const named = envelopeItemNames(missing);
    refuse(
      'intake.items_missing',
      `纸质材料不齐全，缺少：${named.zh}。请退回推荐单位补齐`,
      `The paper materials are incomplete, missing: ${named.en}. Return them to the recommender to complete`,
      { path: 'items', params: { missing } },
    );
  }
  return { data: { receivedOn, items: [...new Set(items)], ...(receiptNo ? { receiptNo } : {}) } };
};

/** 专家评审: the award's panel the candidate goes to, and who sits on it for this candidate. */
export const panelRecord: RecordHandler = async (tx, _acting, { rows }) => {
  const panels = new Map<string, { panelId: string; experts: number }>();
  for (const row of rows) {
    const panel = await panelOf(tx, row);
    if (panel) panels.set(row.id, { panelId: panel.id, experts: panel.experts.length });
  }
  return { dataFor: (row) => panels.get(row.id) ?? {} };
};

/** The review's result as the selection stood: the candidate's score, how many experts, rank, tie, the vote. */
export const reviewResultRecord: RecordHandler = async (tx, _acting, { rows }) => {
  const results = new Map<string, Record<string, unknown>>();
  for (const row of rows) {
    const selection = await awardSelection(tx, row.awardId);
    const item = selection.items.find((i) => i.applicationId === row.id);
    const [award] = await tx
      .select({ aggregation: awards.aggregation })
      .from(awards)
      .where(eq(awards.id, row.awardId));
    results.set(row.id, {
      score: item?.score ?? null,
      experts: item?.scores ?? 0,
      rank: item?.rank ?? null,
      tie: item?.tie ?? false,
      aggregation: award?.aggregation,
      ...(selection.vote ? { voteId: selection.vote.id } : {}),
    });
  }
  return { dataFor: (row) => results.get(row.id) ?? {} };
};

/** 报人才办审定: one list per award sent to the talent office. */
export const submissionRecord: RecordHandler = async (tx, acting, { rows, payload }) => {
  const { note } = payload as { note?: string };
  const byAward = new Map<string, typeof rows>();
  for (const row of rows) byAward.set(row.awardId, [...(byAward.get(row.awardId) ?? []), row]);
  const approvalOf = new Map<string, string>();
  for (const [awardId, list] of byAward) {
    const [created] = await tx
      .insert(approvals)
      .values({
        editionId: list[0]?.editionId ?? '',
        awardId,
        applicationIds: list.map((r) => r.id),
        status: 'pending',
        submittedBy: acting.actor.userId,
        submittedAt: acting.now,
        comment: note ?? null,
      })
      .returning({ id: approvals.id });
    if (!created) throw new Error('approval insert returned nothing');
    for (const row of list) approvalOf.set(row.id, created.id);
  }
  return {
    dataFor: (row) => ({ approvalId: approvalOf.get(row.id) }),
    created: { approvalIds: [...new Set(approvalOf.values())] },
  };
};

/** 审定: the talent office's approval document, recorded on the list the candidate was sent on. */
export const approvalRecord: RecordHandler = async (tx, acting, { rows, payload }) => {
  const { documentNo, approvedOn } = payload as { documentNo: string; approvedOn: string };
  notAfterToday(approvedOn, shanghaiDate(acting.now), 'approvedOn');
  const approvalOf = new Map<string, string>();
  for (const row of rows) {
    const [list] = await tx
      .select()
      .from(approvals)
      .where(sql`${approvals.applicationIds} @> ${JSON.stringify([row.id])}::jsonb`)
      .orderBy(desc(approvals.submittedAt))
      .limit(1)
      .for('update');
    if (!list)
      refuse(
        'approval.not_submitted',
        '该同志未在报送审定的名单中',
        'This candidate was not submitted for approval',
      );
    if (list.status !== 'approved') {
      await tx
        .update(approvals)
        .set({
          status: 'approved',
          decidedBy: acting.actor.userId,
          decidedAt: acting.now,
          comment: documentNo,
        })
        .where(eq(approvals.id, list.id));
    }
    approvalOf.set(row.id, list.id);
  }
  return { data: { documentNo, approvedOn }, dataFor: (row) => ({ approvalId: approvalOf.get(row.id) }) };
};

/** 获评决定: the bureau's published decision, one document for every winner it names. */
export const decisionDocumentRecord: RecordHandler = async (tx, acting, { rows, payload }) => {
  const { documentNo, decidedOn, title } = payload as {
    documentNo: string;
    decidedOn: string;
    title?: string;
  };
  notAfterToday(decidedOn, shanghaiDate(acting.now), 'decidedOn');
  const editionId = rows[0]?.editionId ?? '';
  const [known] = await tx
    .select()
    .from(decisions)
    .where(and(eq(decisions.editionId, editionId), eq(decisions.documentNo, documentNo)));
  const decision =
    known ??
    (
      await tx
        .insert(decisions)
        .values({
          editionId,
          documentNo,
          title: title ?? `关于授予${rows.length}名同志荣誉称号的决定`,
          body: '',
          decidedOn,
          publishedAt: acting.now,
          createdBy: acting.actor.userId,
        })
        .returning()
    )[0];
  if (!decision) throw new Error('decision insert returned nothing');
  const certificates = await issueCertificates(tx, rows, decision.id, Number(decidedOn.slice(0, 4)));
  return {
    data: { decisionId: decision.id, documentNo },
    dataFor: (row) => ({ certificateNo: certificates.get(row.id) }),
    created: { decisionDocumentId: decision.id },
  };
};

/**
 * With the decision each winner gets the next certificate number of their award and year (the award rows
 * locked, so that parallel decisions never share a number), a prize row waiting for payment with the
 * award's amount, and a line in the winners history that later editions' eligibility reads (already
 * holding the title; the grand award "in principle" from former technical experts).
 */
async function issueCertificates(
  tx: Executor,
  rows: readonly ApplicationRow[],
  decisionId: string,
  year: number,
): Promise<Map<string, string>> {
  const issued = new Map<string, string>();
  const awardIds = [...new Set(rows.map((row) => row.awardId))].sort();
  const awardRows = await tx
    .select({ id: awards.id, code: awards.code, prize: awards.prizeYuan, edition: editions.number })
    .from(awards)
    .innerJoin(editions, eq(editions.id, awards.editionId))
    .where(inArray(awards.id, awardIds))
    .orderBy(awards.id)
    .for('update', { of: awards });
  for (const award of awardRows) {
    const prefix = `${certificateNumber(award.code, year, 1).slice(0, -3)}`;
    const [last] = await tx
      .select({
        // the serial is the number's third part (CCJSNS-2026-012 → 12)
        n: sql<string | null>`max(split_part(${prizePayments.certificateNo}, '-', 3)::int)`,
      })
      .from(prizePayments)
      .where(sql`${prizePayments.certificateNo} like ${`${prefix}%`}`);
    let serial = Number(last?.n ?? 0);
    // numbered in the order of the award's ranking, as the decision lists them
    const ranking = await awardRanking(tx, award.id);
    const place = new Map((ranking?.items ?? []).map((item, i) => [item.applicationId, i]));
    const placeOf = (id: string) => place.get(id) ?? Number.MAX_SAFE_INTEGER;
    const winners = rows
      .filter((row) => row.awardId === award.id)
      .sort((a, b) => placeOf(a.id) - placeOf(b.id) || a.id.localeCompare(b.id));
    for (const row of winners) {
      const [held] = await tx
        .select({ certificateNo: prizePayments.certificateNo })
        .from(prizePayments)
        .where(eq(prizePayments.applicationId, row.id));
      if (held?.certificateNo) {
        issued.set(row.id, held.certificateNo);
        continue;
      }
      if (!row.idNumberHash) throw new Error(`winner ${row.id} has no ID number`);
      serial += 1;
      const certificateNo = certificateNumber(award.code, year, serial);
      issued.set(row.id, certificateNo);
      await tx
        .insert(prizePayments)
        .values({
          applicationId: row.id,
          decisionId,
          certificateNo,
          amountYuan: award.prize,
          status: 'pending',
        })
        .onConflictDoUpdate({ target: prizePayments.applicationId, set: { decisionId, certificateNo } });
      await tx
        .insert(winnersHistory)
        .values({
          idNumberHash: row.idNumberHash,
          name: row.name,
          awardCode: award.code,
          editionNumber: award.edition,
          year,
          certificateNo,
          applicationId: row.id,
        })
        .onConflictDoNothing();
    }
  }
  return issued;
}

/** 奖金发放: the award's prize, paid on a day with the bank's reference; the amount must be the award's. */
export const paymentRecord: RecordHandler = async (tx, acting, { rows, payload }) => {
  const { amountYuan, paidOn, bankReference } = payload as {
    amountYuan: number;
    paidOn: string;
    bankReference: string;
  };
  notAfterToday(paidOn, shanghaiDate(acting.now), 'paidOn');
  for (const row of rows) {
    const [award] = await tx
      .select({ prize: awards.prizeYuan })
      .from(awards)
      .where(eq(awards.id, row.awardId));
    if (award?.prize !== amountYuan) {
      refuse(
        'payment.amount_mismatch',
        `奖金金额应为 ${award?.prize ?? '?'} 元`,
        `The prize is ${award?.prize ?? '?'} yuan`,
        { path: 'amountYuan', params: { expected: award?.prize } },
      );
    }
    const [decided] = await tx
      .select({ data: workflowEvents.data })
      .from(workflowEvents)
      .where(and(eq(workflowEvents.applicationId, row.id), eq(workflowEvents.transition, 'publishDecision')))
      .orderBy(desc(workflowEvents.at))
      .limit(1);
    const decisionId = (decided?.data as { decisionId?: string } | undefined)?.decisionId ?? null;
    await tx
      .insert(prizePayments)
      .values({
        applicationId: row.id,
        decisionId,
        amountYuan,
        status: 'paid',
        paidOn,
        bankReference,
        recordedBy: acting.actor.userId,
      })
      .onConflictDoUpdate({
        target: prizePayments.applicationId,
        set: { status: 'paid', amountYuan, paidOn, bankReference, recordedBy: acting.actor.userId },
      });
  }
  return { data: { amountYuan, paidOn } };
};
