import { z } from 'zod';
import { applicationFields, attachmentKinds } from '../domain/application';
import { awardCodes } from '../domain/roles';
import { transitionNames } from '../domain/workflow';
import { ApplicationSummary, Blocker } from './applications';
import { MessageSchema } from './common';
import { NoticeView, StepLevelSchema } from './notices';

/**
 * The workflow's moves on the wire. Every transition goes through one route: `POST
 * /api/applications/{id}/transitions/{name}` for one application (the payload is the body), or `POST
 * /api/transitions/{name}` with `applicationIds` beside the payload for a move that covers several at
 * once (a collective decision, a notice). The payload is checked by the transition's records
 * (`domain/workflow/records.ts`); a missing or malformed field answers 400 with its path.
 */

export const ApplicationIds = z.array(z.uuid()).min(1).max(50);

export const TransitionParams = z.object({ id: z.uuid(), name: z.enum(transitionNames) });
export const BatchTransitionParams = z.object({ name: z.enum(transitionNames) });

/** The body of a batch move: the applications and, beside them, the transition's payload. */
export const BatchTransitionBody = z.looseObject({ applicationIds: ApplicationIds });

/** The body of a check: the step's candidates (each must be in the caller's scope, or the check answers 404). */
export const MoveCheckBody = z.object({ applicationIds: ApplicationIds });

/**
 * Whether a move can be taken for one application now, and if not, why and what it lacks — what a step
 * shows before it is taken (the candidates it may cover, the blocked ones disabled with their reasons).
 * It carries no personal data: reading it is not a read of the application's personal fields.
 */
export const MoveCheck = z.object({
  applicationId: z.string(),
  /** The move is offered to the caller on this application (its status, role and scope allow it). */
  offered: z.boolean(),
  /** The failing guards, as the move itself would judge them (empty: it can be taken). */
  blockedBy: z.array(Blocker),
  /** The Annex 2 fields still empty and the required papers not yet uploaded. */
  missingFields: z.array(z.enum(applicationFields)),
  missingAttachments: z.array(z.enum(attachmentKinds)),
  /** The rules the application fails, and the warnings still without their written justification. */
  ruleErrors: z.array(MessageSchema),
  unjustifiedWarnings: z.array(MessageSchema),
});

export const MoveCheckResponse = z.object({ checks: z.array(MoveCheck) });

export const DecisionView = z.object({
  id: z.string(),
  decidedOn: z.string(),
  participants: z.string(),
  summary: z.string(),
});

/** What a batch move answers: the applications moved, and what the move created. */
export const MoveResponse = z.object({
  applications: z.array(ApplicationSummary),
  decision: DecisionView.optional(),
  notice: NoticeView.optional(),
  approvalIds: z.array(z.string()).optional(),
  decisionDocumentId: z.string().optional(),
});

export const RankingResponse = z.object({ items: z.array(ApplicationSummary) });

export const RankingParams = z.object({ level: StepLevelSchema });
export const RankingBody = z.object({ award: z.enum(awardCodes), applicationIds: ApplicationIds });

export type RankingBody = z.input<typeof RankingBody>;
export type DecisionView = z.infer<typeof DecisionView>;
export type MoveResponse = z.infer<typeof MoveResponse>;
export type RankingResponse = z.infer<typeof RankingResponse>;
