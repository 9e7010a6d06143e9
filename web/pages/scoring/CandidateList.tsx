import { Alert, Button, Card, Empty, Flex, Progress, Skeleton, Table, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { awardLabels } from '../../../domain/application';
import { entryByCode, skillLevels } from '../../../domain/people';
import { SCORE_STEP } from '../../../domain/review/inputs';
import {
  type Conflict,
  loadOwnConflicts,
  loadReviewCandidates,
  type ReviewCandidate,
  type Rubric,
} from '../../api/scoring';
import { useApiResource } from '../../api/useApiResource';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { SectionCard } from '../../components/SectionCard';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useLocale, useT } from '../../i18n/LocaleProvider';
import { conflictStanding } from './conflicts';
import { SheetTag } from './SheetTag';
import { type AwardProgress, fullMarks, progressByAward } from './sheetForm';

/**
 * `/scoring`: the expert's candidates, one table per award with the state and total of their own sheet and
 * the progress (已提交 x / y); below, the candidates they stand aside from and why.
 */
export function CandidateList() {
  const t = useT();
  useDocumentTitle(t('scoring.pageTitle'));
  const [list, reload] = useApiResource((signal) => loadReviewCandidates(signal), []);
  const [conflicts] = useApiResource((signal) => loadOwnConflicts(signal), []);

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
        {t('scoring.heading')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('scoring.intro')}
      </Typography.Paragraph>
      {list.status === 'loading' && (
        <Card>
          <Skeleton active paragraph={{ rows: 5 }} />
        </Card>
      )}
      {list.status === 'failed' && (
        <ApiErrorAlert
          error={list.error}
          title={t('scoring.loadFailed')}
          action={
            <Button size="small" onClick={reload}>
              {t('common.retry')}
            </Button>
          }
        />
      )}
      {list.status === 'loaded' && list.data.items.length === 0 && (
        <Card>
          <Empty description={t('scoring.empty.title')}>
            <Typography.Text type="secondary">{t('scoring.empty.text')}</Typography.Text>
          </Empty>
        </Card>
      )}
      {list.status === 'loaded' &&
        progressByAward(list.data.items).map((award) => (
          <AwardCandidates
            key={award.award}
            progress={award}
            rubric={list.data.rubrics.find((r) => r.award === award.award)}
          />
        ))}
      {conflicts.status === 'failed' && (
        <ApiErrorAlert error={conflicts.error} title={t('scoring.conflicts.loadFailed')} />
      )}
      {conflicts.status === 'loaded' && conflicts.data.length > 0 && (
        <OwnConflicts conflicts={conflicts.data} />
      )}
    </Flex>
  );
}

function AwardCandidates({ progress, rubric }: { progress: AwardProgress; rubric: Rubric | undefined }) {
  const t = useT();
  const { locale } = useLocale();
  const { candidates, submitted } = progress;
  const blind = candidates.some((c) => c.blind);
  const progressText = t('scoring.progress', { submitted, total: candidates.length });
  const skillLevelName = (code: string | null) => {
    const entry = code ? entryByCode(skillLevels, code) : undefined;
    return entry ? (locale === 'en-US' ? entry.en : entry.zh) : (code ?? '—');
  };

  return (
    <SectionCard title={t.message(awardLabels[progress.award])}>
      <Flex vertical gap={12} data-testid={`scoring-award-${progress.award}`}>
        <Flex wrap gap={12} align="center">
          <Typography.Text strong data-testid="scoring-progress">
            {progressText}
          </Typography.Text>
          <Progress
            percent={Math.round((submitted / candidates.length) * 100)}
            size="small"
            style={{ flex: '1 1 160px', maxWidth: 320, margin: 0 }}
            aria-label={t('scoring.progressLabel')}
          />
        </Flex>
        {rubric && (
          <Typography.Text type="secondary">
            {t('scoring.rubricNote', {
              criteria: rubric.criteria.length,
              full: fullMarks(rubric.criteria),
              step: SCORE_STEP,
              aggregation: t(`scoring.aggregation.${rubric.aggregation}`),
            })}
          </Typography.Text>
        )}
        {blind && <Alert type="info" showIcon title={t('scoring.blindNote')} />}
        <Table<ReviewCandidate>
          size="small"
          data-testid="scoring-list"
          rowKey="applicationId"
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          dataSource={candidates}
          columns={[
            {
              key: 'candidate',
              title: t('scoring.column.candidate'),
              render: (_, row) => (
                <Link to={`/scoring/${row.applicationId}`} className="jx-name">
                  {row.label}
                </Link>
              ),
            },
            {
              key: 'occupation',
              title: t('scoring.column.occupation'),
              responsive: ['sm'],
              render: (_, row) => row.occupation ?? '—',
            },
            {
              key: 'skillLevel',
              title: t('scoring.column.skillLevel'),
              responsive: ['md'],
              render: (_, row) => skillLevelName(row.skillLevel),
            },
            ...(blind
              ? []
              : [
                  {
                    key: 'employer',
                    title: t('scoring.column.employer'),
                    responsive: ['lg' as const],
                    render: (_: unknown, row: ReviewCandidate) => row.employer ?? '—',
                  },
                ]),
            {
              key: 'sheet',
              title: t('scoring.column.sheet'),
              render: (_, row) => <SheetTag state={row.sheet} />,
            },
            {
              key: 'total',
              title: t('scoring.column.total'),
              align: 'right',
              render: (_, row) => (row.total === null ? '—' : t('scoring.points', { points: row.total })),
            },
            {
              key: 'action',
              title: t('scoring.column.action'),
              responsive: ['sm'],
              render: (_, row) => {
                const done = row.sheet === 'submitted';
                return (
                  <Link
                    to={`/scoring/${row.applicationId}`}
                    aria-label={t(done ? 'scoring.action.viewNamed' : 'scoring.action.scoreNamed', {
                      name: row.label,
                    })}
                  >
                    {t(done ? 'scoring.action.view' : 'scoring.action.score')}
                  </Link>
                );
              },
            },
          ]}
        />
      </Flex>
    </SectionCard>
  );
}

function OwnConflicts({ conflicts }: { conflicts: Conflict[] }) {
  const t = useT();
  return (
    <SectionCard title={t('scoring.conflicts.title')} intro={t('scoring.conflicts.intro')}>
      <ul className="jx-files" data-testid="scoring-conflicts">
        {conflicts.map((conflict) => {
          const standing = conflictStanding(conflict);
          return (
            <li key={conflict.id ?? `${conflict.applicationId}-${conflict.reason}`}>
              <Typography.Text strong className="jx-name">
                {conflict.candidateName}
              </Typography.Text>
              {' · '}
              {t(`scoring.conflict.reason.${conflict.reason}`)}
              {' · '}
              <Typography.Text type="secondary">
                {t(`scoring.conflict.source.${conflict.source}`)}
              </Typography.Text>
              {conflict.source !== 'found' && (
                <>
                  {' · '}
                  {t(`scoring.conflict.status.${standing}`)}
                  {standing === 'dismissed' && conflict.vetNote ? `（${conflict.vetNote}）` : ''}
                </>
              )}
              {conflict.note && (
                <div>
                  <Typography.Text type="secondary">{conflict.note}</Typography.Text>
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </SectionCard>
  );
}
