import { Alert, Descriptions, Empty, Flex, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { Selection, SelectionItem } from '../../api/selection';
import { useLocale, useT } from '../../i18n/LocaleProvider';
import { StatusTag } from '../applications/StatusTag';
import { ProposalActions } from './ProposalActions';
import { formatRatio, formatScore, isCompetitive, proposalMoves } from './selectionModel';
import { VoteForm, VoteRecord } from './VoteForm';

const outcomeColours = { proposed: 'green', not_proposed: 'default', undecided: 'orange' } as const;

/**
 * 评审结果与差额评选: the award's places and candidates (差额 ratio), the method, whether every expert has
 * scored; the ranking with score, number of sheets, tie and outcome; the leadership group's vote when a
 * tie across the last place needs one; then the moves that propose the winners and mark the others.
 */
export function ResultsSection({
  selection,
  onChanged,
}: {
  selection: Selection | null;
  onChanged: () => void;
}) {
  const t = useT();
  const { locale } = useLocale();
  if (selection === null)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('selection.results.noAward')} />;
  if (selection.items.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('selection.results.empty')} />;

  const moves = proposalMoves(selection.items, selection.undecided);
  const ratio = formatRatio(selection.ratio, locale);
  return (
    <Flex vertical gap={16} data-testid="selection-results">
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, lg: 4 }}
        items={[
          { key: 'places', label: t('selection.results.places'), children: selection.places },
          {
            key: 'ratio',
            label: t('selection.results.ratio'),
            children: (
              <Flex gap={8} wrap align="center">
                <span data-testid="selection-ratio">
                  {t('selection.results.ratioText', {
                    candidates: selection.candidates,
                    places: selection.places,
                  })}
                  {ratio && t('selection.results.ratioValue', { ratio })}
                </span>
                {!isCompetitive(selection.candidates, selection.places) && (
                  <Tag color="orange" className="jx-wrap">
                    {t('selection.results.notCompetitive')}
                  </Tag>
                )}
              </Flex>
            ),
          },
          {
            key: 'method',
            label: t('selection.results.method'),
            children: t(`selection.aggregation.${selection.aggregation}`),
          },
          {
            key: 'progress',
            label: t('selection.results.progress'),
            children: selection.complete ? (
              <Tag color="green">{t('selection.results.complete')}</Tag>
            ) : (
              <Tag color="orange" className="jx-wrap">
                {t('selection.results.unscored', { count: selection.unscored })}
              </Tag>
            ),
          },
        ]}
      />
      {!selection.complete && <Alert type="info" showIcon title={t('selection.results.incompleteHint')} />}
      <Table<SelectionItem>
        data-testid="ranking-table"
        rowKey="applicationId"
        size="small"
        pagination={false}
        dataSource={selection.items}
        columns={[
          {
            key: 'rank',
            title: t('selection.ranking.rank'),
            width: 64,
            render: (_, row) => row.rank ?? '—',
          },
          {
            key: 'name',
            title: t('selection.ranking.name'),
            render: (_, row) => (
              <Flex vertical gap={0}>
                <Link to={`/applications/${row.applicationId}`} className="jx-name">
                  {row.name}
                </Link>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {row.employer}
                </Typography.Text>
              </Flex>
            ),
          },
          {
            key: 'score',
            title: t('selection.ranking.score'),
            align: 'right',
            render: (_, row) => (
              <Flex vertical gap={2} align="flex-end">
                <span data-testid="ranking-score">
                  {formatScore(row.score, locale) ?? t('selection.ranking.noScore')}
                </span>
                {row.tie && (
                  <Tag color="orange" style={{ marginInlineEnd: 0 }} data-testid="ranking-tie">
                    {t('selection.ranking.tied')}
                  </Tag>
                )}
              </Flex>
            ),
          },
          {
            key: 'scores',
            title: t('selection.ranking.scores'),
            align: 'right',
            // a phone keeps what decides: rank, name, score, outcome
            responsive: ['sm'],
            render: (_, row) => row.scores,
          },
          {
            key: 'outcome',
            title: t('selection.ranking.outcome'),
            render: (_, row) => (
              <Tag color={outcomeColours[row.outcome]} data-outcome={row.outcome}>
                {t(`selection.outcome.${row.outcome}`)}
              </Tag>
            ),
          },
          {
            key: 'status',
            title: t('selection.ranking.status'),
            responsive: ['md'],
            render: (_, row) => <StatusTag status={row.status} />,
          },
        ]}
      />
      {selection.vote && <VoteRecord vote={selection.vote} items={selection.items} />}
      {selection.undecided && moves.tied.length > 0 && (
        <VoteForm
          awardId={selection.awardId}
          tied={moves.tied}
          places={selection.undecided.places}
          onRecorded={onChanged}
        />
      )}
      <ProposalActions toPropose={moves.toPropose} toNotPropose={moves.toNotPropose} onMoved={onChanged} />
    </Flex>
  );
}
