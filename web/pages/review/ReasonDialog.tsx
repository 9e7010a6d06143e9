import { Alert, Form, Input, Modal } from 'antd';
import type { z } from 'zod';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useT } from '../../i18n/LocaleProvider';
import { checkPayload } from './formProblems';
import { useFormProblems } from './useFormProblems';

interface ReasonValues {
  text?: string;
}

/**
 * The confirmation of a review step that needs a reason (an expert's declining, the vetting of a conflict,
 * the reopening of a sheet): what will happen in plain words, the reason — checked by the request's own
 * schema for it — and the confirming button, red for a step that sets something back.
 */
export function ReasonDialog({
  title,
  consequence,
  label,
  okText,
  danger,
  schema,
  busy,
  error,
  onCancel,
  onConfirm,
}: {
  title: string;
  consequence: string;
  label: string;
  okText: string;
  danger?: boolean;
  /** The schema of the reason field in the request (e.g. `reopenInput.shape.reason`). */
  schema: z.ZodType<string>;
  busy: boolean;
  error: unknown;
  onCancel: () => void;
  onConfirm: (text: string) => void;
}) {
  const t = useT();
  const [form] = Form.useForm<ReasonValues>();
  const problems = useFormProblems(form);
  const submit = (values: ReasonValues) => {
    const checked = checkPayload(schema, values.text ?? '');
    if (checked.ok) onConfirm(checked.payload);
    else problems.show(checked.problems.map((p) => ({ ...p, path: 'text' })));
  };
  return (
    <Modal
      open
      title={title}
      okText={okText}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: danger === true, 'data-testid': 'reason-confirm' }}
      confirmLoading={busy}
      onCancel={onCancel}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Alert
        type={danger ? 'warning' : 'info'}
        showIcon
        style={{ marginBottom: 16 }}
        title={consequence}
        data-testid="reason-consequence"
      />
      <Form<ReasonValues>
        form={form}
        name="reason"
        layout="vertical"
        onFinish={submit}
        onValuesChange={problems.onValuesChange}
      >
        <Form.Item name="text" label={label} required>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} />
        </Form.Item>
      </Form>
      {error !== null && <ApiErrorAlert error={error} />}
    </Modal>
  );
}
