import { Badge, Button, Card, Flex, Result, Skeleton, Tabs, Typography } from 'antd';
import { useRef } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { isOneOf } from '../../../domain/validation';
import { type CurrentEdition, fetchCurrentEdition } from '../../api/editions';
import {
  type Conflict,
  type Expert,
  listConflicts,
  listExperts,
  listPanels,
  type Panel,
} from '../../api/review';
import { useApiResource } from '../../api/useApiResource';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useT } from '../../i18n/LocaleProvider';
import { appPaths } from '../../paths';
import { useSignedInSession } from '../../session/SessionProvider';
import { ConflictsTab } from './ConflictsTab';
import { ExpertPool } from './ExpertPool';
import { PanelsTab } from './PanelsTab';
import { ProgressTab } from './ProgressTab';
import { RubricTab } from './RubricTab';
import { panelFigures, reviewAwards } from './reviewBoard';

const tabs = ['pool', 'panels', 'conflicts', 'rubric', 'progress'] as const;
type Tab = (typeof tabs)[number];

interface Board {
  edition: CurrentEdition;
  panels: Panel[];
  experts: Expert[];
  conflicts: Conflict[];
}

async function loadBoard(signal: AbortSignal): Promise<Board> {
  const [edition, panels, experts, conflicts] = await Promise.all([
    fetchCurrentEdition(signal),
    listPanels(signal),
    listExperts(signal),
    listConflicts(signal),
  ]);
  return { edition, panels, experts, conflicts };
}

/**
 * 综合评审组织 (seed §三(一)4), the bureau's screen of the expert review: the expert pool, each award's panel
 * drawn at random with avoidance, the conflicts (回避) and their vetting, the rubric, and who has scored
 * what — where the bureau's administrator reopens a submitted sheet. The ranking, the vote and the
 * proposed list follow on the selection page.
 */
export function ReviewPage() {
  const t = useT();
  const session = useSignedInSession();
  useDocumentTitle(t('review.pageTitle'));
  if (!session.permissions.includes('organiseReview'))
    return <Result status="403" title={t('review.pageTitle')} subTitle={t('review.onlyBureau')} />;
  return <ReviewBoard canReopen={session.permissions.includes('reopenScoreSheet')} />;
}

function ReviewBoard({ canReopen }: { canReopen: boolean }) {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const requested = params.get('tab');
  const tab: Tab = isOneOf(tabs, requested) ? requested : 'panels';
  const [board, reload] = useApiResource(loadBoard, []);
  // the last answer stays on screen while the board is read again after a change, so the page keeps still
  const last = useRef<Board | null>(null);
  if (board.status === 'loaded') last.current = board.data;
  const shown = board.status === 'loaded' ? board.data : last.current;

  if (shown === null && board.status === 'loading')
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 10 }} />
      </Card>
    );
  if (board.status === 'failed' || shown === null)
    return (
      <ApiErrorAlert
        error={board.status === 'failed' ? board.error : null}
        title={t('review.loadFailed')}
        action={
          <Button size="small" onClick={reload}>
            {t('common.retry')}
          </Button>
        }
      />
    );

  const awards = reviewAwards(shown.edition.awards, shown.panels);
  const pending = shown.conflicts.filter((c) => !c.vetted).length;
  const label = (key: Tab, count?: number) =>
    count ? (
      <Badge count={count} size="small" offset={[8, -2]} title={t('review.conflict.pendingCount', { count })}>
        {t(`review.tab.${key}`)}
      </Badge>
    ) : (
      t(`review.tab.${key}`)
    );

  return (
    <Flex vertical gap={16}>
      <Card>
        <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0 }}>
          {t('review.heading')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('review.intro')}</Typography.Paragraph>
        <ul style={{ margin: 0, paddingInlineStart: 20 }} data-testid="review-overview">
          {awards.map((award) => {
            const figures = award.panel ? panelFigures(award.panel) : null;
            return (
              <li key={award.code}>
                <Typography.Text strong>{t.message(award.name)}</Typography.Text>
                {'：'}
                {award.panel && figures
                  ? t('review.overview.panel', {
                      panel: award.panel.name,
                      seated: figures.seated,
                      seats: award.panel.seats,
                      submitted: figures.submitted,
                      expected: figures.expected,
                    })
                  : t('review.overview.noPanel')}
              </li>
            );
          })}
        </ul>
        <Typography.Paragraph style={{ margin: '12px 0 0' }}>
          {t('review.toSelection.before')}
          <Link to={appPaths.selection} style={{ textDecoration: 'underline' }}>
            {t('review.toSelection.link')}
          </Link>
          {t('review.toSelection.after')}
        </Typography.Paragraph>
      </Card>
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams({ tab: key }, { replace: true })}
        type="card"
        items={[
          {
            key: 'pool',
            label: label('pool'),
            children: <ExpertPool experts={shown.experts} onChanged={reload} />,
          },
          {
            key: 'panels',
            label: label('panels'),
            children: (
              <PanelsTab
                awards={awards}
                experts={shown.experts}
                editionNumber={shown.edition.number}
                onChanged={reload}
              />
            ),
          },
          {
            key: 'conflicts',
            label: label('conflicts', pending),
            children: <ConflictsTab conflicts={shown.conflicts} experts={shown.experts} onChanged={reload} />,
          },
          { key: 'rubric', label: label('rubric'), children: <RubricTab awards={awards} /> },
          {
            key: 'progress',
            label: label('progress'),
            children: (
              <ProgressTab
                awards={awards}
                conflicts={shown.conflicts}
                canReopen={canReopen}
                onChanged={reload}
              />
            ),
          },
        ]}
      />
    </Flex>
  );
}
