import { DownloadOutlined, FilePdfOutlined } from '@ant-design/icons';
import { App, Button, Col, Empty, Flex, Form, Input, Row, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { ApplicationSummary } from '../../api/applications';
import { type DecisionDocument, decisionDocumentUrl, publishDecision } from '../../api/selection';
import { useAction } from '../../api/useAction';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useT } from '../../i18n/LocaleProvider';
import { DateItem } from '../applications/form/inputs';
import { ApplicationPicker } from '../steps/ApplicationPicker';
import { keepEnterInField, useConfirmMove } from '../steps/stepGuards';
import { useMoveLacks } from './useMoveLacks';

interface DecisionValues {
  documentNo?: string;
  decidedOn?: string;
  title?: string;
}

/**
 * 获评决定: the bureau publishes the decision for the candidates the talent office approved — its document
 * number, date and (optionally) title — which numbers each winner's certificate, opens their prize and
 * enters them in the winners history; confirmed first, since none of it can be undone. Below, the
 * edition's published decisions, printable as PDF and Word.
 */
export function DecisionSection({
  approved,
  decisions,
  onPublished,
}: {
  approved: ApplicationSummary[];
  decisions: DecisionDocument[];
  onPublished: () => void;
}) {
  const t = useT();
  return (
    <Flex vertical gap={16}>
      {approved.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('selection.decision.empty')} />
      ) : (
        <PublishForm key={approved.map((a) => a.id).join()} approved={approved} onPublished={onPublished} />
      )}
      <Flex vertical gap={8}>
        <Typography.Title level={3} style={{ fontSize: 14, margin: 0 }}>
          {t('selection.decision.listTitle')}
        </Typography.Title>
        <Table<DecisionDocument>
          data-testid="decision-list"
          rowKey="id"
          size="small"
          pagination={false}
          locale={{ emptyText: t('selection.decision.none') }}
          dataSource={decisions}
          columns={[
            { key: 'no', title: t('selection.decision.documentNo'), render: (_, d) => d.documentNo },
            {
              key: 'title',
              title: t('selection.decision.title'),
              responsive: ['md'],
              render: (_, d) => d.title,
            },
            {
              key: 'on',
              title: t('selection.decision.decidedOn'),
              responsive: ['sm'],
              render: (_, d) => d.decidedOn,
            },
            {
              key: 'winners',
              title: t('selection.decision.winners'),
              align: 'right',
              render: (_, d) => d.winners,
            },
            {
              key: 'papers',
              title: t('selection.decision.papers'),
              render: (_, d) => (
                <Flex gap={8} wrap>
                  <Button
                    size="small"
                    icon={<FilePdfOutlined />}
                    href={decisionDocumentUrl(d.id, 'pdf')}
                    target="_blank"
                    rel="noreferrer"
                    aria-label={t('selection.decision.pdfOf', { no: d.documentNo })}
                  >
                    PDF
                  </Button>
                  <Button
                    size="small"
                    icon={<DownloadOutlined />}
                    href={decisionDocumentUrl(d.id, 'docx')}
                    aria-label={t('selection.decision.docxOf', { no: d.documentNo })}
                  >
                    Word
                  </Button>
                </Flex>
              ),
            },
          ]}
        />
      </Flex>
    </Flex>
  );
}

function PublishForm({ approved, onPublished }: { approved: ApplicationSummary[]; onPublished: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const confirm = useConfirmMove();
  const [form] = Form.useForm<DecisionValues>();
  const ids = approved.map((a) => a.id);
  const [selected, setSelected] = useState(ids);
  const check = useMoveLacks('publishDecision', ids);
  const blocked = Object.fromEntries(
    Object.entries(check.lacks)
      .filter(([, lacks]) => lacks.length > 0)
      .map(([id, lacks]) => [id, lacks.join('\n')]),
  );
  const ticked = selected.filter((id) => check.ready.includes(id));
  const publish = useAction(async (chosen: string[], values: Required<DecisionValues>) => {
    await publishDecision(chosen, {
      documentNo: values.documentNo,
      decidedOn: values.decidedOn,
      ...(values.title ? { title: values.title } : {}),
    });
    message.success(t('selection.decision.published', { no: values.documentNo }));
    onPublished();
  });
  const ask = (values: DecisionValues) => {
    const documentNo = values.documentNo?.trim();
    if (!documentNo || !values.decidedOn) return;
    if (ticked.length === 0) {
      message.error(t('steps.decision.noneSelected'));
      return;
    }
    const chosen = { documentNo, decidedOn: values.decidedOn, title: values.title?.trim() ?? '' };
    confirm({
      title: t('selection.decision.confirmTitle'),
      consequence: t('selection.decision.confirm', { no: documentNo }),
      names: approved.filter((a) => ticked.includes(a.id)).map((a) => a.name),
      okText: t('selection.decision.submit'),
      onOk: () => publish.run(ticked, chosen),
    });
  };
  return (
    <Flex vertical gap={12} data-testid="decision-publish">
      <ApplicationPicker
        applications={approved}
        selected={selected}
        onChange={setSelected}
        blocked={blocked}
        checking={check.checking}
        testId="decision-picker"
      />
      <Form<DecisionValues>
        form={form}
        layout="vertical"
        onFinish={ask}
        onKeyDown={keepEnterInField}
        initialValues={{ decidedOn: dayjs().format('YYYY-MM-DD') }}
      >
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item
              name="documentNo"
              label={t('selection.decision.documentNo')}
              extra={t('selection.decision.documentNoHint')}
              rules={[
                { required: true, whitespace: true, message: t('selection.decision.documentNoRequired') },
              ]}
            >
              <Input maxLength={100} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <DateItem name="decidedOn" label={t('selection.decision.decidedOn')} required />
          </Col>
          <Col xs={24}>
            <Form.Item
              name="title"
              label={t('selection.decision.titleLabel')}
              extra={t('selection.decision.titleHint')}
            >
              <Input maxLength={200} />
            </Form.Item>
          </Col>
        </Row>
        <Button type="primary" htmlType="submit" loading={publish.busy} disabled={ticked.length === 0}>
          {t('selection.decision.submit')}
        </Button>
      </Form>
      {check.error !== null && <ApiErrorAlert error={check.error} title={t('steps.lack.checkFailed')} />}
      {publish.error !== null && <ApiErrorAlert error={publish.error} />}
    </Flex>
  );
}
