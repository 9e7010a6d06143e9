import { App, Button, Flex, Typography } from 'antd';
import type { SelectionItem } from '../../api/selection';
import { notPropose, propose } from '../../api/selection';
import { useAction } from '../../api/useAction';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useT } from '../../i18n/LocaleProvider';
import { useConfirmMove } from '../steps/stepGuards';
import { BlockedList } from './BlockedList';
import { useMoveLacks } from './useMoveLacks';

/**
 * 提出拟评选对象 and 未入选 for the candidates still in review, as the selection decides them: each button
 * covers the candidates the server would take the move for now, and is confirmed naming them; the others
 * are named with what stands in the way (scores incomplete, the vote still to take).
 */
export function ProposalActions({
  toPropose,
  toNotPropose,
  onMoved,
}: {
  toPropose: SelectionItem[];
  toNotPropose: SelectionItem[];
  onMoved: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const confirm = useConfirmMove();
  const proposeIds = toPropose.map((i) => i.applicationId);
  const notProposeIds = toNotPropose.map((i) => i.applicationId);
  const proposeCheck = useMoveLacks('propose', proposeIds);
  const notProposeCheck = useMoveLacks('notPropose', notProposeIds);
  const nameOf = (id: string) =>
    [...toPropose, ...toNotPropose].find((i) => i.applicationId === id)?.name ?? id;

  const run = useAction(async (kind: 'propose' | 'notPropose', ids: string[]) => {
    await (kind === 'propose' ? propose(ids) : notPropose(ids));
    message.success(t(kind === 'propose' ? 'selection.propose.done' : 'selection.notPropose.done'));
    onMoved();
  });

  if (proposeIds.length === 0 && notProposeIds.length === 0)
    return (
      <Typography.Text type="secondary" data-testid="proposal-done">
        {t('selection.propose.none')}
      </Typography.Text>
    );

  const blocked = [
    ...proposeIds.map((id) => ({ id, name: nameOf(id), lacks: proposeCheck.lacks[id] ?? [] })),
    ...notProposeIds.map((id) => ({ id, name: nameOf(id), lacks: notProposeCheck.lacks[id] ?? [] })),
  ].filter((b) => b.lacks.length > 0);
  const checking = proposeCheck.checking || notProposeCheck.checking;

  return (
    <Flex vertical gap={8}>
      <Typography.Title level={3} style={{ fontSize: 14, margin: 0 }}>
        {t('selection.propose.title')}
      </Typography.Title>
      <Flex wrap gap={8}>
        {proposeIds.length > 0 && (
          <Button
            type="primary"
            loading={run.busy || proposeCheck.checking}
            disabled={proposeCheck.ready.length === 0}
            data-testid="propose"
            onClick={() =>
              confirm({
                title: t('selection.propose.confirmTitle'),
                consequence: t('selection.propose.confirm'),
                names: proposeCheck.ready.map(nameOf),
                okText: t('selection.propose.submit'),
                onOk: () => run.run('propose', proposeCheck.ready),
              })
            }
          >
            {t('selection.propose.button', { count: proposeCheck.ready.length })}
          </Button>
        )}
        {notProposeIds.length > 0 && (
          <Button
            loading={run.busy || notProposeCheck.checking}
            disabled={notProposeCheck.ready.length === 0}
            data-testid="not-propose"
            onClick={() =>
              confirm({
                title: t('selection.notPropose.confirmTitle'),
                consequence: t('selection.notPropose.confirm'),
                names: notProposeCheck.ready.map(nameOf),
                okText: t('selection.notPropose.submit'),
                onOk: () => run.run('notPropose', notProposeCheck.ready),
              })
            }
          >
            {t('selection.notPropose.button', { count: notProposeCheck.ready.length })}
          </Button>
        )}
      </Flex>
      {!checking && (
        <BlockedList title={t('selection.propose.blocked')} blocked={blocked} testId="proposal-blocked" />
      )}
      {(proposeCheck.error ?? notProposeCheck.error) !== null && (
        <ApiErrorAlert
          error={proposeCheck.error ?? notProposeCheck.error}
          title={t('steps.lack.checkFailed')}
        />
      )}
      {run.error !== null && <ApiErrorAlert error={run.error} />}
    </Flex>
  );
}
