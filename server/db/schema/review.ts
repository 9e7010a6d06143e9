import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
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
  conflictReasons,
  type PanelMemberRole,
  type PanelStatus,
  type PrizePaymentStatus,
  panelMemberRoles,
  panelStatuses,
  prizePaymentStatuses,
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
  specialty: text('specialty').notNull(),
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
    createdAt: createdAt(),
  },
  (t) => [oneOf(t.status, panelStatuses)],
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
  },
  (t) => [primaryKey({ columns: [t.panelId, t.expertId] }), oneOf(t.role, panelMemberRoles)],
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
    declaredBy: uuid('declared_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('conflicts_unique').on(t.expertId, t.applicationId), oneOf(t.reason, conflictReasons)],
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
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('scores_unique').on(t.expertId, t.applicationId, t.criterionId)],
);

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
