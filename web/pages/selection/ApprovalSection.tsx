import { App, Button, Empty, Flex, Form, Input, List, Tag, Typography } from 'antd';
import { useState } from 'react';
import { shanghaiDate } from '../../../domain/time';
import type { ApplicationSummary } from '../../api/applications';
import { submitForApproval, withdrawProposal } from '../../api/selection';
import { useAction } from '../../api/useAction';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useT } from '../../i18n/LocaleProvider';
import { ApplicationPicker } from '../steps/ApplicationPicker';
import { keepEnterInField, useConfirmMove } from '../steps/stepGuards';
import { BlockedList } from './BlockedList';
import type { ApprovalReturn } from './selectionModel';
import { useMoveLacks } from './useMoveLacks';

/**
 * 报人才办审定: the candidates through the city notice go to the talent office (市委组织部人才办) with an
 * optional note; a candidate the talent office returned is shown with its reason, to resubmit or — the
 * bureau's administrator — to take off the list (撤回拟评选对象) with a reason; those sent wait for it.
 */
export function ApprovalSection({
  noticed,
  pending,
  returns,
  onChanged,
}: {
  noticed: ApplicationSummary[];
  pending: ApplicationSummary[];
  returns: ReadonlyMap<string, ApprovalReturn>;
  onChanged: () => void;
}) {
  const t = useT();
  const fresh = noticed.filter((a) => !returns.has(a.id));
  const returned = noticed.filter((a) => returns.has(a.id));
  if (noticed.length === 0 && pending.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('selection.approval.empty')} />;
  return (
    <Flex vertical gap={16}>
      {fresh.length > 0 && <SubmitForm applications={fresh} onSubmitted={onChanged} />}
      {returned.length > 0 && (
        <ReturnedList applications={returned} returns={returns} onChanged={onChanged} />
      )}
      {pending.length > 0 && (
        <Flex vertical gap={8} data-testid="approval-pending">
          <Typography.Title level={3} style={{ fontSize: 14, margin: 0 }}>
            {t('selection.approval.pendingTitle', { count: pending.length })}
          </Typography.Title>
          <Flex wrap gap={8}>
            {pending.map((a) => (
              <Tag key={a.id} color="processing" className="jx-wrap">
                {a.name}
              </Tag>
            ))}
          </Flex>
          <Typography.Text type="secondary">{t('selection.approval.pendingHint')}</Typography.Text>
        </Flex>
      )}
    </Flex>
  );
}

function SubmitForm({
  applications,
  onSubmitted,
}: {
  applications: ApplicationSummary[];
  onSubmitted: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const confirm = useConfirmMove();
  const [form] = Form.useForm<{ note?: string }>();
  const ids = applications.map((a) => a.id);
  const [selected, setSelected] = useState(ids);
  const check = useMoveLacks('submitForApproval', ids);
  const blocked = Object.fromEntries(
    Object.entries(check.lacks)
      .filter(([, lacks]) => lacks.length > 0)
      .map(([id, lacks]) => [id, lacks.join('\n')]),
  );
  const ticked = selected.filter((id) => check.ready.includes(id));
  const submit = useAction(async (chosen: string[], note: string) => {
    await submitForApproval(chosen, note ? { note } : {});
    message.success(t('selection.approval.submitted'));
    onSubmitted();
  });
  const ask = ({ note }: { note?: string }) => {
    if (ticked.length === 0) {
      message.error(t('steps.decision.noneSelected'));
      return;
    }
    confirm({
      title: t('selection.approval.confirmTitle'),
      consequence: t('selection.approval.confirm'),
      names: applications.filter((a) => ticked.includes(a.id)).map((a) => a.name),
      okText: t('selection.approval.submit'),
      onOk: () => submit.run(ticked, note?.trim() ?? ''),
    });
  };
  return (
    <Flex vertical gap={12} data-testid="approval-submit">
      <ApplicationPicker
        applications={applications}
        selected={selected}
        onChange={setSelected}
        blocked={blocked}
        checking={check.checking}
        testId="approval-picker"
      />
      <Form form={form} layout="vertical" onFinish={ask} onKeyDown={keepEnterInField}>
        <Form.Item name="note" label={t('selection.approval.note')} extra={t('selection.approval.noteHint')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={1000} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={submit.busy} disabled={ticked.length === 0}>
          {t('selection.approval.submit')}
        </Button>
      </Form>
      {check.error !== null && <ApiErrorAlert error={check.error} title={t('steps.lack.checkFailed')} />}
      {submit.error !== null && <ApiErrorAlert error={submit.error} />}
    </Flex>
  );
}

function ReturnedList({
  applications,
  returns,
  onChanged,
}: {
  applications: ApplicationSummary[];
  returns: ReadonlyMap<string, ApprovalReturn>;
  onChanged: () => void;
}) {
  const t = useT();
  const ids = applications.map((a) => a.id);
  const resubmit = useMoveLacks('submitForApproval', ids);
  const withdraw = useMoveLacks('withdrawProposal', ids);
  const blocked = applications
    .map((a) => ({ id: a.id, name: a.name, lacks: resubmit.checking ? [] : (resubmit.lacks[a.id] ?? []) }))
    .filter((b) => b.lacks.length > 0);
  return (
    <Flex vertical gap={8} data-testid="approval-returned">
      <Typography.Title level={3} style={{ fontSize: 14, margin: 0 }}>
        {t('selection.returned.title')}
      </Typography.Title>
      <List
        bordered
        dataSource={applications}
        renderItem={(application) => (
          <ReturnedRow
            application={application}
            returned={returns.get(application.id)}
            canResubmit={resubmit.ready.includes(application.id)}
            canWithdraw={withdraw.ready.includes(application.id)}
            onChanged={onChanged}
          />
        )}
      />
      <BlockedList title={t('selection.returned.blocked')} blocked={blocked} />
      {(resubmit.error ?? withdraw.error) !== null && (
        <ApiErrorAlert error={resubmit.error ?? withdraw.error} title={t('steps.lack.checkFailed')} />
      )}
    </Flex>
  );
}

function ReturnedRow({
  application,
  returned,
  canResubmit,
  canWithdraw,
  onChanged,
}: {
  application: ApplicationSummary;
  returned: ApprovalReturn | undefined;
  canResubmit: boolean;
  canWithdraw: boolean;
  onChanged: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const confirm = useConfirmMove();
  const [reason, setReason] = useState('');
  const resubmit = useAction(async () => {
    await submitForApproval([application.id], {});
    message.success(t('selection.approval.submitted'));
    onChanged();
  });
  const withdraw = useAction(async () => {
    await withdrawProposal(application.id, { reason: reason.trim() });
    message.success(t('selection.withdraw.done', { name: application.name }));
    onChanged();
  });
  return (
    <List.Item style={{ display: 'block' }} data-testid={`returned-${application.id}`}>
      <Flex vertical gap={8}>
        <Flex gap={8} wrap align="center">
          <Typography.Text strong>{application.name}</Typography.Text>
          <Tag color="warning">{t('selection.returned.tag')}</Tag>
          {returned && (
            <Typography.Text type="secondary">
              {t('selection.returned.at', { date: shanghaiDate(returned.at) })}
            </Typography.Text>
          )}
        </Flex>
        {returned && (
          <Typography.Paragraph style={{ margin: 0 }}>
            {t('selection.returned.reason', { reason: returned.reason })}
          </Typography.Paragraph>
        )}
        <Flex gap={8} wrap>
          <Button
            type="primary"
            disabled={!canResubmit}
            loading={resubmit.busy}
            onClick={() =>
              confirm({
                title: t('selection.returned.resubmitTitle'),
                consequence: t('selection.approval.confirm'),
                names: [application.name],
                okText: t('selection.returned.resubmit'),
                onOk: () => resubmit.run(),
              })
            }
          >
            {t('selection.returned.resubmit')}
          </Button>
        </Flex>
        {canWithdraw && (
          <Flex vertical gap={8}>
            <Input.TextArea
              aria-label={t('selection.withdraw.reason', { name: application.name })}
              placeholder={t('selection.withdraw.reasonPlaceholder')}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              autoSize={{ minRows: 2, maxRows: 5 }}
              maxLength={1000}
            />
            <Button
              danger
              style={{ alignSelf: 'flex-start' }}
              disabled={!reason.trim()}
              loading={withdraw.busy}
              onClick={() =>
                confirm({
                  title: t('selection.withdraw.confirmTitle'),
                  consequence: t('selection.withdraw.confirm'),
                  names: [application.name],
                  okText: t('selection.withdraw.submit'),
                  danger: true,
                  onOk: () => withdraw.run(),
                })
              }
            >
              {t('selection.withdraw.submit')}
            </Button>
          </Flex>
        )}
        {(resubmit.error ?? withdraw.error) !== null && (
          <ApiErrorAlert error={resubmit.error ?? withdraw.error} />
        )}
      </Flex>
    </List.Item>
  );
}
