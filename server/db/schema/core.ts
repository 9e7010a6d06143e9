import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { type OverrideKind, overrideKinds } from '../../../domain/calendar/working-day-calendar';
import { type Locale, locales } from '../../../domain/message';
import { type SkillLevel, skillLevelCodes } from '../../../domain/people/enumerations';
import { type PenaltyKind, penaltyKinds } from '../../../domain/quotas/schemas';
import { type Aggregation, aggregations } from '../../../domain/review/aggregate';
import {
  type AwardCode,
  awardCodes,
  type OrganisationKind,
  organisationKinds,
  type RecommenderKind,
  type Role,
  recommenderKinds,
  roles,
} from '../../../domain/roles';
import { type EditionStatus, editionStatuses } from '../../../domain/statuses';
import { DEFAULT_WINDOW_HOURS } from '../../../domain/workflow/submission-window';
import { createdAt, oneOf } from './columns';

/** 届次 — one selection round, e.g. the 3rd Changchun edition. */
export const editions = pgTable(
  'editions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull().unique(),
    number: integer('number').notNull(),
    city: text('city').notNull(),
    nameZh: text('name_zh').notNull(),
    nameEn: text('name_en').notNull(),
    status: text('status').$type<EditionStatus>().notNull().default('draft'),
    referenceDate: date('reference_date', { mode: 'string' }).notNull(),
    submissionStart: date('submission_start', { mode: 'string' }).notNull(),
    submissionEnd: date('submission_end', { mode: 'string' }).notNull(),
    /** When the window opens on its first day and closes on its last, `HH:MM` Beijing time. */
    submissionOpensAt: text('submission_opens_at').notNull().default(DEFAULT_WINDOW_HOURS.opensAt),
    submissionClosesAt: text('submission_closes_at').notNull().default(DEFAULT_WINDOW_HOURS.closesAt),
    deliveryAddress: text('delivery_address').notNull(),
    contactName: text('contact_name').notNull(),
    contactPhone: text('contact_phone').notNull(),
    noticeText: text('notice_text').notNull().default(''),
    previousEditionId: uuid('previous_edition_id'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    oneOf(t.status, editionStatuses),
    check(
      'editions_submission_hours',
      sql`${t.submissionOpensAt} ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$' and ${t.submissionClosesAt} ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'`,
    ),
  ],
);

/** 奖项 — an award of an edition with its places, prize and rule configuration. */
export const awards = pgTable(
  'awards',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    editionId: uuid('edition_id')
      .notNull()
      .references(() => editions.id),
    code: text('code').$type<AwardCode>().notNull(),
    nameZh: text('name_zh').notNull(),
    nameEn: text('name_en').notNull(),
    places: integer('places').notNull(),
    prizeYuan: integer('prize_yuan').notNull(),
    minSkillLevel: text('min_skill_level').$type<SkillLevel>().notNull(),
    /** award conditions: [{ no, zh, en }] */
    conditions: jsonb('conditions').$type<{ no: number; zh: string; en: string }[]>().notNull(),
    rules: jsonb('rules').$type<Record<string, unknown>>().notNull().default({}),
    /** 综合评审: how the experts' totals make a candidate's result (mean, or trimmed mean). */
    aggregation: text('aggregation').$type<Aggregation>().notNull().default('mean'),
    /** 匿名评审: the experts do not see the candidates' names, units and ID numbers. */
    blind: boolean('blind').notNull().default(false),
    /**
     * Raised by every change that can change the award's ranking (a score sheet submitted or reopened, a
     * conflict, a panel member, a candidate entering or leaving the review); a vote on the ranking holds
     * for the version it was taken at.
     */
    reviewVersion: integer('review_version').notNull().default(0),
  },
  (t) => [
    uniqueIndex('awards_edition_code').on(t.editionId, t.code),
    oneOf(t.code, awardCodes),
    oneOf(t.minSkillLevel, skillLevelCodes),
    oneOf(t.aggregation, aggregations),
  ],
);

/** 单位 — bureau, talent office, recommenders (4 kinds), employers, the expert pool. */
export const organisations = pgTable(
  'organisations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull().unique(),
    kind: text('kind').$type<OrganisationKind>().notNull(),
    recommenderKind: text('recommender_kind').$type<RecommenderKind>(),
    /** For employers: the recommender it reports to (属地原则). */
    recommenderId: uuid('recommender_id'),
    nameZh: text('name_zh').notNull(),
    nameEn: text('name_en').notNull(),
    regionCode: text('region_code'),
    address: text('address'),
    /** Whom the public asks, and raises objections with, about this organisation's notices (联系人, 电话). */
    contactName: text('contact_name'),
    contactPhone: text('contact_phone'),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [oneOf(t.kind, organisationKinds), oneOf(t.recommenderKind, recommenderKinds)],
);

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    username: text('username').notNull().unique(),
    passwordHash: text('password_hash').notNull(),
    displayName: text('display_name').notNull(),
    locale: text('locale').$type<Locale>().notNull().default('zh-CN'),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [oneOf(t.locale, locales)],
);

export const memberships = pgTable(
  'memberships',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    role: text('role').$type<Role>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.organisationId, t.role] }), oneOf(t.role, roles)],
);

/** Server-side sessions; the cookie carries a random token, the table only its SHA-256. */
export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(), // sha256(token) hex
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    role: text('role').$type<Role>().notNull(),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    userAgent: text('user_agent'),
  },
  (t) => [oneOf(t.role, roles)],
);

/** 名额分配 (Annex 1): places per recommender kind and award. */
export const quotaRules = pgTable(
  'quota_rules',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    editionId: uuid('edition_id')
      .notNull()
      .references(() => editions.id),
    recommenderKind: text('recommender_kind').$type<RecommenderKind>().notNull(),
    awardId: uuid('award_id')
      .notNull()
      .references(() => awards.id),
    places: integer('places').notNull(),
  },
  (t) => [
    uniqueIndex('quota_rules_unique').on(t.editionId, t.recommenderKind, t.awardId),
    oneOf(t.recommenderKind, recommenderKinds),
  ],
);

/**
 * One row per recommender × award × edition: the lock a report to the bureau takes (`SELECT … FOR UPDATE`)
 * before it counts the places already used, so that two reports at the same moment cannot both pass.
 * The places themselves are computed (Annex 1 table minus carried penalties); the row only serialises.
 */
export const quotaPlaces = pgTable(
  'quota_places',
  {
    editionId: uuid('edition_id')
      .notNull()
      .references(() => editions.id),
    recommenderId: uuid('recommender_id')
      .notNull()
      .references(() => organisations.id),
    awardId: uuid('award_id')
      .notNull()
      .references(() => awards.id),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.editionId, t.recommenderId, t.awardId] })],
);

/** 纪律处分: a recommender's quota reduction or disqualification carried into a later edition. */
export const penalties = pgTable(
  'penalties',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    imposedInEditionId: uuid('imposed_in_edition_id')
      .notNull()
      .references(() => editions.id),
    kind: text('kind').$type<PenaltyKind>().notNull(),
    awardCode: text('award_code').$type<AwardCode>(), // null = every award
    reduction: integer('reduction').notNull().default(0),
    reason: text('reason').notNull(),
    applicationId: uuid('application_id'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [oneOf(t.kind, penaltyKinds), oneOf(t.awardCode, awardCodes)],
);

/** 历届获奖名单: who already holds which title (keyed by the ID-number hash). */
export const winnersHistory = pgTable(
  'winners_history',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    idNumberHash: text('id_number_hash').notNull(),
    name: text('name').notNull(),
    awardCode: text('award_code').$type<AwardCode>().notNull(),
    editionNumber: integer('edition_number').notNull(),
    year: integer('year').notNull(),
    certificateNo: text('certificate_no'),
    applicationId: uuid('application_id'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('winners_history_unique').on(t.idNumberHash, t.awardCode, t.editionNumber),
    oneOf(t.awardCode, awardCodes),
  ],
);

/** 工作日历调整: admin corrections to the official holiday calendar. */
export const calendarOverrides = pgTable(
  'calendar_overrides',
  {
    day: date('day', { mode: 'string' }).primaryKey(),
    kind: text('kind').$type<OverrideKind>().notNull(),
    note: text('note').notNull().default(''),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [oneOf(t.kind, overrideKinds)],
);

/** Append-only, SM3 hash-chained audit trail. */
export const auditLog = pgTable('audit_log', {
  seq: integer('seq').primaryKey().generatedAlwaysAsIdentity(),
  at: timestamp('at', { withTimezone: true }).notNull(),
  requestId: text('request_id'),
  actorUserId: uuid('actor_user_id'),
  actorOrganisationId: uuid('actor_organisation_id'),
  actorRole: text('actor_role'),
  action: text('action').notNull(),
  objectType: text('object_type'),
  objectId: text('object_id'),
  outcome: text('outcome').notNull().default('ok'), // ok | denied | failed
  detail: jsonb('detail').$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
  ip: text('ip'),
  prevHash: text('prev_hash').notNull(),
  hash: text('hash').notNull(),
});
