import { DownloadOutlined, FilePdfOutlined } from '@ant-design/icons';
import { App, Button, Empty, Flex, Form, Input, InputNumber, Modal, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { transitions } from '../../../domain/workflow';
import type { ApplicationSummary } from '../../api/applications';
import type { EditionAward } from '../../api/editions';
import { certificateUrl, prizeListUrl, recordPrizePaid } from '../../api/selection';
import { useAction } from '../../api/useAction';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useLocale, useT } from '../../i18n/LocaleProvider';
import { useSignedInSession } from '../../session/SessionProvider';
import { DateItem } from '../applications/form/inputs';
import { keepEnterInField, useConfirmMove } from '../steps/stepGuards';
import { formatYuan } from './selectionModel';
import { useMoveLacks } from './useMoveLacks';

interface PaymentValues {
  amountYuan?: number | null;
  paidOn?: string;
  bankReference?: string;
}

const paid = (a: ApplicationSummary) => a.status === transitions.recordPrizePaid.to;

/**
 * 证书与奖金: each winner's certificate (荣誉证书, PDF with its number and QR code) and prize — the award's
 * amount, paid or still to pay, and recording the payment (amount, day, bank reference) once it is made,
 * confirmed first. The finance office's prize list (ID and account numbers in clear) is the bureau
 * administrator's alone: nobody else sees the button.
 */
export function PrizeSection({
  award,
  winners,
  onChanged,
}: {
  award: EditionAward;
  winners: ApplicationSummary[];
  onChanged: () => void;
}) {
  const t = useT();
  const { locale } = useLocale();
  const session = useSignedInSession();
  const [paying, setPaying] = useState<ApplicationSummary | null>(null);
  const unpaid = winners.filter((w) => !paid(w)).map((w) => w.id);
  const check = useMoveLacks('recordPrizePaid', unpaid);
  const amount = t('selection.prize.amount', { amount: formatYuan(award.prizeYuan, locale) });

  return (
    <Flex vertical gap={12}>
      <Flex wrap gap={8} align="center" justify="space-between">
        <Typography.Text>{t('selection.prize.perWinner', { amount })}</Typography.Text>
        {session.permissions.includes('exportPrizeList') && (
          <Button icon={<DownloadOutlined />} href={prizeListUrl} data-testid="prize-list">
            {t('selection.prize.list')}
          </Button>
        )}
      </Flex>
      {winners.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('selection.prize.empty')} />
      ) : (
        <Table<ApplicationSummary>
          data-testid="prize-table"
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={winners}
          columns={[
            {
              key: 'winner',
              title: t('selection.prize.winner'),
              render: (_, w) => (
                <Flex vertical gap={4} align="flex-start">
                  <Typography.Text strong>{w.name}</Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t.message(w.employer.name)}
                  </Typography.Text>
                  <Button
                    size="small"
                    icon={<FilePdfOutlined />}
                    href={certificateUrl(w.id)}
                    target="_blank"
                    rel="noreferrer"
                    aria-label={t('selection.prize.certificateOf', { name: w.name })}
                    data-testid="certificate"
                  >
                    {t('selection.prize.certificatePdf')}
                  </Button>
                </Flex>
              ),
            },
            {
              key: 'payment',
              title: t('selection.prize.payment'),
              render: (_, w) => (
                <Flex vertical gap={4} align="flex-start">
                  <Flex gap={8} wrap align="center">
                    <span>{amount}</span>
                    {paid(w) ? (
                      <Tag color="green" data-testid="payment-status" data-paid="true">
                        {t('selection.prize.paid')}
                      </Tag>
                    ) : (
                      <Tag color="orange" data-testid="payment-status" data-paid="false">
                        {t('selection.prize.unpaid')}
                      </Tag>
                    )}
                  </Flex>
                  {!paid(w) && !check.checking && (check.lacks[w.id]?.length ?? 0) > 0 && (
                    <Typography.Text type="warning" style={{ fontSize: 12 }}>
                      {check.lacks[w.id]?.join(' ')}
                    </Typography.Text>
                  )}
                  {!paid(w) && (
                    <Button
                      size="small"
                      type="primary"
                      loading={check.checking}
                      disabled={!check.ready.includes(w.id)}
                      onClick={() => setPaying(w)}
                      aria-label={t('selection.prize.recordFor', { name: w.name })}
                    >
                      {t('selection.prize.record')}
                    </Button>
                  )}
                </Flex>
              ),
            },
          ]}
        />
      )}
      {check.error !== null && <ApiErrorAlert error={check.error} title={t('steps.lack.checkFailed')} />}
      {paying && (
        <PaymentDialog
          winner={paying}
          prizeYuan={award.prizeYuan}
          onClose={() => setPaying(null)}
          onRecorded={() => {
            setPaying(null);
            onChanged();
          }}
        />
      )}
    </Flex>
  );
}

/** 登记奖金已发放 for one winner: the amount prefilled with the award's prize, the day, the bank reference. */
function PaymentDialog({
  winner,
  prizeYuan,
  onClose,
  onRecorded,
}: {
  winner: ApplicationSummary;
  prizeYuan: number;
  onClose: () => void;
  onRecorded: () => void;
}) {
  const t = useT();
  const { locale } = useLocale();
  const { message } = App.useApp();
  const confirm = useConfirmMove();
  const [form] = Form.useForm<PaymentValues>();
  const record = useAction(
    async (values: Required<{ [K in keyof PaymentValues]: NonNullable<PaymentValues[K]> }>) => {
      await recordPrizePaid(winner.id, values);
      message.success(t('selection.prize.recorded', { name: winner.name }));
      onRecorded();
    },
  );
  const ask = ({ amountYuan, paidOn, bankReference }: PaymentValues) => {
    const reference = bankReference?.trim();
    if (!amountYuan || !paidOn || !reference) return;
    confirm({
      title: t('selection.prize.confirmTitle'),
      consequence: t('selection.prize.confirm', {
        amount: t('selection.prize.amount', { amount: formatYuan(amountYuan, locale) }),
        date: paidOn,
        reference,
      }),
      names: [winner.name],
      okText: t('selection.prize.submit'),
      onOk: () => record.run({ amountYuan, paidOn, bankReference: reference }),
    });
  };
  return (
    <Modal
      open
      title={t('selection.prize.dialogTitle', { name: winner.name })}
      okText={t('selection.prize.submit')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      okButtonProps={{ loading: record.busy }}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<PaymentValues>
        form={form}
        layout="vertical"
        onFinish={ask}
        onKeyDown={keepEnterInField}
        initialValues={{ amountYuan: prizeYuan, paidOn: dayjs().format('YYYY-MM-DD') }}
        data-testid="payment-form"
      >
        <Form.Item
          name="amountYuan"
          label={t('selection.prize.amountLabel')}
          extra={t('selection.prize.amountHint', {
            amount: t('selection.prize.amount', { amount: formatYuan(prizeYuan, locale) }),
          })}
          rules={[{ required: true, message: t('selection.prize.amountRequired') }]}
        >
          <InputNumber min={1} max={1_000_000} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <DateItem name="paidOn" label={t('selection.prize.paidOn')} required />
        <Form.Item
          name="bankReference"
          label={t('selection.prize.bankReference')}
          extra={t('selection.prize.bankReferenceHint')}
          rules={[{ required: true, whitespace: true, message: t('selection.prize.bankReferenceRequired') }]}
        >
          <Input maxLength={64} autoComplete="off" />
        </Form.Item>
        {record.error !== null && <ApiErrorAlert error={record.error} />}
      </Form>
    </Modal>
  );
}
