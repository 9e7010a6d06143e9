import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Executor } from '../db/database';
import { applications, awards, decisions, editions, prizePayments } from '../db/schema';

/** A winner's certificate as the record gives it, and the code its QR code carries (for `/verify`). */

/**
 * The code a certificate's QR code carries to `/verify/{code}`: the SHA-256 of what the certificate says, so
 * that the verification page recomputes it from the record and tells a certificate still valid from one
 * whose title was revoked or whose data no longer match.
 */
export function certificateCode(certificate: {
  applicationId: string;
  certificateNo: string;
  name: string;
  award: string;
  issuedOn: string;
}): string {
  const text = [
    'certificate',
    certificate.applicationId,
    certificate.certificateNo,
    certificate.name,
    certificate.award,
    certificate.issuedOn,
  ].join('\n');
  return createHash('sha256').update(text).digest('hex');
}

/** What a winner's certificate says, from the record (null when the application holds no certificate). */
export async function certificateOfRecord(tx: Executor, applicationId: string) {
  const [found] = await tx
    .select({
      application: applications,
      certificateNo: prizePayments.certificateNo,
      issuedOn: decisions.decidedOn,
      award: awards.code,
      edition: editions.number,
    })
    .from(applications)
    .innerJoin(prizePayments, eq(prizePayments.applicationId, applications.id))
    .innerJoin(decisions, eq(decisions.id, prizePayments.decisionId))
    .innerJoin(awards, eq(awards.id, applications.awardId))
    .innerJoin(editions, eq(editions.id, applications.editionId))
    .where(eq(applications.id, applicationId));
  if (!found?.certificateNo) return null;
  const code = certificateCode({
    applicationId,
    certificateNo: found.certificateNo,
    name: found.application.name,
    award: found.award,
    issuedOn: found.issuedOn,
  });
  return { ...found, certificateNo: found.certificateNo, code };
}
