import { Button, Card, Checkbox, Descriptions, Flex, Table, type TableColumnsType, Typography } from 'antd';
import type { ApprovalAward, ApprovalCandidate } from '../../api/approval';
import { useT } from '../../i18n/LocaleProvider';
import { standingOf } from './approvalView';
import {
  CandidateName,
  NoticeCell,
  OccupationCell,
  RankCell,
  ScoreCell,
  StandingCell,
} from './CandidateCells';

export interface CandidateListProps {
  award: ApprovalAward;
  /** Whether any candidate can be ticked for 审定通过 (the tick column is left out otherwise). */
  selectable: boolean;
  ticked: readonly string[];
  onTick: (ids: string[]) => void;
  /** Why a waiting candidate cannot be approved (id → reasons); null while the server's checks run. */
  cannotApprove: Readonly<Record<string, string>> | null;
  /** The candidates the 退回 button is offered for. */
  returnable: ReadonlySet<string>;
  onReturn: (candidate: ApprovalCandidate) => void;
}

/** Read by screen readers, not shown: the card's heading already names the award. */
const visuallyHidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;

/** Whether a row's tick box is live: waiting, and the server's check found nothing against approving it. */
function tickable(candidate: ApprovalCandidate, cannot: CandidateListProps['cannotApprove']): boolean {
  return standingOf(candidate) === 'pending' && cannot !== null && !cannot[candidate.applicationId];
}

function ReturnButton({ candidate, onReturn }: { candidate: ApprovalCandidate; onReturn: () => void }) {
  const t = useT();
  return (
    <Button
      danger
      size="small"
      onClick={onReturn}
      aria-label={t('approval.return.buttonFor', { name: candidate.name })}
      data-testid={`approval-return-${candidate.applicationId}`}
    >
      {t('approval.return.button')}
    </Button>
  );
}

/** The award's candidates as a table (wide screens), with tick boxes for the approval. */
export function CandidateTable(props: CandidateListProps & { caption: string }) {
  const t = useT();
  const { award, selectable, ticked, onTick, cannotApprove, returnable, onReturn } = props;
  const anyReturnable = award.items.some((c) => returnable.has(c.applicationId));
  const columns: TableColumnsType<ApprovalCandidate> = [
    {
      key: 'rank',
      title: t('approval.column.rank'),
      width: 64,
      render: (_, c) => <RankCell candidate={c} />,
    },
    {
      key: 'name',
      title: t('approval.column.name'),
      width: 96,
      render: (_, c) => <CandidateName candidate={c} />,
    },
    { key: 'employer', title: t('approval.column.employer'), width: 120, dataIndex: 'employer' },
    {
      key: 'recommender',
      title: t('approval.column.recommender'),
      width: 120,
      render: (_, c) => t.message(c.recommender),
    },
    {
      key: 'occupation',
      title: t('approval.column.occupation'),
      width: 120,
      render: (_, c) => <OccupationCell candidate={c} />,
    },
    {
      key: 'score',
      title: t('approval.column.score'),
      width: 100,
      render: (_, c) => <ScoreCell candidate={c} />,
    },
    {
      key: 'notice',
      title: t('approval.column.notice'),
      width: 160,
      render: (_, c) => <NoticeCell candidate={c} />,
    },
    {
      key: 'status',
      title: t('approval.column.status'),
      width: 170,
      render: (_, c) => <StandingCell candidate={c} />,
    },
    ...(anyReturnable
      ? [
          {
            key: 'actions',
            title: t('approval.column.actions'),
            width: 72,
            render: (_: unknown, c: ApprovalCandidate) =>
              returnable.has(c.applicationId) ? (
                <ReturnButton candidate={c} onReturn={() => onReturn(c)} />
              ) : null,
          },
        ]
      : []),
  ];
  return (
    <Table<ApprovalCandidate>
      data-testid="approval-table"
      rowKey="applicationId"
      size="small"
      tableLayout="fixed"
      pagination={false}
      caption={<span style={visuallyHidden}>{props.caption}</span>}
      columns={columns}
      dataSource={award.items}
      rowSelection={
        selectable
          ? {
              selectedRowKeys: [...ticked],
              onChange: (keys) => onTick(keys.map(String)),
              getCheckboxProps: (c) => ({
                'aria-label': t('approval.select', { name: c.name }),
                disabled: !tickable(c, cannotApprove),
                title: cannotApprove?.[c.applicationId],
              }),
            }
          : undefined
      }
    />
  );
}

/** The same list on a phone: one card a candidate, the tick box beside the name. */
export function CandidateCards(props: CandidateListProps) {
  const t = useT();
  const { award, selectable, ticked, onTick, cannotApprove, returnable, onReturn } = props;
  const toggle = (id: string, on: boolean) =>
    onTick(on ? [...ticked, id] : ticked.filter((other) => other !== id));
  return (
    <Flex vertical gap={12} data-testid="approval-cards">
      {award.items.map((c) => (
        <Card key={c.applicationId} size="small" data-testid={`approval-card-${c.applicationId}`}>
          <Flex align="center" gap={8} wrap style={{ marginBottom: 8 }}>
            {selectable && standingOf(c) === 'pending' && (
              <Checkbox
                aria-label={t('approval.select', { name: c.name })}
                checked={ticked.includes(c.applicationId)}
                disabled={!tickable(c, cannotApprove)}
                onChange={(event) => toggle(c.applicationId, event.target.checked)}
              />
            )}
            <Typography.Text strong>
              {c.rank === null ? t('approval.noRank') : t('approval.rank', { rank: c.rank })}
            </Typography.Text>
            <CandidateName candidate={c} />
          </Flex>
          <Descriptions
            size="small"
            column={1}
            items={[
              { key: 'employer', label: t('approval.column.employer'), children: c.employer },
              {
                key: 'recommender',
                label: t('approval.column.recommender'),
                children: t.message(c.recommender),
              },
              {
                key: 'occupation',
                label: t('approval.column.occupation'),
                children: <OccupationCell candidate={c} />,
              },
              { key: 'score', label: t('approval.column.score'), children: <ScoreCell candidate={c} /> },
              { key: 'notice', label: t('approval.column.notice'), children: <NoticeCell candidate={c} /> },
              { key: 'status', label: t('approval.column.status'), children: <StandingCell candidate={c} /> },
            ]}
          />
          {returnable.has(c.applicationId) && (
            <Flex justify="flex-end" style={{ marginTop: 8 }}>
              <ReturnButton candidate={c} onReturn={() => onReturn(c)} />
            </Flex>
          )}
        </Card>
      ))}
    </Flex>
  );
}
