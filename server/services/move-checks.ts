import { and, inArray } from 'drizzle-orm';
import { completeness, missingAttachmentKinds } from '../../domain/application';
import type { AwardCode } from '../../domain/roles';
import {
  allowedTransitions,
  offeredTransitionNames,
  type TransitionName,
  transitionOf,
} from '../../domain/workflow';
import type { Executor } from '../db/database';
import { applications, attachments, awards } from '../db/schema';
import { notFound } from '../plugins/errors';
import { applicationScope } from '../policies/application';
import { type DecodedApplication, deferredGuards, loadFacts, unjustifiedFindings } from '../workflow/facts';
import { entriesOf, storageToDraft } from './application-draft';
import { checkEligibility } from './eligibility';
import type { Acting } from './workflow';

type ApplicationRow = typeof applications.$inferSelect;

/**
 * The moves the caller is offered on one application, each with the guards that block it now: only the
 * offered moves, and only the facts their guards read. A judgement locks nothing and moves nothing.
 */
export async function judgeOfferedMoves(
  tx: Executor,
  acting: Acting,
  row: ApplicationRow,
  decoded: DecodedApplication,
) {
  const subject = { status: row.status, employerOrgId: row.employerId, recommenderOrgId: row.recommenderId };
  const offered = offeredTransitionNames(subject, acting.actor);
  const guards = [...new Set(offered.flatMap((name) => transitionOf(name).guards))];
  const context = await loadFacts(tx, row, guards, {
    now: acting.now,
    sealer: acting.sealer,
    lock: false,
    decoded,
  });
  return {
    offered,
    allowed: allowedTransitions(subject, acting.actor, context, { deferred: deferredGuards }),
  };
}

/**
 * What a step shows before it is taken, for each of its candidates: whether `name` is offered, what blocks
 * it, the missing fields and papers, the failing rules and the unjustified warnings. The rules read the
 * application in clear on the server, but nothing personal leaves it, so this is not a read of personal
 * data (the detail, which shows the numbers, is). An id outside the caller's scope answers 404, like a
 * missing one.
 */
export async function moveChecks(
  tx: Executor,
  acting: Acting,
  name: TransitionName,
  applicationIds: readonly string[],
) {
  const ids = [...new Set(applicationIds)];
  const rows = await tx
    .select()
    .from(applications)
    .where(and(inArray(applications.id, ids), applicationScope(acting.actor)));
  if (rows.length !== ids.length) throw notFound();
  const byId = new Map(rows.map((row) => [row.id, row]));
  const awardCodes = new Map(
    (await tx.select({ id: awards.id, code: awards.code }).from(awards)).map((a) => [
      a.id,
      a.code as AwardCode,
    ]),
  );
  const kinds = await tx
    .select({ applicationId: attachments.applicationId, kind: attachments.kind })
    .from(attachments)
    .where(inArray(attachments.applicationId, ids));
  const checks = [];
  for (const id of applicationIds) {
    const row = byId.get(id) as ApplicationRow;
    const draft = storageToDraft(row, await entriesOf(tx, row.id), awardCodes.get(row.awardId) as AwardCode, {
      sealer: acting.sealer,
      reveal: true,
    });
    const findings = await checkEligibility(tx, acting.sealer, draft, {
      now: acting.now,
      editionId: row.editionId,
      excludeApplicationId: row.id,
    });
    const attachmentKinds = kinds.filter((k) => k.applicationId === row.id).map((k) => k.kind);
    const { allowed } = await judgeOfferedMoves(tx, acting, row, { draft, attachmentKinds, findings });
    const move = allowed.find((t) => t.name === name);
    checks.push({
      applicationId: row.id,
      offered: move !== undefined,
      blockedBy: (move?.blockedBy ?? []).map((b) => ({ code: b.code, message: b.message })),
      missingFields: completeness(draft).missing,
      missingAttachments: missingAttachmentKinds(attachmentKinds),
      ruleErrors: findings.filter((f) => f.severity === 'error').map((f) => f.message),
      unjustifiedWarnings: unjustifiedFindings(findings, row.warningJustifications).map((f) => f.message),
    });
  }
  return checks;
}
