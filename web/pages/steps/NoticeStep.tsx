import { App, Button, Col, Empty, Flex, Form, Row } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { StepLevel } from '../../../domain/workflow';
import type { ApplicationSummary } from '../../api/applications';
import { type Notice, startNotice } from '../../api/steps';
import { useAction } from '../../api/useAction';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useT } from '../../i18n/LocaleProvider';
import { DateItem } from '../applications/form/inputs';
import { ApplicationPicker } from './ApplicationPicker';

/**
 * 公示 at `level` (单位公示, 推荐单位公示 …): starts the 5-working-day notice for the ticked applications.
 * The server computes the last day from the working-day calendar and answers with it; the notice then
 * appears in the next step.
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
  const [form] = Form.useForm<{ startDate?: string }>();
  const [selected, setSelected] = useState<string[]>(() => applications.map((a) => a.id));
  const start = useAction(async (ids: string[], startDate: string) => {
    const { notice } = await startNotice(level, { applicationIds: ids, startDate, days: 5 });
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

  const submit = ({ startDate }: { startDate?: string }) => {
    if (selected.length === 0) message.error(t('steps.decision.noneSelected'));
    else if (startDate) void start.run(selected, startDate);
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
        initialValues={{ startDate: dayjs().format('YYYY-MM-DD') }}
      >
        <Row gutter={16} align="bottom">
          <Col xs={24} sm={10}>
            <DateItem name="startDate" label={t('steps.notice.startDate')} required allowFuture />
          </Col>
          <Col xs={24} sm={14}>
            <Form.Item>
              <Button type="primary" htmlType="submit" loading={start.busy} disabled={selected.length === 0}>
                {t('steps.notice.submit')}
              </Button>
            </Form.Item>
          </Col>
        </Row>
      </Form>
      {start.error !== null && <ApiErrorAlert error={start.error} />}
    </Flex>
  );
}
