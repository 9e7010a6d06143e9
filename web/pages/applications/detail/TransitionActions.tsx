import { App, Button, Flex, Form, Input, Modal, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { stepLevels, type TransitionName } from '../../../../domain/workflow';
import { type ApplicationDetail, applyTransition, type OfferedTransition } from '../../../api/applications';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { useT } from '../../../i18n/LocaleProvider';
import { pageLevels, stepsPagePaths } from '../../steps/stepLevel';

/** 本人所在单位推荐意见: the opinion box of Annex 2, written when the unit reports the candidate. */
const opinionSteps: readonly TransitionName[] = ['reportToRecommender'];

/**
 * The level's steps page a move is taken on, where several applications are decided, noticed and ranked
 * together (and where the recommender writes its own opinion when it reports).
 */
function stepsPageOf(name: TransitionName): string | undefined {
  const level = pageLevels.find((candidate) => {
    const { decide, startNotice, endNotice, report } = stepLevels[candidate];
    const onPage: TransitionName[] = [decide, startNotice, endNotice, report];
    return onPage.includes(name) && !opinionSteps.includes(name);
  });
  return level && stepsPagePaths[level];
}

/**
 * The city's notice carries a record (the notice period) that only the bureau's own step page will
 * collect; that page does not exist yet, so the moves are not offered here.
 */
const stepPageOnly: readonly TransitionName[] = [stepLevels.city.startNotice, stepLevels.city.endNotice];

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
      // The body is the move's payload and nothing else: the server refuses a field the move does not take.
      const body = opinionSteps.includes(transition.name) ? { opinion: text } : { reason: text };
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
    const page = stepsPageOf(transition.name);
    if (page) {
      navigate(`${page}?select=${encodeURIComponent(detail.id)}`);
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
