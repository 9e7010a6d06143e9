import { Alert, App, Form, Input, Modal, Typography } from 'antd';
import { returnFromApproval } from '../../api/approval';
import { useAction } from '../../api/useAction';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useT } from '../../i18n/LocaleProvider';
import { reasonProblem } from './approvalView';

interface ReturnValues {
  reason?: string;
}

/**
 * 退回市人社局 for one candidate: what the return means, the reason the bureau acts on (required), and a red
 * button that confirms it. The dialog is the confirmation: nothing is sent before its button is pressed.
 */
export function ReturnDialog({
  candidate,
  onClose,
  onReturned,
}: {
  candidate: { applicationId: string; name: string };
  onClose: () => void;
  onReturned: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<ReturnValues>();
  const send = useAction(async (reason: string) => {
    await returnFromApproval(candidate.applicationId, { reason });
    message.success(t('approval.return.done', { name: candidate.name }));
    onReturned();
  });
  return (
    <Modal
      open
      title={t('approval.return.title')}
      okText={t('approval.return.submit')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: true, 'data-testid': 'approval-return-confirm' }}
      confirmLoading={send.busy}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 16 }}
        title={
          <Typography.Text strong>{t('approval.return.candidate', { name: candidate.name })}</Typography.Text>
        }
        description={t('approval.return.consequence')}
      />
      <Form<ReturnValues>
        form={form}
        layout="vertical"
        onFinish={(values) => void send.run((values.reason ?? '').trim())}
      >
        <Form.Item
          name="reason"
          label={t('approval.return.reason')}
          extra={t('approval.return.reasonHint')}
          required
          rules={[
            {
              validator: async (_rule, value: string | undefined) => {
                const problem = reasonProblem(value);
                if (problem) throw new Error(t.message(problem));
              },
            },
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} />
        </Form.Item>
      </Form>
      {send.error !== null && <ApiErrorAlert error={send.error} />}
    </Modal>
  );
}
