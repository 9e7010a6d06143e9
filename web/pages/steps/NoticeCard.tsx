import { FilePdfOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Flex,
  Form,
  Input,
  List,
  Row,
  Select,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { awardLabels } from '../../../domain/application';
import { shanghaiDate } from '../../../domain/time';
import {
  closeNotice,
  handleObjection,
  type Notice,
  noticeDocumentUrl,
  type Objection,
  recordObjection,
} from '../../api/steps';
import { useAction } from '../../api/useAction';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useT } from '../../i18n/LocaleProvider';
import { DateItem } from '../applications/form/inputs';

const objectionColours = { open: 'orange', upheld: 'red', dismissed: 'green' } as const;

/**
 * One notice of any level (the notice carries its level): its period (computed by the server on the
 * working-day calendar), the printable text, the objections received with their handling, and closing it
 * once it has ended.
 */
export function NoticeCard({ notice, onChanged }: { notice: Notice; onChanged: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const close = useAction(async () => {
    await closeNotice(notice.id);
    message.success(t('steps.notice.closed'));
    onChanged();
  });
  const running = notice.status !== 'closed';
  const openCount = notice.objections.filter((o) => o.status === 'open').length;

  return (
    <Card
      size="small"
      data-testid={`notice-${notice.id}`}
      title={notice.title}
      extra={
        <Tag color={running ? 'processing' : 'default'}>
          {t(running ? 'steps.notice.status.running' : 'steps.notice.status.closed')}
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
                      <Tag>{t.message(awardLabels[item.award])}</Tag>
                    </span>
                  ))}
                </Flex>
              ),
            },
          ]}
        />
        <Flex wrap gap={8}>
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
              loading={close.busy}
              onClick={() => void close.run()}
              data-testid="notice-close"
            >
              {t('steps.notice.close')}
            </Button>
          )}
          {openCount > 0 && (
            <Tag color="orange">{t('steps.notice.openObjections', { count: openCount })}</Tag>
          )}
        </Flex>
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
        {running && <ObjectionForm notice={notice} onRecorded={onChanged} />}
      </Flex>
    </Card>
  );
}

function ObjectionRow({
  objection,
  notice,
  onChanged,
}: {
  objection: Objection;
  notice: Notice;
  onChanged: () => void;
}) {
  const t = useT();
  const [handling, setHandling] = useState('');
  const about = notice.items.find((item) => item.applicationId === objection.applicationId);

  const decide = useAction(async (status: 'upheld' | 'dismissed') => {
    await handleObjection(objection.id, { status, handling: handling.trim() });
    onChanged();
  });

  return (
    <List.Item style={{ display: 'block' }}>
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
            <Button
              danger
              loading={decide.busy}
              disabled={!handling.trim()}
              onClick={() => void decide.run('upheld')}
            >
              {t('steps.objection.uphold')}
            </Button>
            <Button
              loading={decide.busy}
              disabled={!handling.trim()}
              onClick={() => void decide.run('dismissed')}
            >
              {t('steps.objection.dismiss')}
            </Button>
          </Flex>
          {decide.error !== null && <ApiErrorAlert error={decide.error} />}
        </Flex>
      )}
    </List.Item>
  );
}

interface ObjectionValues {
  applicationId?: string;
  submitterName?: string;
  submitterPhone?: string;
  content?: string;
  receivedOn?: string;
}

function ObjectionForm({ notice, onRecorded }: { notice: Notice; onRecorded: () => void }) {
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
      initialValues={{ receivedOn: dayjs().format('YYYY-MM-DD') }}
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
