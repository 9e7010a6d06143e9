import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Col, Empty, Flex, Form, Input, Row, Upload } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { ApplicationSummary, Attachment } from '../../api/applications';
import { attachmentsUrl } from '../../api/applications';
import { type DecidingLevel, recordDecision } from '../../api/steps';
import { uploadMultipart } from '../../api/upload';
import { useAction } from '../../api/useAction';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useT } from '../../i18n/LocaleProvider';
import { acceptFor } from '../applications/attachments/AttachmentsPanel';
import { DateItem } from '../applications/form/inputs';
import { ApplicationPicker } from './ApplicationPicker';

interface DecisionValues {
  decidedOn?: string;
  participants?: string;
  summary?: string;
}

/**
 * 领导集体研究决定 at `level` (the unit's, the recommender's): the meeting's date, participants and
 * minutes, recorded on the ticked applications at once. The minutes are uploaded first, as an attachment
 * of the first application (the contract's way); the server requires them.
 */
export function DecisionStep({
  level,
  applications,
  initiallySelected,
  onDone,
}: {
  level: DecidingLevel;
  applications: ApplicationSummary[];
  initiallySelected: string[];
  onDone: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<DecisionValues>();
  const [selected, setSelected] = useState(
    initiallySelected.filter((id) => applications.some((a) => a.id === id)),
  );
  const [minutes, setMinutes] = useState<File | null>(null);
  const decide = useAction(
    async (
      [first, ...others]: [string, ...string[]],
      values: Required<Pick<DecisionValues, 'decidedOn' | 'participants'>> & DecisionValues,
      file: File,
    ) => {
      const attachment = await uploadMultipart<Attachment>(attachmentsUrl(first), {
        fields: { kind: 'decision_minutes', declassified: 'false' },
        file,
        fileName: file.name,
      });
      const ids = [first, ...others];
      await recordDecision(level, {
        applicationIds: ids,
        decidedOn: values.decidedOn,
        participants: values.participants.trim(),
        summary: values.summary?.trim() || undefined,
        minutesAttachmentId: attachment.id,
      });
      message.success(t('steps.decision.done', { count: ids.length }));
      form.resetFields();
      setMinutes(null);
      setSelected([]);
      onDone();
    },
  );

  if (applications.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('steps.decision.empty')} />;

  const submit = (values: DecisionValues) => {
    const [first, ...others] = selected;
    if (first === undefined) {
      message.error(t('steps.decision.noneSelected'));
    } else if (!values.decidedOn || !values.participants?.trim()) {
      message.error(t('steps.decision.required'));
    } else if (!minutes) {
      message.error(t('steps.decision.minutesRequired'));
    } else {
      void decide.run(
        [first, ...others],
        { ...values, decidedOn: values.decidedOn, participants: values.participants },
        minutes,
      );
    }
  };

  return (
    <Flex vertical gap={12}>
      <ApplicationPicker
        applications={applications}
        selected={selected}
        onChange={setSelected}
        testId="decision-picker"
      />
      <Form<DecisionValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ decidedOn: dayjs().format('YYYY-MM-DD') }}
      >
        <Row gutter={16}>
          <Col xs={24} sm={8}>
            <DateItem name="decidedOn" label={t('steps.decision.decidedOn')} required />
          </Col>
          <Col xs={24} sm={16}>
            <Form.Item name="participants" label={t('steps.decision.participants')} required>
              <Input placeholder={t('steps.decision.participantsHint')} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="summary" label={t('steps.decision.summary')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
        <Form.Item label={t('steps.decision.minutes')} required>
          <Upload
            accept={acceptFor('decision_minutes')}
            maxCount={1}
            beforeUpload={(file) => {
              setMinutes(file);
              return false;
            }}
            onRemove={() => setMinutes(null)}
            fileList={minutes ? [{ uid: 'minutes', name: minutes.name, status: 'done' }] : []}
          >
            <Button icon={<UploadOutlined />} data-testid="minutes-pick">
              {t('steps.decision.minutesPick')}
            </Button>
          </Upload>
        </Form.Item>
        {decide.error !== null && (
          <div style={{ marginBottom: 12 }}>
            <ApiErrorAlert error={decide.error} />
          </div>
        )}
        <Button type="primary" htmlType="submit" loading={decide.busy} disabled={selected.length === 0}>
          {t('steps.decision.submit')}
        </Button>
      </Form>
    </Flex>
  );
}
