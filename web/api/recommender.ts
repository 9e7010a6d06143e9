import type { z } from 'zod';
import type { DossierBatchView, LatestDossierBatch } from '../../contract/dossier-batches';
import type { QuotaOverview, RecommenderReviewBody, RecommenderReviewView } from '../../contract/review';
import { api } from './client';

/**
 * The recommender's own records and papers (contract/review.ts, contract/dossier-batches.ts): its experts'
 * review, its quota per award, the papers it prints, and the dossier batch built in the background.
 */
export type ReviewView = RecommenderReviewView;
export type ReviewInput = z.input<typeof RecommenderReviewBody>;
export type Quota = QuotaOverview;
export type DossierBatch = DossierBatchView;

/** Where the signed opinion is uploaded (POST, multipart) and downloaded (GET). */
export const reviewOpinionUrl = '/api/recommender-review/opinion';

export function loadReview(signal?: AbortSignal): Promise<ReviewView> {
  return api.get<ReviewView>('/api/recommender-review', { signal });
}

export function saveReview(input: ReviewInput): Promise<ReviewView> {
  return api.put<ReviewView>('/api/recommender-review', input);
}

export function loadQuota(signal?: AbortSignal): Promise<Quota> {
  return api.get<Quota>('/api/quota', { signal });
}

/** The recommender's papers, each produced (and audited) when opened. */
export const recommenderPaperUrls = {
  summaryTableXlsx: '/api/summary-table.xlsx',
  summaryTablePdf: '/api/summary-table.pdf',
  reportPdf: '/api/recommendation-report.pdf',
  reportDocx: '/api/recommendation-report.docx',
} as const;

export const coverUrl = (applicationId: string) =>
  `/api/applications/${encodeURIComponent(applicationId)}/cover.pdf`;
export const dossierUrl = (applicationId: string) =>
  `/api/applications/${encodeURIComponent(applicationId)}/dossier.pdf`;

export function requestDossierBatch(): Promise<DossierBatch> {
  return api.post<DossierBatch>('/api/dossier-batches', {});
}

export function loadDossierBatch(id: string, signal?: AbortSignal): Promise<DossierBatch> {
  return api.get<DossierBatch>(`/api/dossier-batches/${encodeURIComponent(id)}`, { signal });
}

export function loadLatestDossierBatch(signal?: AbortSignal): Promise<z.infer<typeof LatestDossierBatch>> {
  return api.get('/api/dossier-batches/latest', { signal });
}

export const dossierBatchDownloadUrl = (id: string) =>
  `/api/dossier-batches/${encodeURIComponent(id)}/download`;
