import { App, Button, Flex, Tooltip, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import {
  type ApplicationStatus,
  noticeLevelByStatus,
  statusLabels,
  stepLevels,
  type TransitionName,
  transitionNeedsPayload,
} from '../../../../domain/workflow';
import { type ApplicationDetail, applyTransition, type OfferedTransition } from '../../../api/applications';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { useT } from '../../../i18n/LocaleProvider';
import type { MessageKey } from '../../../i18n/translate';
import { useConfirmMove } from '../../steps/stepGuards';
import { pageLevels, stepsPagePaths } from '../../steps/stepLevel';
import { MoveDialog, type MoveValues } from './MoveDialog';

/** 本人所在单位推荐意见: the opinion box of Annex 2, written when the unit reports the candidate. */
const opinionSteps: readonly TransitionName[] = ['reportToRecommender', 'reReportToBureau'];

/** The opinion box each report here writes. */
const opinionLabels: Partial<Record<TransitionName, MessageKey>> = {
  reportToRecommender: 'actions.opinion',
  reReportToBureau: 'actions.recommenderOpinion',
};

/** What a move does, in plain words, where more is to be said than the status it leads to. */
const consequences: Partial<Record<TransitionName, MessageKey>> = {
  reportToRecommender: 'actions.confirm.reportToRecommender',
  reReportToBureau: 'actions.confirm.reReportToBureau',
  returnToUnit: 'actions.confirm.returnToUnit',
  returnToRecommender: 'actions.confirm.returnToRecommender',
  accept: 'actions.confirm.accept',
  reject: 'actions.confirm.reject',
  withdraw: 'actions.confirm.withdraw',
  revoke: 'actions.confirm.revoke',
  returnFromApproval: 'actions.confirm.returnFromApproval',
  withdrawProposal: 'actions.confirm.withdrawProposal',
};

/**
 * The level's steps page a move is taken on, where several applications are decided, noticed and ranked
 * together (and where the recommender writes its own opinion when it reports); a disqualification on an
 * upheld objection is taken where the notice's objections are handled.
 */
function stepsPageOf(name: TransitionName, status: ApplicationStatus): string | undefined {
  if (name === 'disqualifyOnObjection') {
    const noticeLevel = (noticeLevelByStatus as Partial<Record<ApplicationStatus, string>>)[status];
    const level = pageLevels.find((candidate) => candidate === noticeLevel);
    return level && stepsPagePaths[level];
  }
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
 * A move that sets back or ends the candidacy — a return, a refusal, a withdrawal, a revocation, a
 * disqualification: the transitions the table makes give a reason. Shown red, never as the blue primary.
 */
const isDestructive = (transition: OfferedTransition) => transition.requiresReason;

/**
 * The moves the server offers now (`allowedTransitions`), as buttons. A blocked move is disabled and
 * says why (the guards' messages). Every move is confirmed first, naming the candidate and what will
 * happen; moves that need a reason, an opinion or a record ask for it in the same dialog.
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
  const confirm = useConfirmMove();
  const [asking, setAsking] = useState<OfferedTransition | null>(null);
  const [busy, setBusy] = useState<TransitionName | null>(null);
  const [error, setError] = useState<unknown>(null);
  const running = useRef(false);

  const offered = offeredHere(detail);
  if (offered.length === 0) return null;

  // An SOE or technical school recommends its own staff: its unit-level report stays in the house.
  const ownStaff = detail.employer.id === detail.recommender.id;
  const labelOf = (transition: OfferedTransition) =>
    ownStaff && transition.name === stepLevels.unit.report
      ? t('unit.ownStaff.report.submit')
      : t.message(transition.label);
  const consequenceOf = (transition: OfferedTransition) => {
    if (ownStaff && transition.name === stepLevels.unit.report) return t('unit.ownStaff.report.confirm');
    const key = consequences[transition.name];
    return key ? t(key) : t('actions.confirm.generic', { status: t.message(statusLabels[transition.to]) });
  };

  const run = async (transition: OfferedTransition, values: MoveValues = {}) => {
    // one move at a time: a second click while the first is on its way sends nothing
    if (running.current) return;
    running.current = true;
    setBusy(transition.name);
    setError(null);
    try {
      // The body is the move's payload and nothing else: the server refuses a field the move does not take.
      const next = await applyTransition(detail.id, transition.name, values);
      message.success(t('actions.done', { action: labelOf(transition) }));
      setAsking(null);
      onChanged(next);
    } catch (caught) {
      setError(caught);
    } finally {
      running.current = false;
      setBusy(null);
    }
  };

  const press = (transition: OfferedTransition) => {
    const page = stepsPageOf(transition.name, detail.status);
    if (page) {
      navigate(`${page}?select=${encodeURIComponent(detail.id)}`);
    } else if (transitionNeedsPayload(transition.name)) {
      setError(null);
      setAsking(transition);
    } else {
      confirm({
        title: labelOf(transition),
        consequence: consequenceOf(transition),
        names: [detail.name],
        okText: labelOf(transition),
        danger: isDestructive(transition),
        onOk: () => run(transition),
      });
    }
  };

  return (
    <Flex vertical gap={8} data-testid="transition-actions">
      <Flex wrap gap={8}>
        {offered.map((transition) => {
          const blocked = transition.blockedBy.length > 0;
          const danger = isDestructive(transition);
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
              {labelOf(transition)}
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
              action: labelOf(transition),
              reasons: transition.blockedBy.map((blocker) => t.message(blocker.message)).join('；'),
            })}
          </Typography.Text>
        ))}
      {error !== null && asking === null && <ApiErrorAlert error={error} />}
      {asking && (
        <MoveDialog
          transition={asking}
          title={labelOf(asking)}
          opinionLabel={t(opinionLabels[asking.name] ?? 'actions.opinion')}
          candidate={detail.name}
          consequence={consequenceOf(asking)}
          danger={isDestructive(asking)}
          busy={busy === asking.name}
          error={error}
          onCancel={() => setAsking(null)}
          onSubmit={(values) => void run(asking, values)}
        />
      )}
    </Flex>
  );
}
