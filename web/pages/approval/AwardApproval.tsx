import { FilePdfOutlined } from '@ant-design/icons';
import { Button, Card, Divider, Flex, Grid, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { awardLabels } from '../../../domain/application';
import { type ApprovalAward, type ApprovalCandidate, reviewOpinionUrl } from '../../api/approval';
import { checkMove } from '../../api/steps';
import { useApiResource } from '../../api/useApiResource';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useLocale, useT } from '../../i18n/LocaleProvider';
import type { MessageKey } from '../../i18n/translate';
import { lacksOf } from '../steps/moveLacks';
import { ApproveForm } from './ApproveForm';
import { differentialText, pendingOf } from './approvalView';
import { CandidateCards, CandidateTable } from './CandidateList';
import { ReturnDialog } from './ReturnDialog';

/** Why each pending candidate cannot take a move now (id → the reasons, one a line); absent: it can. */
type Blocked = Readonly<Record<string, string>>;

/**
 * One award's proposed list as the talent office weighs it: the places against the candidates reviewed
 * (差额), how the experts scored, their review opinion to print, then every candidate with the result and
 * the city notice's outcome. The candidates waiting are ticked for 审定通过 or returned one by one; the
 * server's checks say which move each can take, and no button is offered for a move that would fail.
 */
export function AwardApproval({ award, onChanged }: { award: ApprovalAward; onChanged: () => void }) {
  const t = useT();
  const { locale } = useLocale();
  // the table needs the width of a desktop: below it, one card a candidate
  const wide = Grid.useBreakpoint().lg === true;
  const pending = pendingOf(award);
  const pendingIds = pending.map((c) => c.applicationId);
  const [checks] = useApiResource(
    async (signal) => {
      const [approve, ret] = await Promise.all([
        checkMove('approve', pendingIds, signal),
        checkMove('returnFromApproval', pendingIds, signal),
      ]);
      return { approve, ret };
    },
    [pendingIds.join()],
  );
  const { cannotApprove, cannotReturn } = useMemo(() => {
    const none = { cannotApprove: {} as Blocked, cannotReturn: {} as Blocked };
    if (checks.status !== 'loaded') return none;
    const blockedOf = (list: typeof checks.data.approve): Blocked =>
      Object.fromEntries(
        list
          .map((check) => [check.applicationId, lacksOf(check, t, locale).join('\n')] as const)
          .filter(([, lacks]) => lacks !== ''),
      );
    return { cannotApprove: blockedOf(checks.data.approve), cannotReturn: blockedOf(checks.data.ret) };
  }, [checks, t, locale]);
  const checked = checks.status === 'loaded';
  const approvable = checked ? pending.filter((c) => !cannotApprove[c.applicationId]) : [];
  const returnable = new Set(
    checked ? pending.filter((c) => !cannotReturn[c.applicationId]).map((c) => c.applicationId) : [],
  );

  const [ticked, setTicked] = useState<string[]>([]);
  const selected = approvable.filter((c) => ticked.includes(c.applicationId));
  const [returning, setReturning] = useState<ApprovalCandidate | null>(null);
  const changed = () => {
    setTicked([]);
    setReturning(null);
    onChanged();
  };

  const awardName = t.message(awardLabels[award.award]);
  const aggregation = t(`approval.aggregation.${award.aggregation}` as MessageKey);
  const listProps = {
    award,
    selectable: approvable.length > 0,
    ticked: selected.map((c) => c.applicationId),
    onTick: setTicked,
    cannotApprove: checked ? cannotApprove : null,
    returnable,
    onReturn: setReturning,
  };

  return (
    <Card
      data-testid={`approval-award-${award.award}`}
      title={
        <Flex align="center" gap={8} wrap style={{ paddingBlock: 8 }}>
          <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
            {awardName}
          </Typography.Title>
          <Tag color="blue">{t('approval.award.places', { places: award.places })}</Tag>
          {pending.length > 0 && (
            <Tag color="processing">{t('approval.waiting', { count: pending.length })}</Tag>
          )}
        </Flex>
      }
    >
      <Flex vertical gap={4} style={{ marginBottom: 16 }}>
        <Typography.Text data-testid="approval-differential">{differentialText(t, award)}</Typography.Text>
        <Typography.Text type="secondary">
          {t('approval.award.method', {
            aggregation,
            blind: t(award.blind ? 'approval.blind.yes' : 'approval.blind.no'),
          })}
        </Typography.Text>
        {award.reviewOpinion ? (
          <span>
            <Button
              type="link"
              icon={<FilePdfOutlined />}
              href={reviewOpinionUrl(award.awardId)}
              target="_blank"
              rel="noreferrer"
              style={{ paddingInline: 0 }}
              data-testid="approval-opinion"
            >
              {t('approval.award.opinion')}
            </Button>
          </span>
        ) : (
          <Typography.Text type="secondary">{t('approval.award.opinionPending')}</Typography.Text>
        )}
      </Flex>
      {checks.status === 'failed' && (
        <div style={{ marginBottom: 12 }}>
          <ApiErrorAlert error={checks.error} title={t('approval.check.failed')} />
        </div>
      )}
      {wide ? (
        <CandidateTable {...listProps} caption={t('approval.award.list', { award: awardName })} />
      ) : (
        <CandidateCards {...listProps} />
      )}
      {approvable.length > 0 && (
        <>
          <Divider />
          <ApproveForm awardId={award.awardId} selected={selected} onApproved={changed} />
        </>
      )}
      {returning && (
        <ReturnDialog candidate={returning} onClose={() => setReturning(null)} onReturned={changed} />
      )}
    </Card>
  );
}
