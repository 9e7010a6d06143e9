import { Alert, Checkbox, Col, Form, Input, Modal, Row, Typography } from 'antd';
import dayjs from 'dayjs';
import {
  type EnvelopeItemCode,
  envelopeItemNames,
  envelopeItems,
  missingEnvelopeItems,
} from '../../../../domain/intake/envelope';
import { type TransitionRecord, transitionOf } from '../../../../domain/workflow';
import type { OfferedTransition } from '../../../api/applications';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { useT } from '../../../i18n/LocaleProvider';
import { keepEnterInField } from '../../steps/stepGuards';
import { DateItem } from '../form/inputs';

/** What the dialog asks for, per record the move carries (domain/workflow/records.ts). */
export type MoveValues = {
  reason?: string;
  opinion?: string;
  finding?: string;
  receivedOn?: string;
  receiptNo?: string;
  items?: EnvelopeItemCode[];
};

/**
 * The confirmation of one move on one application: what will happen to whom, in plain words, and the
 * fields the move's records need (a reason, the unit's opinion, the verified finding, the intake date). A
 * destructive move (one that needs a reason: a return, a refusal, a withdrawal, a revocation) is red.
 */
export function MoveDialog({
  transition,
  title,
  opinionLabel,
  candidate,
  consequence,
  danger,
  busy,
  error,
  onCancel,
  onSubmit,
}: {
  transition: OfferedTransition;
  title: string;
  /** Whose opinion a report writes (the unit's box of Annex 2, the recommender's …). */
  opinionLabel: string;
  candidate: string;
  consequence: string;
  danger: boolean;
  busy: boolean;
  error: unknown;
  onCancel: () => void;
  onSubmit: (values: MoveValues) => void;
}) {
  const t = useT();
  const [form] = Form.useForm<MoveValues>();
  const { records } = transitionOf(transition.name);
  const has = (record: TransitionRecord) => records.includes(record);
  const required = (label: string) => [
    { required: true, whitespace: true, message: t('actions.textRequired', { label }) },
  ];
  const trimmed = (values: MoveValues): MoveValues =>
    Object.fromEntries(
      Object.entries(values)
        .map(([key, value]) => [key, typeof value === 'string' ? value.trim() : value])
        .filter(([, value]) => value !== undefined && value !== ''),
    );
  return (
    <Modal
      open
      title={title}
      okText={title}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger, 'data-testid': 'move-confirm' }}
      confirmLoading={busy}
      onCancel={onCancel}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Alert
        type={danger ? 'warning' : 'info'}
        showIcon
        style={{ marginBottom: 16 }}
        data-testid="move-consequence"
        title={
          <Typography.Text strong>{t('actions.confirm.candidate', { name: candidate })}</Typography.Text>
        }
        description={consequence}
      />
      <Form
        form={form}
        layout="vertical"
        onFinish={(values) => onSubmit(trimmed(values))}
        onKeyDown={keepEnterInField}
        initialValues={has('intake') ? { receivedOn: dayjs().format('YYYY-MM-DD'), items: [] } : {}}
      >
        {has('intake') && (
          <Row gutter={16}>
            <Col xs={24} sm={12}>
              <DateItem name="receivedOn" label={t('actions.receivedOn')} required />
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item name="receiptNo" label={t('actions.receiptNo')}>
                <Input />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item
                name="items"
                label={t('actions.envelopeItems')}
                rules={[
                  {
                    validator: async (_rule, value: EnvelopeItemCode[] | undefined) => {
                      const missing = missingEnvelopeItems(value ?? []);
                      if (missing.length > 0)
                        throw new Error(
                          t('actions.envelopeMissing', { items: t.message(envelopeItemNames(missing)) }),
                        );
                    },
                  },
                ]}
              >
                <Checkbox.Group
                  options={envelopeItems.map((e) => ({
                    value: e.code,
                    label: `${t.message(e.item)}（${t.message(e.copies)}）`,
                  }))}
                />
              </Form.Item>
            </Col>
          </Row>
        )}
        {has('report') && (
          <Form.Item
            name="opinion"
            label={opinionLabel}
            rules={required(opinionLabel)}
            extra={t('actions.opinionHint', { box: opinionLabel })}
          >
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} />
          </Form.Item>
        )}
        {has('reason') && (
          <Form.Item name="reason" label={t('actions.reason')} rules={required(t('actions.reason'))}>
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} />
          </Form.Item>
        )}
        {has('finding') && (
          <Form.Item
            name="finding"
            label={t('actions.finding')}
            rules={[...required(t('actions.finding')), { min: 10, message: t('actions.findingShort') }]}
            extra={t('actions.findingHint')}
          >
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} />
          </Form.Item>
        )}
      </Form>
      {error !== null && <ApiErrorAlert error={error} />}
    </Modal>
  );
}
