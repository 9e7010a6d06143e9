import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Col, Empty, Flex, Form, Input, Row, Upload } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { ApplicationSummary, Attachment } from '../../api/applications';
import { attachmentsUrl } from '../../api/applications';
import { recordUnitDecision } from '../../api/unit';
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
 * 领导集体研究决定: the meeting's date, participants and minutes, recorded on the ticked applications at
 * once. The minutes are uploaded first, as an attachment of the first application (the contract's way).
 */
export function DecisionStep({
  applications,
  initiallySelected,
  onDone,
}: {
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
      ids: string[],
      values: Required<Pick<DecisionValues, 'decidedOn' | 'participants'>> & DecisionValues,
    ) => {
      const [first] = ids;
      let minutesAttachmentId: string | undefined;
      if (minutes && first) {
        const attachment = await uploadMultipart<Attachment>(attachmentsUrl(first), {
          fields: { kind: 'decision_minutes', declassified: 'false' },
          file: minutes,
          fileName: minutes.name,
        });
        minutesAttachmentId = attachment.id;
      }
      await recordUnitDecision({
        applicationIds: ids,
        decidedOn: values.decidedOn,
        participants: values.participants.trim(),
        summary: values.summary?.trim() || undefined,
        minutesAttachmentId,
      });
      message.success(t('unit.decision.done', { count: ids.length }));
      form.resetFields();
      setMinutes(null);
      setSelected([]);
      onDone();
    },
  );

  if (applications.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('unit.decision.empty')} />;

  const submit = (values: DecisionValues) => {
    if (selected.length === 0) {
      message.error(t('unit.decision.noneSelected'));
    } else if (!values.decidedOn || !values.participants?.trim()) {
      message.error(t('unit.decision.required'));
    } else {
      void decide.run(selected, {
        ...values,
        decidedOn: values.decidedOn,
        participants: values.participants,
      });
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
            <DateItem name="decidedOn" label={t('unit.decision.decidedOn')} required />
          </Col>
          <Col xs={24} sm={16}>
            <Form.Item name="participants" label={t('unit.decision.participants')} required>
              <Input placeholder={t('unit.decision.participantsHint')} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="summary" label={t('unit.decision.summary')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
        <Form.Item label={t('unit.decision.minutes')}>
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
              {t('unit.decision.minutesPick')}
            </Button>
          </Upload>
        </Form.Item>
        {decide.error !== null && (
          <div style={{ marginBottom: 12 }}>
            <ApiErrorAlert error={decide.error} />
          </div>
        )}
        <Button type="primary" htmlType="submit" loading={decide.busy} disabled={selected.length === 0}>
          {t('unit.decision.submit')}
        </Button>
      </Form>
    </Flex>
  );
}
