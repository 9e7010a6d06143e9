import { App, Button, Flex, Form, Input, Modal, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { TransitionName } from '../../../../domain/workflow';
import { type ApplicationDetail, applyTransition, type OfferedTransition } from '../../../api/applications';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { useT } from '../../../i18n/LocaleProvider';

/** Steps taken on the unit page, where several applications are decided, noticed and ranked together. */
const unitPageSteps: readonly TransitionName[] = ['recordUnitDecision', 'startUnitNotice', 'endUnitNotice'];
/**
 * The recommender's and the bureau's decisions and notices carry a record (meeting, notice) that only
 * their own step pages collect; those pages do not exist yet, so the moves are not offered here.
 */
const stepPageOnly: readonly TransitionName[] = [
  'recordRecommenderDecision',
  'startRecommenderNotice',
  'endRecommenderNotice',
  'startCityNotice',
  'endCityNotice',
];
/** 本人所在单位推荐意见: the opinion box of Annex 2, written when the unit reports the candidate. */
const opinionSteps: readonly TransitionName[] = ['reportToRecommender'];

/** The moves this page offers (the server's, less those that need a step page of their own). */
export function offeredHere(detail: ApplicationDetail): OfferedTransition[] {
  return detail.allowedTransitions.filter((transition) => !stepPageOnly.includes(transition.name));
}

/**
 * The moves the server offers now (`allowedTransitions`), as buttons. A blocked move is disabled and
 * says why (the guards' messages); moves that need a reason or an opinion ask for it first.
 */
export function TransitionActions({
  detail,
  onChanged,
}: {
  detail: ApplicationDetail;
  onChanged: (detail: ApplicationDetail) => void;
}) {
  const t = useT();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [asking, setAsking] = useState<OfferedTransition | null>(null);
  const [busy, setBusy] = useState<TransitionName | null>(null);
  const [error, setError] = useState<unknown>(null);

  const offered = offeredHere(detail);
  if (offered.length === 0) return null;

  const run = async (transition: OfferedTransition, text?: string) => {
    setBusy(transition.name);
    setError(null);
    try {
      const body = opinionSteps.includes(transition.name)
        ? { opinion: text, version: detail.version }
        : { reason: text, version: detail.version };
      const next = await applyTransition(detail.id, transition.name, body);
      message.success(t('actions.done', { action: t.message(transition.label) }));
      setAsking(null);
      onChanged(next);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(null);
    }
  };

  const press = (transition: OfferedTransition) => {
    if (unitPageSteps.includes(transition.name)) {
      navigate(`/unit?select=${encodeURIComponent(detail.id)}`);
    } else if (transition.requiresReason || opinionSteps.includes(transition.name)) {
      setError(null);
      setAsking(transition);
    } else {
      void run(transition);
    }
  };

  return (
    <Flex vertical gap={8} data-testid="transition-actions">
      <Flex wrap gap={8}>
        {offered.map((transition) => {
          const blocked = transition.blockedBy.length > 0;
          const danger = ['withdraw', 'disqualifyOnObjection'].includes(transition.name);
          const button = (
            <Button
              key={transition.name}
              type={danger ? 'default' : 'primary'}
              danger={danger}
              disabled={blocked}
              loading={busy === transition.name}
              onClick={() => press(transition)}
              data-transition={transition.name}
            >
              {t.message(transition.label)}
            </Button>
          );
          return blocked ? (
            <Tooltip
              key={transition.name}
              title={transition.blockedBy.map((blocker) => (
                <div key={blocker.code}>{t.message(blocker.message)}</div>
              ))}
            >
              <span data-testid={`blocked-${transition.name}`}>{button}</span>
            </Tooltip>
          ) : (
            button
          );
        })}
      </Flex>
      {offered
        .filter((transition) => transition.blockedBy.length > 0)
        .map((transition) => (
          <Typography.Text key={transition.name} type="secondary" style={{ fontSize: 12 }}>
            {t('actions.blocked', {
              action: t.message(transition.label),
              reasons: transition.blockedBy.map((blocker) => t.message(blocker.message)).join('；'),
            })}
          </Typography.Text>
        ))}
      {error !== null && asking === null && <ApiErrorAlert error={error} />}
      {asking && (
        <TextDialog
          transition={asking}
          busy={busy === asking.name}
          error={error}
          onCancel={() => setAsking(null)}
          onSubmit={(text) => run(asking, text)}
        />
      )}
    </Flex>
  );
}

function TextDialog({
  transition,
  busy,
  error,
  onCancel,
  onSubmit,
}: {
  transition: OfferedTransition;
  busy: boolean;
  error: unknown;
  onCancel: () => void;
  onSubmit: (text: string) => void;
}) {
  const t = useT();
  const [form] = Form.useForm<{ text: string }>();
  const isOpinion = opinionSteps.includes(transition.name);
  const label = isOpinion ? t('actions.opinion') : t('actions.reason');
  return (
    <Modal
      open
      title={t.message(transition.label)}
      okText={t.message(transition.label)}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onCancel={onCancel}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={({ text }) => onSubmit(text.trim())}>
        <Form.Item
          name="text"
          label={label}
          rules={[{ required: true, whitespace: true, message: t('actions.textRequired', { label }) }]}
          extra={isOpinion ? t('actions.opinionHint') : undefined}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} />
        </Form.Item>
      </Form>
      {error !== null && <ApiErrorAlert error={error} />}
    </Modal>
  );
}
