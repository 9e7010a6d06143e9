import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { type AttachmentKind, attachmentKinds } from '../../../domain/application/attachments';
import { type SectionName, sectionNames } from '../../../domain/application/field-lists';
import { type Role, roles } from '../../../domain/roles';
import {
  type CollectiveDecisionLevel,
  collectiveDecisionLevels,
  type DossierBatchStatus,
  dossierBatchStatuses,
  type IssuedDocumentKind,
  issuedDocumentKinds,
  type NoticeLevel,
  type NoticeStatus,
  noticeLevels,
  noticeStatuses,
  type ObjectionStatus,
  objectionStatuses,
} from '../../../domain/statuses';
import { type ApplicationStatus, applicationStatuses } from '../../../domain/workflow/states';
import { type TransitionName, transitionNames } from '../../../domain/workflow/transitions';
import { createdAt, oneOf } from './columns';
import { awards, editions, organisations, users } from './core';

/**
 * 申报 — one candidate nominated for one award, with every field of Annex 2.
 * ID number, bank account and phone numbers are stored only SM4-encrypted (`*_enc`), with a masked
 * copy for display and, for the ID number, a keyed SM3 hash for uniqueness checks.
 */
export const applications = pgTable(
  'applications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    editionId: uuid('edition_id')
      .notNull()
      .references(() => editions.id),
    awardId: uuid('award_id')
      .notNull()
      .references(() => awards.id),
    employerId: uuid('employer_id')
      .notNull()
      .references(() => organisations.id),
    recommenderId: uuid('recommender_id')
      .notNull()
      .references(() => organisations.id),
    candidateUserId: uuid('candidate_user_id').references(() => users.id),
    status: text('status').$type<ApplicationStatus>().notNull().default('draft'),
    version: integer('version').notNull().default(1),
    unitRank: integer('unit_rank'),
    recommenderRank: integer('recommender_rank'),
    /** The code on the envelope's cover (Annex 4) the intake desk scans or types; given at the first cover. */
    intakeCode: text('intake_code').unique(),
    // Annex 2 — personal data
    name: text('name').notNull(),
    gender: text('gender'),
    birthDate: date('birth_date', { mode: 'string' }),
    ethnicity: text('ethnicity'),
    politicalStatus: text('political_status'),
    education: text('education'),
    occupation: text('occupation'),
    skillLevel: text('skill_level'),
    /** 专业技术资格 (rural revitalisation / new occupations route): { field, level, title } */
    professionalQualification: jsonb('professional_qualification').$type<{
      field: string;
      level: string;
      title: string;
    }>(),
    post: text('post').notNull().default('worker'),
    workStartDate: date('work_start_date', { mode: 'string' }),
    occupationStartDate: date('occupation_start_date', { mode: 'string' }),
    postalCode: text('postal_code'),
    employerName: text('employer_name'),
    idNumberEnc: text('id_number_enc'),
    idNumberHash: text('id_number_hash'),
    idNumberMasked: text('id_number_masked'),
    bankAccountEnc: text('bank_account_enc'),
    bankAccountMasked: text('bank_account_masked'),
    address: text('address'),
    landlineEnc: text('landline_enc'),
    landlineMasked: text('landline_masked'),
    mobileEnc: text('mobile_enc'),
    mobileMasked: text('mobile_masked'),
    email: text('email'),
    isUnitHead: boolean('is_unit_head').notNull().default(false),
    frontlinePost: boolean('frontline_post').notNull().default(true),
    workplaceInChangchun: boolean('workplace_in_changchun').notNull().default(true),
    /** numbers of the award conditions met (1–5 grand award, 1–4 technical expert) */
    conditions: jsonb('conditions').$type<number[]>().notNull().default(sql`'[]'::jsonb`),
    achievementsSummary: text('achievements_summary').notNull().default(''),
    /** warnings the unit chose to accept, with its written justification: { code: justification } */
    warningJustifications: jsonb('warning_justifications')
      .$type<Record<string, string>>()
      .notNull()
      .default(sql`'{}'::jsonb`),
    declassified: boolean('declassified').notNull().default(false),
    unitOpinion: text('unit_opinion'),
    recommenderOpinion: text('recommender_opinion'),
    bureauOpinion: text('bureau_opinion'),
    finalScore: text('final_score'),
    statusReason: text('status_reason'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('applications_employer').on(t.employerId),
    index('applications_recommender').on(t.recommenderId),
    index('applications_edition_status').on(t.editionId, t.status),
    // One person, one application per edition (no applying for both awards); a withdrawn draft frees it.
    uniqueIndex('applications_one_per_person')
      .on(t.editionId, t.idNumberHash)
      .where(sql`${t.status} <> 'withdrawn' and ${t.idNumberHash} is not null`),
    oneOf(t.status, applicationStatuses),
  ],
);

/**
 * Structured rows of Annex 2: work history (主要经历), patents, city-level S&T progress awards,
 * technical innovation, unique skills / outstanding contributions, competition prizes, honorary titles,
 * other awards — each with its witness or evidence.
 */
export const applicationEntries = pgTable(
  'application_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    section: text('section').$type<SectionName>().notNull(),
    position: integer('position').notNull(),
    periodFrom: text('period_from'),
    periodTo: text('period_to'),
    /** 在何单位学习、工作 (work history rows only) */
    place: text('place'),
    content: text('content').notNull(),
    witness: text('witness'),
    evidenceAttachmentId: uuid('evidence_attachment_id'),
  },
  (t) => [
    index('application_entries_app').on(t.applicationId, t.section, t.position),
    oneOf(t.section, sectionNames),
  ],
);

/** Uploaded files (bytes live in the storage backend under `storageKey`). */
export const attachments = pgTable(
  'attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id').references(() => applications.id),
    ownerOrganisationId: uuid('owner_organisation_id')
      .notNull()
      .references(() => organisations.id),
    kind: text('kind').$type<AttachmentKind>().notNull(),
    fileName: text('file_name').notNull(),
    mimeType: text('mime_type').notNull(),
    sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull(),
    declassified: boolean('declassified').notNull().default(false),
    uploadedBy: uuid('uploaded_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('attachments_app').on(t.applicationId), oneOf(t.kind, attachmentKinds)],
);

/** Append-only history of every transition of an application (who, when, from, to, why). */
export const workflowEvents = pgTable(
  'workflow_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    transition: text('transition').$type<TransitionName>().notNull(),
    fromStatus: text('from_status').$type<ApplicationStatus>().notNull(),
    toStatus: text('to_status').$type<ApplicationStatus>().notNull(),
    actorUserId: uuid('actor_user_id').references(() => users.id),
    actorOrganisationId: uuid('actor_organisation_id').references(() => organisations.id),
    actorRole: text('actor_role').$type<Role>(),
    reason: text('reason'),
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('workflow_events_app').on(t.applicationId, t.at),
    oneOf(t.transition, transitionNames),
    oneOf(t.fromStatus, applicationStatuses),
    oneOf(t.toStatus, applicationStatuses),
    oneOf(t.actorRole, roles),
  ],
);

/** 领导集体研究决定: at the employer unit or at the recommender. */
export const collectiveDecisions = pgTable(
  'collective_decisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    editionId: uuid('edition_id')
      .notNull()
      .references(() => editions.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    level: text('level').$type<CollectiveDecisionLevel>().notNull(),
    decidedOn: date('decided_on', { mode: 'string' }).notNull(),
    participants: text('participants').notNull(),
    summary: text('summary').notNull().default(''),
    minutesAttachmentId: uuid('minutes_attachment_id').references(() => attachments.id),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [oneOf(t.level, collectiveDecisionLevels)],
);

/**
 * 推荐单位组织评审: the experts' review a recommender holds before its collective decision, one per
 * recommender and edition (its report states it once for all its candidates), with the signed opinion.
 */
export const recommenderReviews = pgTable(
  'recommender_reviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    editionId: uuid('edition_id')
      .notNull()
      .references(() => editions.id),
    recommenderId: uuid('recommender_id')
      .notNull()
      .references(() => organisations.id),
    reviewedOn: date('reviewed_on', { mode: 'string' }).notNull(),
    reviewers: jsonb('reviewers').$type<{ name: string; title?: string; employer?: string }[]>().notNull(),
    opinion: text('opinion').notNull().default(''),
    opinionAttachmentId: uuid('opinion_attachment_id').references(() => attachments.id),
    recordedBy: uuid('recorded_by').references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('recommender_reviews_unique').on(t.editionId, t.recommenderId)],
);

/**
 * A recommender's dossiers bound in one ZIP (申报材料册, one PDF per candidate, stored not deflated), built
 * by a background job; the row is what the page polls for its progress bar and where the result is.
 */
export const dossierBatches = pgTable(
  'dossier_batches',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    editionId: uuid('edition_id')
      .notNull()
      .references(() => editions.id),
    recommenderId: uuid('recommender_id')
      .notNull()
      .references(() => organisations.id),
    /** Who asked, as the job acts for them (their scope and what they may print). */
    requestedBy: uuid('requested_by')
      .notNull()
      .references(() => users.id),
    requestedAs: jsonb('requested_as').$type<Record<string, unknown>>().notNull(),
    status: text('status').$type<DossierBatchStatus>().notNull().default('queued'),
    done: integer('done').notNull().default(0),
    total: integer('total').notNull(),
    attempts: integer('attempts').notNull().default(0),
    storageKey: text('storage_key'),
    sizeBytes: bigint('size_bytes', { mode: 'number' }),
    sha256: text('sha256'),
    error: jsonb('error').$type<{ code: string; zh: string; en: string }>(),
    createdAt: createdAt(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [
    index('dossier_batches_recommender').on(t.recommenderId, t.createdAt),
    oneOf(t.status, dossierBatchStatuses),
  ],
);

/** 公示 — unit, recommender or city level; N working days computed from the calendar. */
export const notices = pgTable(
  'notices',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    editionId: uuid('edition_id')
      .notNull()
      .references(() => editions.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    level: text('level').$type<NoticeLevel>().notNull(),
    title: text('title').notNull(),
    body: text('body').notNull().default(''),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }).notNull(),
    workingDays: integer('working_days').notNull(),
    status: text('status').$type<NoticeStatus>().notNull().default('open'),
    /** Where objections go, as posted: the organisation's contact when the notice started (a snapshot). */
    contactName: text('contact_name'),
    contactPhone: text('contact_phone'),
    contactAddress: text('contact_address'),
    publicSlug: text('public_slug').unique(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [oneOf(t.level, noticeLevels), oneOf(t.status, noticeStatuses)],
);

export const noticeItems = pgTable(
  'notice_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    noticeId: uuid('notice_id')
      .notNull()
      .references(() => notices.id),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    position: integer('position').notNull(),
  },
  (t) => [uniqueIndex('notice_items_unique').on(t.noticeId, t.applicationId)],
);

/** 异议 — a real-name objection filed against a notice (and usually one candidate on it). */
export const objections = pgTable(
  'objections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    noticeId: uuid('notice_id')
      .notNull()
      .references(() => notices.id),
    applicationId: uuid('application_id').references(() => applications.id),
    submitterName: text('submitter_name').notNull(),
    submitterPhoneEnc: text('submitter_phone_enc'),
    submitterPhoneMasked: text('submitter_phone_masked'),
    content: text('content').notNull(),
    status: text('status').$type<ObjectionStatus>().notNull().default('open'),
    handling: text('handling'),
    handledBy: uuid('handled_by').references(() => users.id),
    handledAt: timestamp('handled_at', { withTimezone: true }),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    recordedBy: uuid('recorded_by').references(() => users.id),
  },
  (t) => [oneOf(t.status, objectionStatuses)],
);

/**
 * 文书登记: every generated paper (Annex 2, notices …) by its content hash, so the QR code printed on it
 * leads to a public page that says what it is and whether it still matches the data.
 */
export const issuedDocuments = pgTable(
  'issued_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    contentHash: text('content_hash').notNull(),
    kind: text('kind').$type<IssuedDocumentKind>().notNull(),
    applicationId: uuid('application_id').references(() => applications.id),
    noticeId: uuid('notice_id').references(() => notices.id),
    /** The recommending organisation a paper of all its candidates belongs to (summary table, report). */
    organisationId: uuid('organisation_id').references(() => organisations.id),
    title: text('title').notNull(),
    issuedBy: uuid('issued_by').references(() => users.id),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('issued_documents_hash').on(t.contentHash), oneOf(t.kind, issuedDocumentKinds)],
);
