import { Alert, Button, Flex, Input, List, Tag, Typography } from 'antd';
import { useState } from 'react';
import { shanghaiDate } from '../../../domain/time';
import { transitions } from '../../../domain/workflow';
import { disqualifyOnObjection, handleObjection, type Notice, type Objection } from '../../api/steps';
import { useAction } from '../../api/useAction';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useT } from '../../i18n/LocaleProvider';
import { useConfirmMove } from './stepGuards';

const objectionColours = { open: 'orange', upheld: 'red', dismissed: 'green' } as const;

/** The candidates on the notice an objection concerns: the one it names, or all of them. */
function concerned(objection: Objection, notice: Notice) {
  return notice.items.filter(
    (item) => objection.applicationId === null || item.applicationId === objection.applicationId,
  );
}

/**
 * One objection: who raised it, what it says, and its handling. Handling it cannot be undone, so both
 * answers are confirmed naming the candidate; an objection upheld disqualifies the candidate it concerns
 * (异议成立，取消资格), offered again for a candidate still on the notice.
 */
export function ObjectionRow({
  objection,
  notice,
  onChanged,
}: {
  objection: Objection;
  notice: Notice;
  onChanged: () => void;
}) {
  const t = useT();
  const confirm = useConfirmMove();
  const [handling, setHandling] = useState('');
  const about = notice.items.find((item) => item.applicationId === objection.applicationId);
  const aboutNames = concerned(objection, notice).map((item) => item.name);
  // still on the notice: the level's notice status, where its start led (the disqualification starts there)
  const onNotice = concerned(objection, notice).filter((item) =>
    (transitions.disqualifyOnObjection.from as readonly string[]).includes(item.status),
  );

  const decide = useAction(async (status: 'upheld' | 'dismissed') => {
    const text = handling.trim();
    const handled = await handleObjection(objection.id, { status, handling: text });
    if (status === 'upheld' && objection.applicationId !== null)
      await disqualifyOnObjection(objection.applicationId, { reason: text, objectionId: handled.id });
    onChanged();
  });
  const disqualify = useAction(async (applicationId: string) => {
    await disqualifyOnObjection(applicationId, {
      reason: objection.handling ?? t('steps.objection.status.upheld'),
      objectionId: objection.id,
    });
    onChanged();
  });

  const askUphold = () =>
    confirm({
      title: t('steps.objection.upholdTitle'),
      consequence:
        objection.applicationId === null
          ? t('steps.objection.upholdNoticeConfirm')
          : t('steps.objection.upholdConfirm'),
      names: aboutNames,
      okText: t('steps.objection.uphold'),
      danger: true,
      onOk: () => decide.run('upheld'),
    });
  const askDismiss = () =>
    confirm({
      title: t('steps.objection.dismissTitle'),
      consequence: t('steps.objection.dismissConfirm'),
      names: aboutNames,
      okText: t('steps.objection.dismiss'),
      onOk: () => decide.run('dismissed'),
    });
  const askDisqualify = (applicationId: string, name: string) =>
    confirm({
      title: t('steps.objection.disqualifyTitle'),
      consequence: t('steps.objection.upholdConfirm'),
      names: [name],
      okText: t('steps.objection.disqualify'),
      danger: true,
      onOk: () => disqualify.run(applicationId),
    });

  return (
    <List.Item style={{ display: 'block' }} data-testid={`objection-${objection.id}`}>
      <Flex justify="space-between" wrap gap={8}>
        <Typography.Text strong>
          {objection.submitterName}
          {objection.submitterPhoneMasked && ` · ${objection.submitterPhoneMasked}`}
          {' · '}
          {about ? about.name : t('steps.objection.applicationAny')}
        </Typography.Text>
        <Tag color={objectionColours[objection.status]}>
          {t(`steps.objection.status.${objection.status}`)}
        </Tag>
      </Flex>
      <Typography.Paragraph style={{ margin: '4px 0' }}>{objection.content}</Typography.Paragraph>
      <Typography.Text type="secondary">
        {t('steps.objection.receivedText', { date: shanghaiDate(objection.receivedAt) })}
      </Typography.Text>
      {objection.handling && (
        <Typography.Paragraph style={{ margin: '4px 0 0' }}>
          {t('steps.objection.handlingText', { text: objection.handling })}
        </Typography.Paragraph>
      )}
      {objection.status === 'open' && (
        <Flex vertical gap={8} style={{ marginTop: 8 }}>
          <Input.TextArea
            aria-label={t('steps.objection.handling')}
            placeholder={t('steps.objection.handling')}
            value={handling}
            onChange={(event) => setHandling(event.target.value)}
            autoSize={{ minRows: 2 }}
          />
          <Flex gap={8} wrap>
            <Button danger loading={decide.busy} disabled={!handling.trim()} onClick={askUphold}>
              {t('steps.objection.uphold')}
            </Button>
            <Button loading={decide.busy} disabled={!handling.trim()} onClick={askDismiss}>
              {t('steps.objection.dismiss')}
            </Button>
          </Flex>
          {decide.error !== null && <ApiErrorAlert error={decide.error} />}
        </Flex>
      )}
      {objection.status === 'upheld' && onNotice.length > 0 && (
        <Flex vertical gap={8} style={{ marginTop: 8 }}>
          <Alert type="error" showIcon title={t('steps.objection.stillOnNotice')} />
          <Flex gap={8} wrap>
            {onNotice.map((item) => (
              <Button
                key={item.applicationId}
                danger
                loading={disqualify.busy}
                onClick={() => askDisqualify(item.applicationId, item.name)}
              >
                {t('steps.objection.disqualifyName', { name: item.name })}
              </Button>
            ))}
          </Flex>
          {(disqualify.error ?? decide.error) !== null && (
            <ApiErrorAlert error={disqualify.error ?? decide.error} />
          )}
        </Flex>
      )}
    </List.Item>
  );
}
