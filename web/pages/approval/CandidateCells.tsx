import { Flex, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { entryByCode, genders, skillLevels } from '../../../domain/people';
import type { ApprovalCandidate } from '../../api/approval';
import { useLocale, useT } from '../../i18n/LocaleProvider';
import { StatusTag } from '../applications/StatusTag';
import { formatScore, noticePeriodText, objectionsText, returnedOn, standingOf } from './approvalView';

/**
 * The parts of a candidate's row on the approval screen, shared by the table (wide screens) and the cards
 * (a phone): who they are, the experts' result, the city notice's outcome, where they stand.
 */

/** The name (to the application, which the talent office may read) with the gender. */
export function CandidateName({ candidate }: { candidate: ApprovalCandidate }) {
  const t = useT();
  const gender = candidate.gender ? entryByCode(genders, candidate.gender) : undefined;
  return (
    // the link a block of its own: beside the gender in one line of text it would need an underline
    <Flex vertical align="flex-start">
      <Link to={`/applications/${candidate.applicationId}`} className="jx-name">
        {candidate.name}
      </Link>
      {gender && (
        <Typography.Text type="secondary">
          {t('approval.gender', { gender: t.message(gender) })}
        </Typography.Text>
      )}
    </Flex>
  );
}

/** 汽车装调工 / 高级技师（一级） */
export function OccupationCell({ candidate }: { candidate: ApprovalCandidate }) {
  const t = useT();
  const level = candidate.skillLevel ? entryByCode(skillLevels, candidate.skillLevel) : undefined;
  return (
    <Flex vertical>
      <span>{candidate.occupation ?? '—'}</span>
      {level && <Typography.Text type="secondary">{t.message(level)}</Typography.Text>}
    </Flex>
  );
}

export function RankCell({ candidate }: { candidate: ApprovalCandidate }) {
  const t = useT();
  return candidate.rank === null ? (
    <Typography.Text type="secondary">{t('approval.noRank')}</Typography.Text>
  ) : (
    <span>{candidate.rank}</span>
  );
}

/** 92.50, and how many experts scored. */
export function ScoreCell({ candidate }: { candidate: ApprovalCandidate }) {
  const t = useT();
  const score = formatScore(candidate.score);
  if (score === null) return <Typography.Text type="secondary">{t('approval.score.none')}</Typography.Text>;
  return (
    <Flex vertical data-testid="approval-score">
      <Typography.Text strong>{score}</Typography.Text>
      <Typography.Text type="secondary">
        {t('approval.score.count', { count: candidate.scores })}
      </Typography.Text>
    </Flex>
  );
}

/** The city notice's period and what became of its objections. */
export function NoticeCell({ candidate }: { candidate: ApprovalCandidate }) {
  const t = useT();
  const { locale } = useLocale();
  const notice = candidate.cityNotice;
  if (!notice) return <Typography.Text type="secondary">{t('approval.notice.none')}</Typography.Text>;
  const { open, upheld } = notice.objections;
  return (
    <Flex vertical data-testid="approval-notice">
      <span>{noticePeriodText(t, locale, notice)}</span>
      <Typography.Text type={open + upheld > 0 ? 'warning' : 'secondary'}>
        {objectionsText(t, locale, notice.objections)}
      </Typography.Text>
    </Flex>
  );
}

/** The status, with the approval document or the standing return and its reason. */
export function StandingCell({ candidate }: { candidate: ApprovalCandidate }) {
  const t = useT();
  const standing = standingOf(candidate);
  return (
    <Flex vertical gap={4} align="flex-start" data-testid="approval-standing" data-standing={standing}>
      <StatusTag status={candidate.status} />
      {candidate.approval && (
        <Typography.Text type="secondary" data-testid="approval-document">
          {t('approval.approvedWith', {
            documentNo: candidate.approval.documentNo,
            date: candidate.approval.approvedOn,
          })}
        </Typography.Text>
      )}
      {standing === 'returned' && candidate.returned && (
        <>
          <Typography.Text type="secondary" data-testid="approval-return-reason">
            {t('approval.returnedWith', {
              date: returnedOn(candidate.returned),
              reason: candidate.returned.reason,
            })}
          </Typography.Text>
          <Typography.Text type="secondary">{t('approval.returnedWaiting')}</Typography.Text>
        </>
      )}
    </Flex>
  );
}
