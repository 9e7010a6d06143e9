import { z } from 'zod';
import { ApplicationDraft, applicationFields, attachmentKinds } from '../domain/application';
import { awardCodes, roles } from '../domain/roles';
import { noticeLevels, objectionStatuses } from '../domain/statuses';
import { textField } from '../domain/text';
import { transitionNames } from '../domain/workflow';
import { applicationStatuses } from '../domain/workflow/states';
import { AttachmentView } from './attachments';
import { FindingSchema, MessageSchema, OrganisationRef } from './common';

/** The largest page `GET /api/applications` answers; a longer list is read page by page. */
export const APPLICATION_PAGE_MAX = 200;

/** `GET /api/applications`: a page of the caller's scope; `total` counts every row, so none is lost. */
export const ApplicationListQuery = z.object({
  status: z.enum(applicationStatuses).optional(),
  award: z.enum(awardCodes).optional(),
  limit: z.coerce.number().int().min(1).max(APPLICATION_PAGE_MAX).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

/** One row of the list: personal data masked. */
export const ApplicationSummary = z.object({
  id: z.string(),
  award: z.enum(awardCodes),
  status: z.enum(applicationStatuses),
  name: z.string(),
  gender: z.string().nullable(),
  occupation: z.string().nullable(),
  skillLevel: z.string().nullable(),
  unitRank: z.number().nullable(),
  recommenderRank: z.number().nullable(),
  idNumberMasked: z.string().nullable(),
  mobileMasked: z.string().nullable(),
  employer: OrganisationRef,
  recommender: OrganisationRef,
  updatedAt: z.string(),
  /** While it is returned (退回): the reason the level above gave, for the unit's list. */
  returnReason: z.string().nullable(),
  /** 本人所在单位推荐意见, once the unit reported it (the recommender's inbox shows it). */
  unitOpinion: z.string().nullable(),
  /** The required papers (`requiredAttachmentKinds`) not uploaded yet: the dossier's completeness. */
  missingAttachments: z.array(z.enum(attachmentKinds)),
  attachmentCount: z.number().int(),
});

export const ApplicationList = z.object({ items: z.array(ApplicationSummary), total: z.number() });

/** One step of the application's history. */
export const HistoryEvent = z.object({
  transition: z.enum(transitionNames),
  fromStatus: z.enum(applicationStatuses),
  toStatus: z.enum(applicationStatuses),
  actorRole: z.enum(roles).nullable(),
  actorName: z.string().nullable(),
  reason: z.string().nullable(),
  at: z.string(),
});

/**
 * An objection (异议) raised at a notice the application was on, for its history: when it came, how it was
 * handled. Never who raised it nor what they wrote (the notice's staff see those on the notice).
 */
export const ObjectionEvent = z.object({
  level: z.enum(noticeLevels),
  receivedAt: z.string(),
  status: z.enum(objectionStatuses),
  handledAt: z.string().nullable(),
  handling: z.string().nullable(),
});

/** Why an offered step cannot be taken yet: a guard's (or a rule's) code and message. */
export const Blocker = z.object({ code: z.string(), message: MessageSchema });

/** A step the caller's role may take from the current status, and what still blocks it. */
export const OfferedTransition = z.object({
  name: z.enum(transitionNames),
  to: z.enum(applicationStatuses),
  label: MessageSchema,
  requiresReason: z.boolean(),
  blockedBy: z.array(Blocker),
});

/** The notice the application is on at its current level, if any. */
export const NoticeRef = z.object({
  id: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  status: z.enum(['open', 'closed', 'withdrawn']),
  openObjections: z.number(),
});

/**
 * The form as stored, masked for those who may not see the personal numbers in clear: the domain's
 * `ApplicationDraft` (output). It is sent as it is, not re-parsed on the way out: the draft schema's
 * text normalisation cannot run backwards, and what is stored was checked when it came in.
 */
export const DraftView = z
  .custom<ApplicationDraft>((value) => typeof value === 'object' && value !== null && !Array.isArray(value))
  .meta({ type: 'object', description: 'The Annex 2 form (ApplicationDraft), personal numbers masked' });

/** `GET /api/applications/{id}` and the answer of every change to one application. */
export const ApplicationDetail = ApplicationSummary.extend({
  version: z.number(),
  draft: DraftView,
  masked: z.object({
    idNumber: z.string().nullable(),
    bankAccount: z.string().nullable(),
    mobile: z.string().nullable(),
    landline: z.string().nullable(),
    /** The birth year; the exact date is in `draft` only for those who see the ID number in clear. */
    birthYear: z.number().int().nullable(),
  }),
  findings: z.array(FindingSchema),
  warningJustifications: z.record(z.string(), z.string()),
  completeness: z.object({
    filled: z.number(),
    required: z.number(),
    missing: z.array(z.enum(applicationFields)),
  }),
  attachments: z.array(AttachmentView),
  missingAttachments: z.array(z.enum(attachmentKinds)),
  unitOpinion: z.string().nullable(),
  notice: NoticeRef.nullable(),
  allowedTransitions: z.array(OfferedTransition),
  /**
   * The opinion pre-filled for the caller's report of this candidate upwards (only when it is offered), in
   * Chinese as printed on the form: it states the notice's length and any objection and its handling.
   */
  suggestedOpinion: z.string().nullable(),
  /**
   * What the caller may do with it beside the workflow's moves, from the application policy and its status:
   * `change` — it is their unit's (whether or not it may still be edited); `edit` — change the form, its
   * papers and invite the candidate now; `delete` — remove a draft that never moved; `seePersonal` — the
   * personal numbers come in clear (the unit and the candidate), not masked.
   */
  may: z.object({ change: z.boolean(), edit: z.boolean(), delete: z.boolean(), seePersonal: z.boolean() }),
  history: z.array(HistoryEvent),
  objections: z.array(ObjectionEvent),
});

/** `POST /api/applications`: a new draft. */
export const CreateApplicationBody = ApplicationDraft;

/** A warning's code (`bank_account.luhn`), the key its justification is kept under. */
const FindingCode = z
  .string()
  .regex(/^[a-z][a-z0-9_]*(?:\.[a-z0-9_]+)*$/)
  .max(100);

/** `PATCH /api/applications/{id}`: the sections given replace the whole section; optimistic locking by version. */
export const UpdateApplicationBody = z.object({
  version: z.number().int().min(1),
  draft: ApplicationDraft,
  warningJustifications: z.record(FindingCode, textField({ min: 0, max: 500, multiline: true })).optional(),
});
