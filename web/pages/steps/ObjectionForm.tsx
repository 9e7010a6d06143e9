import { App, Button, Col, Flex, Form, Input, Row, Select } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { type Notice, recordObjection } from '../../api/steps';
import { useAction } from '../../api/useAction';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useT } from '../../i18n/LocaleProvider';
import { DateItem } from '../applications/form/inputs';
import { keepEnterInField } from './stepGuards';

interface ObjectionValues {
  applicationId?: string;
  submitterName?: string;
  submitterPhone?: string;
  content?: string;
  receivedOn?: string;
}

/** 登记异议: a real-name objection received in writing during the notice. */
export function ObjectionForm({ notice, onRecorded }: { notice: Notice; onRecorded: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<ObjectionValues>();
  const [open, setOpen] = useState(false);
  const record = useAction(
    async (
      values: Required<Pick<ObjectionValues, 'submitterName' | 'content' | 'receivedOn'>> & ObjectionValues,
    ) => {
      await recordObjection(notice.id, {
        applicationId: values.applicationId || undefined,
        submitterName: values.submitterName.trim(),
        submitterPhone: values.submitterPhone?.trim() || undefined,
        content: values.content.trim(),
        receivedOn: values.receivedOn,
      });
      message.success(t('steps.objection.recorded'));
      form.resetFields();
      setOpen(false);
      onRecorded();
    },
  );

  if (!open) {
    return (
      <Button onClick={() => setOpen(true)} style={{ alignSelf: 'flex-start' }}>
        {t('steps.objection.record')}
      </Button>
    );
  }

  const submit = (values: ObjectionValues) => {
    const { submitterName, content, receivedOn } = values;
    if (!submitterName?.trim() || !content?.trim() || !receivedOn)
      message.error(t('steps.objection.required'));
    else void record.run({ ...values, submitterName, content, receivedOn });
  };

  return (
    <Form<ObjectionValues>
      form={form}
      layout="vertical"
      onFinish={submit}
      onKeyDown={keepEnterInField}
      // today, or the notice's last day once it is over (an objection that came in time, recorded late)
      initialValues={{ receivedOn: [dayjs().format('YYYY-MM-DD'), notice.endDate].sort()[0] }}
    >
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item name="applicationId" label={t('steps.objection.application')}>
            <Select
              allowClear
              placeholder={t('steps.objection.applicationAny')}
              options={notice.items.map((item) => ({ value: item.applicationId, label: item.name }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <DateItem name="receivedOn" label={t('steps.objection.receivedOn')} required />
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="submitterName" label={t('steps.objection.submitterName')} required>
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="submitterPhone" label={t('steps.objection.submitterPhone')}>
            <Input inputMode="tel" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="content" label={t('steps.objection.content')} required>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
      {record.error !== null && (
        <div style={{ marginBottom: 12 }}>
          <ApiErrorAlert error={record.error} />
        </div>
      )}
      <Flex gap={8}>
        <Button type="primary" htmlType="submit" loading={record.busy}>
          {t('steps.objection.submit')}
        </Button>
        <Button onClick={() => setOpen(false)}>{t('common.cancel')}</Button>
      </Flex>
    </Form>
  );
}
