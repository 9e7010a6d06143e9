import { FilePdfOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Flex, List, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { awardLabels } from '../../../domain/application';
import { stepLevels, transitions } from '../../../domain/workflow';
import { checkMove, closeNotice, type Notice, noticeDocumentUrl } from '../../api/steps';
import { useAction } from '../../api/useAction';
import { useApiResource } from '../../api/useApiResource';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useT } from '../../i18n/LocaleProvider';
import { ObjectionForm } from './ObjectionForm';
import { ObjectionRow } from './ObjectionRow';
import { useConfirmMove } from './stepGuards';

/**
 * One notice of any level (the notice carries its level): its period (computed by the server on the
 * working-day calendar), the printable text, the objections received with their handling, and closing it.
 * Closing is offered disabled, with the server's reasons (the period not over, objections open), until it
 * can succeed, and is confirmed naming the candidates who move on.
 */
/** The tag of each phase: a notice not started yet is not shown as running (the server's day decides). */
const phaseColours = {
  scheduled: 'default',
  running: 'processing',
  ended: 'warning',
  closed: 'default',
} as const;

export function NoticeCard({ notice, onChanged }: { notice: Notice; onChanged: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const confirm = useConfirmMove();
  // open: objections are recorded and the close is offered until it is closed
  const running = notice.phase !== 'closed';
  const { startNotice, endNotice } = stepLevels[notice.level];
  const still = notice.items.filter((item) => item.status === transitions[startNotice].to);
  const [first] = still;
  // the closing move's guards, as the server judges them now, on a candidate still on the notice
  const [check] = useApiResource(
    (signal) =>
      running && first ? checkMove(endNotice, [first.applicationId], signal) : Promise.resolve([]),
    [running, first?.applicationId, notice.objections.map((o) => o.status).join()],
  );
  const blockers = check.status === 'loaded' ? (check.data[0]?.blockedBy ?? []) : [];
  const close = useAction(async () => {
    await closeNotice(notice.id);
    message.success(t('steps.notice.closed'));
    onChanged();
  });
  const openCount = notice.objections.filter((o) => o.status === 'open').length;
  const closable = running && check.status === 'loaded' && blockers.length === 0;
  const askClose = () =>
    confirm({
      title: t('steps.notice.closeTitle'),
      // at the city level the candidates go on to the talent office's approval, not to a ranking
      consequence: t(notice.level === 'city' ? 'city.notice.closeConfirm' : 'steps.notice.closeConfirm'),
      names: still.map((item) => item.name),
      okText: t('steps.notice.close'),
      onOk: () => close.run(),
    });

  return (
    <Card
      size="small"
      data-testid={`notice-${notice.id}`}
      // the whole title, wrapped: it says whose notice of what, and a phone cannot show it on one line
      title={<span style={{ whiteSpace: 'normal' }}>{notice.title}</span>}
      extra={
        <Tag color={phaseColours[notice.phase]} className="jx-wrap">
          {t(`steps.notice.status.${notice.phase}`, { start: notice.startDate })}
        </Tag>
      }
    >
      <Flex vertical gap={12}>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2 }}
          items={[
            {
              key: 'period',
              label: t('steps.notice.periodLabel'),
              children: (
                <span data-testid="notice-period">
                  {t('steps.notice.period', {
                    start: notice.startDate,
                    end: notice.endDate,
                    days: notice.workingDays,
                  })}
                </span>
              ),
            },
            {
              key: 'candidates',
              label: t('steps.notice.candidates'),
              children: (
                <Flex vertical gap={4}>
                  {notice.items.map((item) => (
                    <span key={item.applicationId}>
                      <Link to={`/applications/${item.applicationId}`}>{item.name}</Link>{' '}
                      <Tag style={{ whiteSpace: 'normal' }}>{t.message(awardLabels[item.award])}</Tag>
                    </span>
                  ))}
                </Flex>
              ),
            },
          ]}
        />
        <Flex wrap gap={8} align="center">
          <Button
            icon={<FilePdfOutlined />}
            href={noticeDocumentUrl(notice.id)}
            target="_blank"
            data-testid="notice-pdf"
          >
            {t('steps.notice.document')}
          </Button>
          {running && (
            <Button
              type="primary"
              loading={close.busy || check.status === 'loading'}
              disabled={!closable}
              aria-describedby={blockers.length > 0 ? `notice-blocked-${notice.id}` : undefined}
              onClick={askClose}
              data-testid="notice-close"
            >
              {t('steps.notice.close')}
            </Button>
          )}
          {openCount > 0 && (
            <Tag color="orange">{t('steps.notice.openObjections', { count: openCount })}</Tag>
          )}
        </Flex>
        {blockers.length > 0 && (
          <Alert
            type="warning"
            showIcon
            id={`notice-blocked-${notice.id}`}
            data-testid="notice-close-blocked"
            title={t('steps.notice.closeBlocked')}
            description={
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {blockers.map((b) => (
                  <li key={b.code}>{t.message(b.message)}</li>
                ))}
              </ul>
            }
          />
        )}
        {check.status === 'failed' && (
          <ApiErrorAlert error={check.error} title={t('steps.lack.checkFailed')} />
        )}
        {close.error !== null && <ApiErrorAlert error={close.error} />}
        <Typography.Title level={3} style={{ fontSize: 14, margin: 0 }}>
          {t('steps.objection.title')}
        </Typography.Title>
        <List
          size="small"
          bordered
          locale={{ emptyText: t('steps.objection.none') }}
          dataSource={notice.objections}
          renderItem={(objection) => (
            <ObjectionRow objection={objection} notice={notice} onChanged={onChanged} />
          )}
        />
        {/* an objection is received during the notice: none can be before its first day */}
        {running && notice.phase === 'scheduled' && (
          <Typography.Text type="secondary" data-testid="objection-not-yet">
            {t('steps.objection.notYet', { start: notice.startDate })}
          </Typography.Text>
        )}
        {running && notice.phase !== 'scheduled' && <ObjectionForm notice={notice} onRecorded={onChanged} />}
      </Flex>
    </Card>
  );
}
