import { eq } from 'drizzle-orm';
import { isRanked } from '../../domain/review';
import { issuesToFields } from '../../domain/validation';
import {
  type AnyRecordPayload,
  assertAuthority,
  assertTransition,
  stepLevelOf,
  type TransitionName,
  type TransitionRecord,
  transitionOf,
  transitionPayloadSchema,
} from '../../domain/workflow';
import type { Executor } from '../db/database';
import { applications, workflowEvents } from '../db/schema';
import { validationFailed } from '../plugins/errors';
import { appendAudit } from '../services/audit';
import { candidatesChanged } from '../services/review-ranking';
import { type Acting, lockScopedApplications } from '../services/workflow';
import { currentStepLevel, loadFacts } from './facts';
import type { ApplicationRow, Created, RecordHandler, RecordOutcome } from './record-types';
import {
  approvalRecord,
  decisionDocumentRecord,
  intakeRecord,
  panelRecord,
  paymentRecord,
  reviewResultRecord,
  submissionRecord,
} from './records-city';
import {
  decisionRecord,
  findingRecord,
  noticeRecord,
  noticeResultRecord,
  objectionRecord,
  rankingRecord,
  reasonRecord,
  reportRecord,
} from './records-steps';

/**
 * One handler per kind of record a transition carries: what it checks in the payload, what it creates
 * (a decision, a notice, an approval list …) and what it stores with the event. A record without a
 * handler does not compile.
 */
export const recordHandlers = {
  decision: decisionRecord,
  notice: noticeRecord,
  notice_result: noticeResultRecord,
  ranking: rankingRecord,
  report: reportRecord,
  reason: reasonRecord,
  objection: objectionRecord,
  intake: intakeRecord,
  panel: panelRecord,
  review_result: reviewResultRecord,
  submission: submissionRecord,
  approval: approvalRecord,
  decision_document: decisionDocumentRecord,
  payment: paymentRecord,
  finding: findingRecord,
} satisfies Record<TransitionRecord, RecordHandler>;

const workflowApplication = (row: ApplicationRow) => ({
  status: row.status,
  employerOrgId: row.employerId,
  recommenderOrgId: row.recommenderId,
});

/** The payload checked against the transition's records; a refusal answers 400 with the field paths. */
export function parsePayload(name: TransitionName, raw: unknown): AnyRecordPayload {
  const parsed = transitionPayloadSchema(name).safeParse(raw ?? {});
  if (parsed.success) return parsed.data as AnyRecordPayload;
  throw validationFailed(issuesToFields(parsed.error.issues));
}

export interface MoveResult {
  applications: ApplicationRow[];
  created: Created;
}

/**
 * Moves one or several applications through one transition, in the caller's transaction: locks them,
 * checks who may move them, validates the payload by the transition's records, lets each record do its
 * part (create the decision or the notice, lock the notice being closed), loads the facts the guards
 * need (locking the quota row where a limit is counted), checks the domain machine, then writes the new
 * status, the history event and the audit entry of each. Any refusal rolls all of it back.
 */
export async function moveApplications(
  tx: Executor,
  acting: Acting,
  name: TransitionName,
  applicationIds: readonly string[],
  rawPayload: unknown,
): Promise<MoveResult> {
  const transition = transitionOf(name);
  const rows = await lockScopedApplications(tx, acting.actor, applicationIds);
  const { actor } = acting;
  for (const row of rows) assertAuthority(name, workflowApplication(row), actor);
  if (new Set(rows.map((r) => r.editionId)).size > 1) throw new Error('one move spans several editions');
  const payload = parsePayload(name, rawPayload);
  const [first] = rows;
  const level =
    transition.level === 'holder'
      ? first && currentStepLevel(first)
      : transition.level === 'talent_office'
        ? undefined
        : stepLevelOf(transition.level);
  const batch = { name, transition, level, rows, payload };
  const outcomes: RecordOutcome[] = [];
  for (const record of transition.records) outcomes.push(await recordHandlers[record](tx, acting, batch));
  const pending = Object.assign({}, ...outcomes.map((o) => o.pending ?? {}));
  const reason = typeof payload.reason === 'string' ? payload.reason : undefined;
  const memo = new Map<string, Promise<unknown>>();
  const moved: ApplicationRow[] = [];
  for (const row of rows) {
    const context = await loadFacts(tx, row, transition.guards, {
      now: acting.now,
      sealer: acting.sealer,
      lock: true,
      pending,
      reason,
      memo,
    });
    const result = assertTransition(name, workflowApplication(row), actor, context);
    const data = Object.assign({}, ...outcomes.map((o) => ({ ...o.data, ...o.dataFor?.(row) })));
    const set = Object.assign({}, ...outcomes.map((o) => o.set?.(row) ?? {}));
    const [updated] = await tx
      .update(applications)
      .set({
        ...set,
        status: result.to,
        statusReason: reason ?? null,
        version: row.version + 1,
        updatedAt: acting.now,
      })
      .where(eq(applications.id, row.id))
      .returning();
    if (!updated) throw new Error('application vanished during a transition');
    await tx.insert(workflowEvents).values({
      applicationId: row.id,
      transition: name,
      fromStatus: result.from,
      toStatus: result.to,
      actorUserId: acting.actor.userId,
      actorOrganisationId: acting.actor.organisationId,
      actorRole: acting.actor.role,
      reason: reason ?? null,
      data,
      at: acting.now,
    });
    await appendAudit(
      tx,
      acting.audit,
      {
        action: `application.${name}`,
        objectType: 'application',
        objectId: row.id,
        detail: { from: result.from, to: result.to, ...(reason ? { reason } : {}), ...data },
      },
      acting.now,
    );
    moved.push(updated);
  }
  // a candidate entering or leaving the review changes the award's ranking
  await candidatesChanged(
    tx,
    moved.filter((row, i) => isRanked(row.status) !== isRanked(rows[i]?.status ?? row.status)),
  );
  for (const outcome of outcomes) await outcome.after?.();
  return { applications: moved, created: Object.assign({}, ...outcomes.map((o) => o.created ?? {})) };
}
