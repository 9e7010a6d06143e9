/**
 * Print-ready papers generated from the data: the recommendation form (Annex 2) as PDF and DOCX, and
 * the printable notice (公示). Each renderer returns the bytes and a SHA-256 (for Annex 2 the content
 * hash its QR code carries, see annex2-hash.ts).
 */
export {
  type Annex2Context,
  type Annex2Data,
  type Annex2Photo,
  type Annex2Row,
  type Annex2Sections,
  annex2DataFromDraft,
} from './annex2-data';
export { renderAnnex2Docx } from './annex2-docx';
export { ANNEX2_HASH_SCHEMA, annex2ContentHash, shortHash, verificationLink } from './annex2-hash';
export { renderAnnex2Pdf } from './annex2-pdf';
export {
  annex3Texts,
  orderSummaryRows,
  type SummaryColumn,
  type SummaryColumnKey,
  type SummaryGroup,
  type SummaryTable,
  type SummaryTableRow,
  summaryGroups,
} from './annex3-data';
export { renderSummaryTablePdf } from './annex3-pdf';
export { renderSummaryTableXlsx } from './annex3-xlsx';
export {
  COVER_QR_SIZE,
  type EnvelopeCover,
  envelopeCoverTexts,
  renderEnvelopeCoverPdf,
} from './cover-pdf';
export {
  type DossierContentsEntry,
  type DossierInput,
  type DossierPart,
  type DossierPdf,
  dossierTexts,
  renderDossierPdf,
} from './dossier-pdf';
export {
  type NoticeContact,
  type NoticeDocument,
  type NoticeItem,
  redactPii,
  renderNoticePdf,
} from './notice-pdf';
export { qrFor } from './qr';
export {
  type RecommendationReport,
  type ReportCandidate,
  type ReportNotice,
  type ReportReview,
  reportTexts,
  reportView,
} from './report-data';
export { renderRecommendationReportDocx } from './report-docx';
export { type ReportAttachment, renderRecommendationReportPdf } from './report-pdf';
