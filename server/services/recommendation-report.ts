import { and, eq, inArray } from 'drizzle-orm';
import { DomainError } from '../../domain/errors';
import { shanghaiDate } from '../../domain/time';
import type { Executor } from '../db/database';
import { editions, noticeItems, notices, objections } from '../db/schema';
import { type RecommendationReport, type ReportAttachment, renderNoticePdf, reportTexts } from '../documents';
import { canonicalJson, sha256Hex } from '../documents/annex2-hash';
import { partAsPdf } from '../documents/dossier-pdf';
import type { FileStorage } from '../storage/storage';
import { recommenderReviewOf } from '../workflow/facts';
import { latestDecisionOf } from '../workflow/records-steps';
import { noticeDocumentOf } from './documents';
import { type papersRecommender, recommendedRows } from './recommender-papers';
import { opinionFileOf } from './recommender-review';
import type { Acting } from './workflow';

type OrganisationRow = Awaited<ReturnType<typeof papersRecommender>>;

const ADDRESSEE = '长春市人力资源和社会保障局';

function notReady(zh: string, en: string): never {
  throw new DomainError(
    'report.not_ready',
    { zh: `推荐报告尚不能生成：${zh}`, en: `The report cannot be made yet: ${en}` },
    { params: { missing: en } },
  );
}

/**
 * The recommendation report (推荐报告) of a recommender, from what it recorded: the candidates it ranked
 * after its notice, its experts' review, its collective decision and its notice (period, objections and
 * their outcome), its contact. Refused (`report.not_ready`, naming what is missing) until all are there.
 * The content hash is of the data, so the QR code's page says whether a printed report still matches.
 */
export async function recommendationReportOf(
  tx: Executor,
  acting: Acting,
  recommender: OrganisationRow,
  verificationBase: string,
) {
  const { rows, applications: recommended } = await recommendedRows(tx, acting, recommender);
  const [first] = recommended;
  if (!first) notReady('尚无公示后排序的推荐人选', 'no candidate has been ranked after the notice');
  const ids = recommended.map((a) => a.id);
  const review = await recommenderReviewOf(tx, first.editionId, recommender.id);
  if (!review) notReady('尚未记录专家评审', "the experts' review has not been recorded");

  const decision = await latestDecisionOf(tx, 'recommender', ids);
  if (!decision) notReady('尚无集体研究决定', 'no collective decision has been recorded');

  const noticeRows = await tx
    .selectDistinct({ notice: notices })
    .from(noticeItems)
    .innerJoin(notices, eq(notices.id, noticeItems.noticeId))
    .where(
      and(
        inArray(noticeItems.applicationId, ids),
        eq(notices.level, 'recommender'),
        eq(notices.organisationId, recommender.id),
        eq(notices.status, 'closed'),
      ),
    )
    .orderBy(notices.startDate);
  const noticeDocuments = await Promise.all(
    noticeRows.map(({ notice }) => noticeDocumentOf(tx, acting, notice.id)),
  );
  const [firstNotice] = noticeRows;
  if (!firstNotice) notReady('公示尚未结束', 'the notice has not been closed');
  const filedObjections = await tx
    .select({ status: objections.status })
    .from(objections)
    .where(
      inArray(
        objections.noticeId,
        noticeRows.map((n) => n.notice.id),
      ),
    );
  const filed = filedObjections.length;
  const upheld = filedObjections.filter((o) => o.status === 'upheld').length;
  const [edition] = await tx.select().from(editions).where(eq(editions.id, first.editionId));

  const report: RecommendationReport = {
    editionTitle: edition?.nameZh ?? '',
    recommenderName: recommender.nameZh,
    addressee: ADDRESSEE,
    date: shanghaiDate(acting.now),
    candidates: rows.map((row) => ({
      award: row.award,
      rank: row.rank,
      name: row.name,
      gender: row.gender,
      employer: row.employer,
      occupation: row.occupation,
      skillLevelOrTitle: row.skillLevelOrTitle,
    })),
    review: {
      date: review.reviewedOn,
      reviewers: review.reviewers,
      opinion: review.opinion,
    },
    decision: { date: decision.decidedOn, participants: decision.participants },
    notice: {
      startDate: firstNotice.notice.startDate,
      endDate:
        noticeRows
          .map((n) => n.notice.endDate)
          .sort()
          .at(-1) ?? firstNotice.notice.endDate,
      workingDays: firstNotice.notice.workingDays,
      place: firstNotice.notice.publicSlug ? '本单位公示栏及评选平台网站' : '本单位公示栏',
      objections: filed,
      outcome:
        filed === 0
          ? '公示期间未收到异议'
          : upheld === 0
            ? '经核查，所反映问题不属实，不影响推荐资格'
            : `经核查，${upheld}件异议属实，相关人选已不再推荐，其余人选不受影响`,
    },
    contact: { name: recommender.contactName ?? '', phone: recommender.contactPhone ?? '' },
  };
  const opinionFile = await opinionFileOf(tx, review);
  if (opinionFile) report.review = { ...report.review, uploaded: { fileName: opinionFile.fileName } };
  const contentHash = sha256Hex(Buffer.from(canonicalJson({ schema: 'jiangxuan.report/1', ...report })));
  return {
    report: {
      ...report,
      verification: { url: `${verificationBase}${contentHash}`, code: contentHash.slice(0, 12) },
    },
    contentHash,
    applicationIds: ids,
    opinionFile,
    noticeDocuments,
  };
}

/**
 * The PDF report's attachments (§四(一): 专家评审意见书和公示截图要作为附件附后): the experts' opinion as
 * uploaded (a scan placed on A4) — or, when only written, nothing more than the report quotes — and the
 * notice as posted.
 */
export async function reportAttachments(
  storage: FileStorage,
  made: Awaited<ReturnType<typeof recommendationReportOf>>,
): Promise<ReportAttachment[]> {
  const [opinionTitle, noticeTitle] = reportTexts.attachments;
  const attached: ReportAttachment[] = [];
  if (made.opinionFile) {
    const bytes = await storage.get(made.opinionFile.storageKey);
    attached.push({
      title: `附件1 ${opinionTitle}`,
      pdf: await partAsPdf({
        title: opinionTitle,
        kind: made.opinionFile.mimeType === 'application/pdf' ? 'pdf' : 'image',
        mimeType: made.opinionFile.mimeType,
        bytes,
      }),
    });
  }
  for (const document of made.noticeDocuments) {
    attached.push({ title: `附件2 ${noticeTitle}`, pdf: (await renderNoticePdf(document)).bytes });
  }
  return attached;
}
