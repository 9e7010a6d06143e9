import { StopOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { declaredConflictReasons } from '../../../domain/review/inputs';
import {
  type ConflictDeclaration as Declaration,
  declareConflict,
  type ReviewCandidate,
} from '../../api/scoring';
import { useAction } from '../../api/useAction';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useT } from '../../i18n/LocaleProvider';
import { leaveWithoutAsking } from '../applications/form/useLeaveGuard';
import { declarationProblems } from './conflicts';

type Values = { reason?: Declaration['reason']; note?: string };

/**
 * 申请回避: the expert declares a relation with the candidate (relative, teacher and apprentice, same team …).
 * It holds at once — the candidate leaves their list and the server answers 404 for them — so the dialog
 * says so before it is sent; the bureau vets it afterwards.
 */
export function ConflictDeclaration({ candidate }: { candidate: ReviewCandidate }) {
  const t = useT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();

  const declare = useAction(async (declaration: Declaration) => {
    await declareConflict(declaration);
    setOpen(false);
    message.success(t('scoring.declare.done', { name: candidate.label }));
    navigate('/scoring', { replace: true, state: leaveWithoutAsking });
  });

  const onOk = async () => {
    let values: Values;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    const declaration = {
      applicationId: candidate.applicationId,
      reason: values.reason,
      note: values.note?.trim() ?? '',
    };
    const problems = declarationProblems(declaration);
    if (problems.length > 0 || !declaration.reason) {
      form.setFields(
        problems.flatMap((p) =>
          p.path === 'note' || p.path === 'reason' ? [{ name: p.path, errors: [t.message(p.message)] }] : [],
        ),
      );
      return;
    }
    await declare.run({ ...declaration, reason: declaration.reason });
  };

  return (
    <>
      <Button icon={<StopOutlined />} onClick={() => setOpen(true)} data-testid="declare-conflict">
        {t('scoring.declare.button')}
      </Button>
      <Modal
        open={open}
        title={t('scoring.declare.title', { name: candidate.label })}
        okText={t('scoring.declare.ok')}
        cancelText={t('common.cancel')}
        okButtonProps={{ danger: true, loading: declare.busy }}
        onOk={() => void onOk()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Alert type="warning" showIcon title={t('scoring.declare.warning')} style={{ marginBottom: 16 }} />
        <Form<Values> form={form} name="conflict-declaration" layout="vertical" preserve={false}>
          <Form.Item
            name="reason"
            label={t('scoring.declare.reason')}
            rules={[{ required: true, message: t('scoring.declare.reasonRequired') }]}
          >
            <Select
              options={declaredConflictReasons.map((reason) => ({
                value: reason,
                label: t(`scoring.conflict.reason.${reason}`),
              }))}
            />
          </Form.Item>
          <Form.Item name="note" label={t('scoring.declare.note')} extra={t('scoring.declare.noteHint')}>
            <Input.TextArea rows={3} maxLength={500} showCount />
          </Form.Item>
        </Form>
        {declare.error !== null && (
          <ApiErrorAlert error={declare.error} title={t('scoring.declare.failed')} />
        )}
      </Modal>
    </>
  );
}
