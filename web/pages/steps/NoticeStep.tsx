import { App, Button, Col, Empty, Flex, Form, Row, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { NOTICE_WORKING_DAYS, type StepLevel } from '../../../domain/workflow';
import type { ApplicationSummary } from '../../api/applications';
import { type Notice, noticePeriod, startNotice } from '../../api/steps';
import { useAction } from '../../api/useAction';
import { useApiResource } from '../../api/useApiResource';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useT } from '../../i18n/LocaleProvider';
import { DateItem } from '../applications/form/inputs';
import { ApplicationPicker } from './ApplicationPicker';
import { keepEnterInField, useConfirmMove } from './stepGuards';
import { noticeText } from './stepLevel';

/**
 * 公示 at `level` (单位公示, 推荐单位公示, 市级公示): starts the notice of `NOTICE_WORKING_DAYS` working days for the ticked applications.
 * The last day is shown before the notice starts, as the server's working-day calendar computes it for the
 * chosen start (holidays and make-up days counted); the start is confirmed naming the candidates. The
 * notice then appears in the next step.
 */
export function NoticeStep({
  level,
  applications,
  onStarted,
}: {
  level: StepLevel;
  applications: ApplicationSummary[];
  onStarted: (notice: Notice) => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const confirm = useConfirmMove();
  const [form] = Form.useForm<{ startDate?: string }>();
  const startDate = Form.useWatch('startDate', form);
  const [selected, setSelected] = useState<string[]>(() => applications.map((a) => a.id));
  const [period] = useApiResource(
    (signal) => (startDate ? noticePeriod(startDate, NOTICE_WORKING_DAYS, signal) : Promise.resolve(null)),
    [startDate],
  );
  const start = useAction(async (ids: string[], day: string) => {
    const { notice } = await startNotice(level, {
      applicationIds: ids,
      startDate: day,
      days: NOTICE_WORKING_DAYS,
    });
    message.success(
      t('steps.notice.startedWith', {
        period: t('steps.notice.period', {
          start: notice.startDate,
          end: notice.endDate,
          days: notice.workingDays,
        }),
      }),
    );
    onStarted(notice);
  });

  if (applications.length === 0)
    return (
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={t('steps.notice.empty')}
        data-testid={`notice-step-${level}`}
      />
    );

  const computed = period.status === 'loaded' ? period.data : null;
  const periodText = computed
    ? t('steps.notice.period', {
        start: computed.start,
        end: computed.end,
        days: computed.workingDays.length,
      })
    : null;

  const submit = ({ startDate: day }: { startDate?: string }) => {
    if (selected.length === 0) message.error(t('steps.decision.noneSelected'));
    else if (day)
      confirm({
        title: t('steps.notice.confirmTitle', { notice: t(noticeText(level, 'step.notice')) }),
        consequence: t('steps.notice.confirm', { period: periodText ?? day }),
        names: applications.filter((a) => selected.includes(a.id)).map((a) => a.name),
        okText: t('steps.notice.submit'),
        onOk: () => start.run(selected, day),
      });
  };

  return (
    <Flex vertical gap={12} data-testid={`notice-step-${level}`}>
      <ApplicationPicker
        applications={applications}
        selected={selected}
        onChange={setSelected}
        testId="notice-picker"
      />
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        onKeyDown={keepEnterInField}
        initialValues={{ startDate: dayjs().format('YYYY-MM-DD') }}
      >
        <Row gutter={16} align="bottom">
          <Col xs={24} sm={10}>
            <DateItem name="startDate" label={t('steps.notice.startDate')} required allowFuture />
          </Col>
          <Col xs={24} sm={14}>
            <Form.Item>
              <Button
                type="primary"
                htmlType="submit"
                loading={start.busy}
                disabled={selected.length === 0 || computed === null}
              >
                {t('steps.notice.submit')}
              </Button>
            </Form.Item>
          </Col>
        </Row>
      </Form>
      <Typography.Text data-testid="notice-preview" aria-live="polite">
        {periodText
          ? t('steps.notice.preview', { period: periodText })
          : period.status === 'loading'
            ? t('steps.notice.computing')
            : null}
      </Typography.Text>
      {period.status === 'failed' && <ApiErrorAlert error={period.error} />}
      {start.error !== null && <ApiErrorAlert error={start.error} />}
    </Flex>
  );
}
