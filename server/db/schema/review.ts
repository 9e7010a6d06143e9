import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  type ApprovalStatus,
  approvalStatuses,
  type ConflictReason,
  type ConflictSource,
  type ConflictStatus,
  conflictReasons,
  conflictSources,
  conflictStatuses,
  type PanelDrawStatus,
  type PanelMemberRole,
  type PanelMemberSource,
  type PanelMemberStatus,
  type PanelStatus,
  type PrizePaymentStatus,
  panelDrawStatuses,
  panelMemberRoles,
  panelMemberSources,
  panelMemberStatuses,
  panelStatuses,
  prizePaymentStatuses,
  type ScoreSheetStatus,
  scoreSheetStatuses,
} from '../../../domain/statuses';
import { applications } from './applications';
import { createdAt, oneOf } from './columns';
import { awards, editions, organisations, users } from './core';

/** 评审专家库 */
export const experts = pgTable('experts', {
  id: uuid('id').primaryKey().defaultRandom(),
  userId: uuid('user_id').references(() => users.id),
  name: text('name').notNull(),
  workplace: text('workplace').notNull(),
  /** the organisation the expert works for, when it is one of ours — for conflict checks */
  organisationId: uuid('organisation_id').references(() => organisations.id),
  /** 专业领域 as printed (e.g. 机械制造与数控加工). */
  specialty: text('specialty').notNull(),
  /** The occupations or fields the draw matches against a panel's specialties. */
  specialties: jsonb('specialties').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
  title: text('title'),
  mobileEnc: text('mobile_enc'),
  mobileMasked: text('mobile_masked'),
  active: boolean('active').notNull().default(true),
  createdAt: createdAt(),
});

/** 评审组: experts assigned to review one award of an edition. */
export const panels = pgTable(
  'panels',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    editionId: uuid('edition_id')
      .notNull()
      .references(() => editions.id),
    awardId: uuid('award_id')
      .notNull()
      .references(() => awards.id),
    name: text('name').notNull(),
    status: text('status').$type<PanelStatus>().notNull().default('open'),
    /** How many experts the panel seats (the draw fills them). */
    seats: integer('seats').notNull().default(5),
    /** The specialties the draw asks for; empty: any expert of the pool. */
    specialties: jsonb('specialties').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    /** The day the panel met (评审日期), printed on its opinion. */
    reviewedOn: date('reviewed_on', { mode: 'string' }),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('panels_award').on(t.editionId, t.awardId), oneOf(t.status, panelStatuses)],
);

export const panelMembers = pgTable(
  'panel_members',
  {
    panelId: uuid('panel_id')
      .notNull()
      .references(() => panels.id),
    expertId: uuid('expert_id')
      .notNull()
      .references(() => experts.id),
    role: text('role').$type<PanelMemberRole>().notNull().default('member'),
    status: text('status').$type<PanelMemberStatus>().notNull().default('seated'),
    source: text('source').$type<PanelMemberSource>().notNull().default('manual'),
    seatedAt: timestamp('seated_at', { withTimezone: true }).notNull().defaultNow(),
    declinedAt: timestamp('declined_at', { withTimezone: true }),
    declineReason: text('decline_reason'),
  },
  (t) => [
    primaryKey({ columns: [t.panelId, t.expertId] }),
    oneOf(t.role, panelMemberRoles),
    oneOf(t.status, panelMemberStatuses),
    oneOf(t.source, panelMemberSources),
  ],
);

/**
 * 随机抽取: the commitment to a seed (its SM3 hash, recorded before the draw, with the pool as it stood),
 * then the draw from that pool and the seed revealed, so anyone can recompute the order (domain/review/draw).
 */
export const panelDraws = pgTable(
  'panel_draws',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    panelId: uuid('panel_id')
      .notNull()
      .references(() => panels.id),
    status: text('status').$type<PanelDrawStatus>().notNull().default('committed'),
    /** SM3 of the seed's 64 hexadecimal characters, as text. */
    seedHash: text('seed_hash').notNull(),
    /** The seed, sealed until the draw. */
    seedSealed: text('seed_sealed').notNull(),
    /** The seed in clear, from the draw on. */
    seed: text('seed'),
    /** The pool at the commitment: each active expert with their specialties. */
    pool: jsonb('pool').$type<{ id: string; specialties: string[] }[]>().notNull(),
    /** Experts of the pool conflicted with any of the award's candidates at the commitment. */
    conflicted: jsonb('conflicted').$type<string[]>().notNull(),
    specialties: jsonb('specialties').$type<string[]>().notNull(),
    seats: integer('seats').notNull(),
    /** The order the draw gave; the panel is its first seats, replacements the next ones. */
    drawOrder: jsonb('draw_order').$type<string[]>(),
    committedBy: uuid('committed_by')
      .notNull()
      .references(() => users.id),
    committedAt: timestamp('committed_at', { withTimezone: true }).notNull(),
    drawnBy: uuid('drawn_by').references(() => users.id),
    drawnAt: timestamp('drawn_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('panel_draws_panel').on(t.panelId), oneOf(t.status, panelDrawStatuses)],
);

/** 回避: a declared or detected conflict of interest between an expert and an application. */
export const conflicts = pgTable(
  'conflicts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    expertId: uuid('expert_id')
      .notNull()
      .references(() => experts.id),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    reason: text('reason').$type<ConflictReason>().notNull(),
    note: text('note').notNull().default(''),
    source: text('source').$type<ConflictSource>().notNull().default('bureau'),
    status: text('status').$type<ConflictStatus>().notNull().default('active'),
    declaredBy: uuid('declared_by').references(() => users.id),
    /** The bureau's vetting: confirmed or dismissed (with the reason), by whom and when. */
    vettedBy: uuid('vetted_by').references(() => users.id),
    vettedAt: timestamp('vetted_at', { withTimezone: true }),
    vetNote: text('vet_note'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('conflicts_unique').on(t.expertId, t.applicationId),
    oneOf(t.reason, conflictReasons),
    oneOf(t.source, conflictSources),
    oneOf(t.status, conflictStatuses),
  ],
);

/** 评分细则: the criteria of an award's rubric with their maximum scores. */
export const rubricCriteria = pgTable(
  'rubric_criteria',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    awardId: uuid('award_id')
      .notNull()
      .references(() => awards.id),
    code: text('code').notNull(),
    nameZh: text('name_zh').notNull(),
    nameEn: text('name_en').notNull(),
    maxScore: integer('max_score').notNull(),
    position: integer('position').notNull(),
    /** What the experts weigh under this criterion (the seed's conditions, as guidance). */
    guidanceZh: text('guidance_zh').notNull().default(''),
    guidanceEn: text('guidance_en').notNull().default(''),
  },
  (t) => [uniqueIndex('rubric_criteria_unique').on(t.awardId, t.code)],
);

/** 评分: one expert's score of one criterion for one application. */
export const scores = pgTable(
  'scores',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    panelId: uuid('panel_id')
      .notNull()
      .references(() => panels.id),
    expertId: uuid('expert_id')
      .notNull()
      .references(() => experts.id),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    criterionId: uuid('criterion_id')
      .notNull()
      .references(() => rubricCriteria.id),
    score: numeric('score', { precision: 6, scale: 2 }).notNull(),
    comment: text('comment').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('scores_unique').on(t.expertId, t.applicationId, t.criterionId)],
);

/**
 * 评分表: one expert's sheet for one candidate — its criteria's points are `scores`, its total kept here
 * for the aggregate. Saved as a draft, then submitted; a submitted sheet is locked until the bureau reopens it.
 */
export const scoreSheets = pgTable(
  'score_sheets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    panelId: uuid('panel_id')
      .notNull()
      .references(() => panels.id),
    expertId: uuid('expert_id')
      .notNull()
      .references(() => experts.id),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    status: text('status').$type<ScoreSheetStatus>().notNull().default('draft'),
    total: numeric('total', { precision: 8, scale: 2 }).notNull(),
    comment: text('comment').notNull().default(''),
    savedAt: timestamp('saved_at', { withTimezone: true }).notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    reopenedAt: timestamp('reopened_at', { withTimezone: true }),
    reopenedBy: uuid('reopened_by').references(() => users.id),
    reopenReason: text('reopen_reason'),
  },
  (t) => [
    uniqueIndex('score_sheets_unique').on(t.panelId, t.expertId, t.applicationId),
    index('score_sheets_application').on(t.applicationId, t.status),
    oneOf(t.status, scoreSheetStatuses),
  ],
);

/**
 * What counts of a candidate's scores, kept with every change that moves it (a sheet submitted or reopened,
 * a conflict recorded or dismissed, a member seated or declined, the candidate entering the review): how
 * many totals count (those of the panel's seated members not in conflict with them), their sum, highest
 * and lowest. The ranking reads these instead of aggregating every sheet of the award at each request; the
 * result (mean or trimmed mean) follows the award's method at the time of reading.
 */
export const candidateScores = pgTable(
  'candidate_scores',
  {
    applicationId: uuid('application_id')
      .primaryKey()
      .references(() => applications.id),
    awardId: uuid('award_id')
      .notNull()
      .references(() => awards.id),
    counted: integer('counted').notNull(),
    total: numeric('total', { precision: 12, scale: 2 }),
    highest: numeric('highest', { precision: 8, scale: 2 }),
    lowest: numeric('lowest', { precision: 8, scale: 2 }),
  },
  (t) => [index('candidate_scores_award').on(t.awardId)],
);

/**
 * 民主择优: the leadership group's vote where candidates tied across the award's last place: who was tied,
 * for how many places, each one's votes, the meeting and its minutes.
 */
export const reviewVotes = pgTable('review_votes', {
  id: uuid('id').primaryKey().defaultRandom(),
  awardId: uuid('award_id')
    .notNull()
    .references(() => awards.id),
  heldOn: date('held_on', { mode: 'string' }).notNull(),
  tied: jsonb('tied').$type<string[]>().notNull(),
  places: integer('places').notNull(),
  votes: jsonb('votes').$type<{ applicationId: string; votes: number }[]>().notNull(),
  voters: integer('voters').notNull(),
  minutes: text('minutes').notNull(),
  /** The award's review version the vote was taken on: a later change of the ranking voids it. */
  reviewVersion: integer('review_version').notNull(),
  recordedBy: uuid('recorded_by')
    .notNull()
    .references(() => users.id),
  createdAt: createdAt(),
});

/** 报人才办审定: the list of proposed winners of an award sent for approval, and the answer. */
export const approvals = pgTable(
  'approvals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    editionId: uuid('edition_id')
      .notNull()
      .references(() => editions.id),
    awardId: uuid('award_id')
      .notNull()
      .references(() => awards.id),
    applicationIds: jsonb('application_ids').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    status: text('status').$type<ApprovalStatus>().notNull().default('pending'),
    submittedBy: uuid('submitted_by').references(() => users.id),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    comment: text('comment'),
  },
  (t) => [oneOf(t.status, approvalStatuses)],
);

/** 决定: the bureau's published decision naming the winners. */
export const decisions = pgTable('decisions', {
  id: uuid('id').primaryKey().defaultRandom(),
  editionId: uuid('edition_id')
    .notNull()
    .references(() => editions.id),
  documentNo: text('document_no').notNull(),
  title: text('title').notNull(),
  body: text('body').notNull(),
  decidedOn: date('decided_on', { mode: 'string' }).notNull(),
  publishedAt: timestamp('published_at', { withTimezone: true }),
  createdBy: uuid('created_by').references(() => users.id),
  createdAt: createdAt(),
});

/** 证书与奖金: certificate issued and prize money paid to the candidate's bank account. */
export const prizePayments = pgTable(
  'prize_payments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    decisionId: uuid('decision_id').references(() => decisions.id),
    certificateNo: text('certificate_no'),
    amountYuan: integer('amount_yuan').notNull(),
    status: text('status').$type<PrizePaymentStatus>().notNull().default('pending'),
    paidOn: date('paid_on', { mode: 'string' }),
    bankReference: text('bank_reference'),
    recordedBy: uuid('recorded_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('prize_payments_app').on(t.applicationId), oneOf(t.status, prizePaymentStatuses)],
);

/** A one-time link inviting a candidate to fill in their own personal parts. */
export const invitations = pgTable('invitations', {
  id: uuid('id').primaryKey().defaultRandom(),
  applicationId: uuid('application_id')
    .notNull()
    .references(() => applications.id),
  tokenHash: text('token_hash').notNull().unique(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  usedAt: timestamp('used_at', { withTimezone: true }),
  /** Set when a newer invitation for the same application replaced this unused one. */
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
  createdBy: uuid('created_by').references(() => users.id),
  createdAt: createdAt(),
});
