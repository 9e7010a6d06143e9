import { App, Button, Col, Flex, Form, Input, Row, Typography } from 'antd';
import { shanghaiDate } from '../../../domain/time';
import { approveCandidates } from '../../api/approval';
import { useAction } from '../../api/useAction';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useT } from '../../i18n/LocaleProvider';
import { DateItem } from '../applications/form/inputs';
import { keepEnterInField, useConfirmMove } from '../steps/stepGuards';
import { approvedOnProblem, documentNoProblem } from './approvalView';

interface ApprovalValues {
  documentNo?: string;
  approvedOn?: string;
}

/**
 * 审定通过 for the candidates ticked in the award's table: the approval document's number and date, then a
 * confirmation that names them, says how many, and that it cannot be undone.
 */
export function ApproveForm({
  awardId,
  selected,
  onApproved,
}: {
  awardId: string;
  /** The ticked candidates that can be approved, in the table's order. */
  selected: readonly { applicationId: string; name: string }[];
  onApproved: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const confirm = useConfirmMove();
  const [form] = Form.useForm<ApprovalValues>();
  const approve = useAction(async (applicationIds: string[], documentNo: string, approvedOn: string) => {
    await approveCandidates({ applicationIds, documentNo, approvedOn });
    message.success(t('approval.form.done', { count: applicationIds.length }));
    form.resetFields(['documentNo']);
    onApproved();
  });

  const submit = (values: ApprovalValues) => {
    if (selected.length === 0) {
      message.error(t('approval.form.noneSelected'));
      return;
    }
    const documentNo = (values.documentNo ?? '').trim();
    const approvedOn = values.approvedOn ?? '';
    confirm({
      title: t('approval.form.confirmTitle'),
      consequence: t('approval.form.confirm', { documentNo, date: approvedOn, count: selected.length }),
      names: selected.map((c) => c.name),
      okText: t('approval.form.submit'),
      onOk: () =>
        approve.run(
          selected.map((c) => c.applicationId),
          documentNo,
          approvedOn,
        ),
    });
  };

  const field = (name: string) => `approval-${awardId}-${name}`;
  return (
    <Form<ApprovalValues>
      form={form}
      layout="vertical"
      name={field('form')}
      onFinish={submit}
      onKeyDown={keepEnterInField}
      initialValues={{ approvedOn: shanghaiDate(new Date()) }}
      data-testid="approval-form"
    >
      <Typography.Title level={3} style={{ fontSize: 15, marginTop: 0 }}>
        {t('approval.form.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('approval.form.intro')}</Typography.Paragraph>
      <Row gutter={16}>
        <Col xs={24} sm={14}>
          <Form.Item
            name="documentNo"
            label={t('approval.form.documentNo')}
            required
            rules={[
              {
                validator: async (_rule, value: string | undefined) => {
                  const problem = documentNoProblem(value);
                  if (problem) throw new Error(t.message(problem));
                },
              },
            ]}
          >
            <Input placeholder={t('approval.form.documentNoHint')} maxLength={100} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={10}>
          <DateItem
            name="approvedOn"
            label={t('approval.form.approvedOn')}
            required
            rules={[
              {
                validator: async (_rule, value: string | undefined) => {
                  const problem = approvedOnProblem(value, shanghaiDate(new Date()));
                  if (problem) throw new Error(t.message(problem));
                },
              },
            ]}
          />
        </Col>
      </Row>
      {approve.error !== null && (
        <div style={{ marginBottom: 12 }}>
          <ApiErrorAlert error={approve.error} />
        </div>
      )}
      <Flex align="center" gap={12} wrap>
        <Button
          type="primary"
          htmlType="submit"
          loading={approve.busy}
          disabled={selected.length === 0}
          data-testid="approval-submit"
        >
          {t('approval.form.submit')}
        </Button>
        <Typography.Text type="secondary" data-testid="approval-selected">
          {selected.length === 0
            ? t('approval.form.noneSelected')
            : t('approval.form.selected', { count: selected.length })}
        </Typography.Text>
      </Flex>
    </Form>
  );
}
