import { z } from 'zod';
import { aggregations } from '../domain/review/aggregate';
import {
  conflictInput,
  conflictVetInput,
  declineInput,
  expertInput,
  panelInput,
  reopenInput,
  rubricInput,
  scoreSheetInput,
  seatInput,
  voteInput,
} from '../domain/review/inputs';
import { awardCodes } from '../domain/roles';
import {
  conflictReasons,
  conflictSources,
  conflictStatuses,
  panelDrawStatuses,
  panelMemberRoles,
  panelMemberSources,
  panelMemberStatuses,
  panelStatuses,
  scoreSheetStatuses,
} from '../domain/statuses';
import { applicationStatuses } from '../domain/workflow/states';
import { MessageSchema } from './common';

/** Steps 4 of the work plan (综合评审): the expert pool, panels and their draw, conflicts, scoring, ranking, vote. */

export const ExpertBody = expertInput;
export const PanelBody = panelInput;
export const SeatBody = seatInput;
export const DeclineBody = declineInput;
export const ConflictBody = conflictInput;
export const ConflictVetBody = conflictVetInput;
export const ScoreSheetBody = scoreSheetInput;
export const ReopenBody = reopenInput;
export const RubricBody = rubricInput;
export const VoteBody = voteInput;

export const ExpertView = z.object({
  id: z.string(),
  name: z.string(),
  workplace: z.string(),
  organisationId: z.string().nullable(),
  title: z.string().nullable(),
  specialty: z.string(),
  specialties: z.array(z.string()),
  /** 139****0001: the pool never shows a phone in clear. */
  mobileMasked: z.string().nullable(),
  active: z.boolean(),
  username: z.string().nullable(),
  panels: z.array(
    z.object({ panelId: z.string(), award: z.enum(awardCodes), status: z.enum(panelMemberStatuses) }),
  ),
});
export type ExpertView = z.infer<typeof ExpertView>;

/** A new expert: their first password, shown once (null when an existing account was taken in). */
export const ExpertCreated = ExpertView.extend({ initialPassword: z.string().nullable() });

export const DrawView = z.object({
  status: z.enum(panelDrawStatuses),
  /** SM3 of the seed, recorded before the draw. */
  seedHash: z.string(),
  /** Revealed by the draw: with the pool below anyone recomputes the order (domain/review `drawPanel`). */
  seed: z.string().nullable(),
  pool: z.array(z.object({ id: z.string(), specialties: z.array(z.string()) })),
  conflicted: z.array(z.string()),
  specialties: z.array(z.string()),
  seats: z.number().int(),
  order: z.array(z.string()).nullable(),
  committedAt: z.string(),
  drawnAt: z.string().nullable(),
});

export const PanelMemberView = z.object({
  expertId: z.string(),
  name: z.string(),
  workplace: z.string(),
  title: z.string().nullable(),
  role: z.enum(panelMemberRoles),
  status: z.enum(panelMemberStatuses),
  source: z.enum(panelMemberSources),
  declineReason: z.string().nullable(),
  /** Sheets submitted and in draft, of the candidates this member scores (not those they stand aside from). */
  submitted: z.number().int(),
  drafts: z.number().int(),
  expected: z.number().int(),
});

export const PanelView = z.object({
  id: z.string(),
  awardId: z.string(),
  award: z.enum(awardCodes),
  name: z.string(),
  status: z.enum(panelStatuses),
  seats: z.number().int(),
  specialties: z.array(z.string()),
  members: z.array(PanelMemberView),
  draw: DrawView.nullable(),
  /** The award's candidates in the review. */
  candidates: z.number().int(),
});
export type PanelView = z.infer<typeof PanelView>;
export const PanelList = z.object({ items: z.array(PanelView) });

export const ConflictView = z.object({
  /** null for a conflict the server finds (same employer or recommender): it is not a record to vet. */
  id: z.string().nullable(),
  expertId: z.string(),
  expertName: z.string(),
  applicationId: z.string(),
  candidateName: z.string(),
  reason: z.enum(conflictReasons),
  note: z.string(),
  source: z.enum([...conflictSources, 'found']),
  status: z.enum(conflictStatuses),
  vetNote: z.string().nullable(),
  vetted: z.boolean(),
});
export const ConflictList = z.object({ items: z.array(ConflictView) });

export const CriterionView = z.object({
  id: z.string(),
  code: z.string(),
  name: MessageSchema,
  maxScore: z.number().int(),
  guidance: MessageSchema,
});

export const RubricView = z.object({
  awardId: z.string(),
  award: z.enum(awardCodes),
  aggregation: z.enum(aggregations),
  blind: z.boolean(),
  criteria: z.array(CriterionView),
  /** Once a sheet exists the rubric and the method no longer change. */
  locked: z.boolean(),
});

export const ScoreSheetView = z.object({
  applicationId: z.string(),
  status: z.enum([...scoreSheetStatuses, 'none']),
  total: z.number().nullable(),
  comment: z.string(),
  scores: z.array(z.object({ criterionId: z.string(), score: z.number() })),
  savedAt: z.string().nullable(),
  submittedAt: z.string().nullable(),
  reopened: z.object({ at: z.string(), reason: z.string() }).nullable(),
});
export type ScoreSheetView = z.infer<typeof ScoreSheetView>;

/** A candidate as the expert scoring them sees them: in a blind review without name, unit or ID. */
export const ReviewCandidate = z.object({
  applicationId: z.string(),
  /** The name, or 候选人 3 in a blind review. */
  label: z.string(),
  blind: z.boolean(),
  award: z.enum(awardCodes),
  employer: z.string().nullable(),
  occupation: z.string().nullable(),
  skillLevel: z.string().nullable(),
  sheet: z.enum([...scoreSheetStatuses, 'none']),
  total: z.number().nullable(),
});
export const ReviewCandidateList = z.object({
  items: z.array(ReviewCandidate),
  rubrics: z.array(RubricView),
});

/** `GET /api/awards/{awardId}/ranking` (fixed interface). */
export const RankingView = z.object({
  places: z.number().int(),
  candidates: z.number().int(),
  items: z.array(
    z.object({
      applicationId: z.string(),
      rank: z.number().int().nullable(),
      score: z.number().nullable(),
      scores: z.number().int(),
      tie: z.boolean(),
    }),
  ),
});

/** The bureau's view of an award's selection: the ranking with names, 差额 ratio, the proposal, the vote. */
export const SelectionView = z.object({
  awardId: z.string(),
  award: z.enum(awardCodes),
  places: z.number().int(),
  candidates: z.number().int(),
  ratio: z.number().nullable(),
  aggregation: z.enum(aggregations),
  complete: z.boolean(),
  unscored: z.number().int(),
  items: z.array(
    z.object({
      applicationId: z.string(),
      name: z.string(),
      employer: z.string(),
      status: z.enum(applicationStatuses),
      rank: z.number().int().nullable(),
      score: z.number().nullable(),
      scores: z.number().int(),
      tie: z.boolean(),
      outcome: z.enum(['proposed', 'not_proposed', 'undecided']),
    }),
  ),
  undecided: z.object({ applicationIds: z.array(z.string()), places: z.number().int() }).nullable(),
  vote: z
    .object({
      id: z.string(),
      heldOn: z.string(),
      voters: z.number().int(),
      votes: z.array(z.object({ applicationId: z.string(), votes: z.number().int() })),
      minutes: z.string(),
    })
    .nullable(),
});
export type SelectionView = z.infer<typeof SelectionView>;

export const AwardParams = z.object({ awardId: z.uuid() });
export const PanelParams = z.object({ panelId: z.uuid() });
export const PanelMemberParams = z.object({ panelId: z.uuid(), expertId: z.uuid() });
export const ConflictParams = z.object({ conflictId: z.uuid() });
export const SheetParams = z.object({ id: z.uuid() });
export const SheetOfExpertParams = z.object({ id: z.uuid(), expertId: z.uuid() });

export const DecisionParams = z.object({ decisionId: z.uuid() });
export const DecisionList = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      documentNo: z.string(),
      title: z.string(),
      decidedOn: z.string(),
      /** The winners it names (with a certificate number each). */
      winners: z.number().int(),
    }),
  ),
});

/** A candidate's city-level notice (市级公示) as the talent office weighs it: the period and its objections. */
export const CityNoticeOutcome = z.object({
  noticeId: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  workingDays: z.number().int(),
  /** The notice ran its course (ended or closed). */
  ended: z.boolean(),
  objections: z.object({
    open: z.number().int(),
    dismissed: z.number().int(),
    upheld: z.number().int(),
  }),
});

/**
 * `GET /api/approval-list`: the proposed list per award as the talent office (市委组织部人才办) approves it —
 * the experts' results, the city notice's outcome, the talent office's earlier return or approval — for the
 * candidates from the city notice to the prize.
 */
export const ApprovalList = z.object({
  awards: z.array(
    z.object({
      awardId: z.string(),
      award: z.enum(awardCodes),
      places: z.number().int(),
      /** Candidates the experts reviewed for the award (差额: more than the places). */
      reviewed: z.number().int(),
      aggregation: z.enum(aggregations),
      blind: z.boolean(),
      /** Whether the expert review opinion can be printed (the award's ranking is complete). */
      reviewOpinion: z.boolean(),
      items: z.array(
        z.object({
          applicationId: z.string(),
          name: z.string(),
          /** The codes of the form (gender, skill level), named by the web from domain/ like everywhere else. */
          gender: z.string().nullable(),
          employer: z.string(),
          recommender: MessageSchema,
          occupation: z.string().nullable(),
          skillLevel: z.string().nullable(),
          status: z.enum(applicationStatuses),
          rank: z.number().int().nullable(),
          score: z.number().nullable(),
          scores: z.number().int(),
          cityNotice: CityNoticeOutcome.nullable(),
          /** The talent office's latest return of the candidate, while it stands (the bureau has not resubmitted). */
          returned: z.object({ at: z.string(), reason: z.string() }).nullable(),
          /** The approval recorded for the candidate. */
          approval: z.object({ documentNo: z.string(), approvedOn: z.string() }).nullable(),
        }),
      ),
    }),
  ),
});
export type ApprovalList = z.infer<typeof ApprovalList>;
