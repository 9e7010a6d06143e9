import { Alert, App, Button, Flex, Progress, Skeleton, Table, Tag, Typography } from 'antd';
import { useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { reopenInput } from '../../../domain/review';
import {
  type CandidateSheet,
  type Conflict,
  fetchScoreSheets,
  fetchSelection,
  type Panel,
  type PanelMember,
  reopenScoreSheet,
  type Selection,
} from '../../api/review';
import { useAction } from '../../api/useAction';
import { useApiResource } from '../../api/useApiResource';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { SectionCard } from '../../components/SectionCard';
import { useT } from '../../i18n/LocaleProvider';
import { appPaths } from '../../paths';
import { StatusTag } from '../applications/StatusTag';
import { ReasonDialog } from './ReasonDialog';
import {
  type ProgressRow,
  panelFigures,
  progressRows,
  type ReviewAward,
  type SheetCell,
  seatedMembers,
} from './reviewBoard';

interface AwardProgressData {
  selection: Selection;
  sheets: Map<string, CandidateSheet[]>;
}

/** The award's candidates in the review and every expert's sheet of each. */
async function loadAwardProgress(awardId: string, signal: AbortSignal): Promise<AwardProgressData> {
  const selection = await fetchSelection(awardId, signal);
  const sheets = await Promise.all(
    selection.items.map(
      async (c) => [c.applicationId, await fetchScoreSheets(c.applicationId, signal)] as const,
    ),
  );
  return { selection, sheets: new Map(sheets) };
}

/** 评分进度: per panel, who has scored which candidate; the bureau's administrator reopens a submitted sheet. */
export function ProgressTab({
  awards,
  conflicts,
  canReopen,
  onChanged,
}: {
  awards: ReviewAward[];
  conflicts: Conflict[];
  canReopen: boolean;
  onChanged: () => void;
}) {
  const t = useT();
  const withPanels = awards.flatMap((a) => (a.panel ? [{ ...a, panel: a.panel }] : []));
  if (withPanels.length === 0)
    return (
      <SectionCard title={t('review.progress.title')}>
        <Typography.Text type="secondary">{t('review.progress.noPanels')}</Typography.Text>
      </SectionCard>
    );
  return (
    <Flex vertical gap={16}>
      {withPanels.map((award) => (
        <SectionCard
          key={award.code}
          title={t('review.progress.panelTitle', { panel: award.panel.name })}
          intro={canReopen ? t('review.progress.introAdmin') : t('review.progress.intro')}
        >
          <PanelProgress
            panel={award.panel}
            conflicts={conflicts}
            canReopen={canReopen}
            onChanged={onChanged}
          />
        </SectionCard>
      ))}
    </Flex>
  );
}

function PanelProgress({
  panel,
  conflicts,
  canReopen,
  onChanged,
}: {
  panel: Panel;
  conflicts: Conflict[];
  canReopen: boolean;
  onChanged: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const members = seatedMembers(panel);
  const figures = panelFigures(panel);
  // read again whenever the panel's figures or the conflicts change (a sheet submitted or reopened)
  const signature = [
    ...panel.members.map((m) => `${m.expertId}:${m.status}:${m.submitted}:${m.drafts}`),
    ...conflicts.map((c) => `${c.expertId}:${c.applicationId}:${c.status}`),
  ].join();
  const [data, reload] = useApiResource(
    (signal) => loadAwardProgress(panel.awardId, signal),
    [panel.awardId, signature],
  );
  const last = useRef<AwardProgressData | null>(null);
  if (data.status === 'loaded') last.current = data.data;
  const shown = data.status === 'loaded' ? data.data : last.current;

  const [reopening, setReopening] = useState<{ row: ProgressRow; member: PanelMember } | null>(null);
  const reopen = useAction(async (row: ProgressRow, member: PanelMember, reason: string) => {
    await reopenScoreSheet(row.candidate.applicationId, member.expertId, { reason });
    message.success(t('review.progress.reopened', { expert: member.name, candidate: row.candidate.name }));
    setReopening(null);
    onChanged();
  });

  if (shown === null && data.status === 'loading') return <Skeleton active paragraph={{ rows: 5 }} />;
  if (data.status === 'failed' || shown === null)
    return (
      <ApiErrorAlert
        error={data.status === 'failed' ? data.error : null}
        title={t('review.progress.loadFailed')}
        action={
          <Button size="small" onClick={reload}>
            {t('common.retry')}
          </Button>
        }
      />
    );

  const rows = progressRows(shown.selection.items, members, shown.sheets, conflicts);
  const cellView = (row: ProgressRow, member: PanelMember, cell: SheetCell) => {
    switch (cell.state) {
      case 'conflicted':
        return <Tag>{t('review.progress.cell.conflicted')}</Tag>;
      case 'none':
        return <Typography.Text type="secondary">{t('review.progress.cell.none')}</Typography.Text>;
      case 'draft':
        return (
          <Tag color="orange">
            {cell.reopened ? t('review.progress.cell.reopened') : t('review.progress.cell.draft')}
          </Tag>
        );
      case 'submitted':
        return (
          <Flex gap={6} align="center" wrap>
            <Tag color="green">
              {cell.total === null
                ? t('review.progress.cell.submitted')
                : t('review.progress.cell.submittedTotal', { total: cell.total })}
            </Tag>
            {canReopen && row.candidate.status === 'in_review' && (
              <Button size="small" onClick={() => setReopening({ row, member })}>
                {t('review.progress.reopen')}
              </Button>
            )}
          </Flex>
        );
    }
  };

  return (
    <Flex vertical gap={16} data-testid={`progress-${panel.award}`}>
      <Flex vertical gap={8} data-testid="progress-members">
        <Typography.Text>
          {t('review.progress.summary', {
            submitted: figures.submitted,
            expected: figures.expected,
            drafts: figures.drafts,
          })}
        </Typography.Text>
        {members.map((m) => (
          <Flex key={m.expertId} vertical gap={2} data-testid={`progress-member-${m.name}`}>
            <Flex gap={8} align="center" wrap>
              <span className="jx-name">{m.name}</span>
              <Typography.Text>
                {t('review.member.progressText', { submitted: m.submitted, expected: m.expected })}
              </Typography.Text>
              {m.submitted >= m.expected && m.expected > 0 ? (
                <Tag color="green">{t('review.progress.memberDone')}</Tag>
              ) : (
                <Tag color="orange">{t('review.progress.memberPending')}</Tag>
              )}
            </Flex>
            <Progress
              percent={m.expected === 0 ? 100 : Math.round((m.submitted / m.expected) * 100)}
              showInfo={false}
              size="small"
              style={{ maxWidth: 320, margin: 0 }}
              aria-label={t('review.progress.memberLabel', { name: m.name })}
            />
          </Flex>
        ))}
      </Flex>
      <Table<ProgressRow>
        size="small"
        rowKey={(row) => row.candidate.applicationId}
        data-testid="progress-grid"
        dataSource={rows}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('review.progress.noCandidates') }}
        columns={[
          {
            key: 'candidate',
            title: t('review.progress.candidate'),
            fixed: 'left',
            render: (_, row) => (
              <Flex vertical gap={2}>
                <span className="jx-name">{row.candidate.name}</span>
                {row.candidate.status !== 'in_review' && <StatusTag status={row.candidate.status} />}
              </Flex>
            ),
          },
          ...members.map((member, index) => ({
            key: member.expertId,
            title: member.name,
            render: (_: unknown, row: ProgressRow) => {
              const entry = row.cells[index];
              return entry ? cellView(row, member, entry.cell) : null;
            },
          })),
        ]}
      />
      {shown.selection.complete ? (
        <Alert
          type="success"
          showIcon
          title={t('review.progress.complete')}
          action={<Link to={appPaths.selection}>{t('review.progress.toSelection')}</Link>}
        />
      ) : (
        <Typography.Text type="secondary">
          {t('review.progress.unscored', { count: shown.selection.unscored })}
        </Typography.Text>
      )}
      {reopening && (
        <ReasonDialog
          title={t('review.progress.reopenTitle', {
            expert: reopening.member.name,
            candidate: reopening.row.candidate.name,
          })}
          consequence={t('review.progress.reopenConsequence', { expert: reopening.member.name })}
          label={t('review.progress.reopenReason')}
          okText={t('review.progress.reopen')}
          danger
          schema={reopenInput.shape.reason}
          busy={reopen.busy}
          error={reopen.error}
          onCancel={() => setReopening(null)}
          onConfirm={(reason) => void reopen.run(reopening.row, reopening.member, reason)}
        />
      )}
    </Flex>
  );
}
