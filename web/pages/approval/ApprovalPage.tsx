import { Alert, Button, Card, Empty, Flex, Result, Skeleton, Typography } from 'antd';
import { useRef } from 'react';
import { type ApprovalList, loadApprovalList } from '../../api/approval';
import { useApiResource } from '../../api/useApiResource';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useT } from '../../i18n/LocaleProvider';
import { useSignedInSession } from '../../session/SessionProvider';
import { AwardApproval } from './AwardApproval';
import { anythingPending } from './approvalView';

/**
 * 上报审定 (seed §三(一)6): the talent office of the municipal Party committee's organisation department
 * (市委组织部人才办) weighs the proposed winners the bureau sends after the city notice — per award the
 * experts' results, the 差额 ratio and the notice's outcome — and approves them with its approval document,
 * or returns a candidate to the bureau with a reason. The bureau sees the same list, read-only.
 */
export function ApprovalPage() {
  const t = useT();
  const session = useSignedInSession();
  useDocumentTitle(t('approval.pageTitle'));
  const allowed = session.permissions.includes('readApprovalList');
  const [list, reload] = useApiResource(
    (signal) => (allowed ? loadApprovalList(signal) : Promise.resolve({ awards: [] })),
    [allowed],
  );
  // the last answer stays on screen while the list is read again after a move, so the page does not jump
  const last = useRef<ApprovalList | null>(null);
  if (list.status === 'loaded') last.current = list.data;
  const shown = list.status === 'loaded' ? list.data : last.current;

  if (!allowed)
    return <Result status="403" title={t('approval.pageTitle')} subTitle={t('approval.onlyTalentOffice')} />;

  const awards = shown?.awards.filter((award) => award.items.length > 0) ?? [];
  const pending = anythingPending(awards);
  return (
    <Flex vertical gap={16}>
      <Card>
        <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0 }}>
          {t('approval.heading')}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t('approval.intro')}
        </Typography.Paragraph>
        {shown !== null && !pending && awards.length > 0 && (
          <Alert type="success" showIcon style={{ marginTop: 16 }} title={t('approval.allDone')} />
        )}
      </Card>
      {list.status === 'failed' && (
        <ApiErrorAlert
          error={list.error}
          title={t('approval.loadFailed')}
          action={
            <Button size="small" onClick={reload}>
              {t('common.retry')}
            </Button>
          }
        />
      )}
      {shown === null && list.status === 'loading' && (
        <Card>
          <Skeleton active paragraph={{ rows: 8 }} />
        </Card>
      )}
      {shown !== null && awards.length === 0 && (
        <Card data-testid="approval-empty">
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={
              <Flex vertical gap={4}>
                <Typography.Text>{t('approval.empty')}</Typography.Text>
                <Typography.Text type="secondary">{t('approval.emptyHint')}</Typography.Text>
              </Flex>
            }
          />
        </Card>
      )}
      {awards.map((award) => (
        <AwardApproval key={award.awardId} award={award} onChanged={reload} />
      ))}
    </Flex>
  );
}
