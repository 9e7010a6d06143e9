/**
 * Type-level checks of the API contract, run by `npm run typecheck` (nothing here executes): the web's
 * types are the server's schemas, so an answer without a field the server promises, or with a value
 * outside its enum, is not a web `ApplicationSummary`. tests/contract.test.ts shows the same end to end:
 * a field renamed in contract/ breaks the web code that reads it.
 */
import type { z } from 'zod';
import type { ApplicationSummary as ServerSummary } from '../contract/applications';
import type { ApplicationSummary, Attachment } from '../web/api/applications';

const summary: ApplicationSummary = {
  id: '00000000-0000-4000-8000-000000000001',
  award: 'grand_award',
  status: 'draft',
  name: '张三',
  gender: null,
  occupation: null,
  skillLevel: null,
  unitRank: null,
  recommenderRank: null,
  idNumberMasked: null,
  mobileMasked: null,
  employer: { id: 'e', name: { zh: '单位', en: 'Unit' } },
  recommender: { id: 'r', name: { zh: '推荐单位', en: 'Recommender' } },
  updatedAt: '2026-09-15T02:00:00.000Z',
  returnReason: null,
  unitOpinion: null,
  missingAttachments: [],
  attachmentCount: 0,
};

/** What the server's schema describes is exactly what the web reads. */
export const serverSends: z.output<typeof ServerSummary> = summary;

const { updatedAt: _dropped, ...withoutUpdatedAt } = summary;
// @ts-expect-error — the server always sends `updatedAt`; an answer without it is not a summary
export const missingField: ApplicationSummary = withoutUpdatedAt;

// @ts-expect-error — `award` is one of the domain's award codes, not any string
export const unknownAward: ApplicationSummary = { ...summary, award: 'best_worker' };

// @ts-expect-error — an attachment's kind is one of the domain's attachment kinds
export const unknownKind: Attachment['kind'] = 'selfie';
