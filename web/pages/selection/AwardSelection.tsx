import { DownloadOutlined, FilePdfOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Skeleton, Steps, Typography } from 'antd';
import { useRef } from 'react';
import type { EditionAward } from '../../api/editions';
import { reviewOpinionUrl } from '../../api/selection';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { SectionCard } from '../../components/SectionCard';
import { useT } from '../../i18n/LocaleProvider';
import { NoticeList } from '../steps/NoticeList';
import { NoticeStep } from '../steps/NoticeStep';
import { ApprovalSection } from './ApprovalSection';
import { DecisionSection } from './DecisionSection';
import { PrizeSection } from './PrizeSection';
import { ResultsSection } from './ResultsSection';
import { byStage, type SelectionSection, selectionProgress } from './selectionModel';
import { type AwardSelectionData, useAwardSelection } from './useAwardSelection';

/** The card of each section, in the order of the work. */
const sectionCards: Record<SelectionSection, string> = {
  review: 'selection-results',
  notice: 'selection-notice',
  approval: 'selection-approval',
  decision: 'selection-decision',
  prizes: 'selection-prizes',
};

/**
 * One award's way from the experts' results to the prizes, in the order of the work: the results and the
 * competitive selection (差额评选) with the vote, the experts' review opinion, the city notice (市级公示, the
 * shared notice components at the city level), the submission to the talent office, the decision, and the
 * certificates and prizes. Every section is read again after a move; the last answer stays on screen while
 * it reloads, so the page does not jump.
 */
export function AwardSelection({ award }: { award: EditionAward }) {
  const t = useT();
  const [data, reload] = useAwardSelection(award.code);
  const last = useRef<AwardSelectionData | null>(null);
  if (data.status === 'loaded') last.current = data.data;
  const shown = data.status === 'loaded' ? data.data : last.current;

  if (shown === null && data.status === 'loading')
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 8 }} />
      </Card>
    );
  if (data.status === 'failed' || shown === null)
    return (
      <ApiErrorAlert
        error={data.status === 'failed' ? data.error : null}
        title={t('selection.loadFailed')}
        action={
          <Button size="small" onClick={reload}>
            {t('common.retry')}
          </Button>
        }
      />
    );

  const stages = byStage(shown.applications);
  const progress = selectionProgress(shown.applications.map((a) => a.status));
  const refreshKey = shown.applications.map((a) => `${a.id}:${a.status}`).join();
  const goTo = (index: number) => {
    const step = progress.steps[index]?.section;
    if (step)
      document.getElementById(sectionCards[step])?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  };

  return (
    <Flex vertical gap={16} data-testid={`award-${award.code}`}>
      <nav aria-label={t('selection.progress.label')} data-testid="selection-progress">
        <Steps
          current={progress.current}
          size="small"
          responsive
          onChange={goTo}
          items={progress.steps.map(({ section, count, state }) => ({
            title: t(`selection.progress.${section}`),
            status: state,
            content: count > 0 ? t('steps.progress.waiting', { count }) : undefined,
          }))}
        />
      </nav>
      <SectionCard
        id={sectionCards.review}
        title={t('selection.results.title')}
        intro={t('selection.results.intro')}
      >
        <ResultsSection key={refreshKey} selection={shown.selection} onChanged={reload} />
      </SectionCard>
      <SectionCard
        id="selection-opinion"
        title={t('selection.opinion.title')}
        intro={t('selection.opinion.intro')}
      >
        {shown.awardId && shown.reviewOpinion ? (
          <Flex wrap gap={8}>
            <Button
              icon={<FilePdfOutlined />}
              href={reviewOpinionUrl(shown.awardId, 'pdf')}
              target="_blank"
              rel="noreferrer"
              data-testid="opinion-pdf"
            >
              {t('selection.opinion.pdf')}
            </Button>
            <Button icon={<DownloadOutlined />} href={reviewOpinionUrl(shown.awardId, 'docx')}>
              {t('selection.opinion.docx')}
            </Button>
          </Flex>
        ) : (
          <Typography.Text type="secondary" data-testid="opinion-unavailable">
            {t('selection.opinion.unavailable')}
          </Typography.Text>
        )}
      </SectionCard>
      <SectionCard
        id={sectionCards.notice}
        title={t('selection.notice.title')}
        intro={t('selection.notice.intro')}
      >
        <Flex vertical gap={16}>
          <NoticeStep
            key={stages.toNotice.map((a) => a.id).join()}
            level="city"
            applications={stages.toNotice}
            onStarted={reload}
          />
          <Typography.Title level={3} style={{ fontSize: 14, margin: 0 }}>
            {t('selection.notice.listTitle')}
          </Typography.Title>
          <NoticeList level="city" notices={shown.notices} onChanged={reload} />
        </Flex>
      </SectionCard>
      <SectionCard
        id={sectionCards.approval}
        title={t('selection.approval.title')}
        intro={t('selection.approval.intro')}
      >
        <ApprovalSection
          key={refreshKey}
          noticed={stages.noticed}
          pending={stages.pending}
          returns={shown.returns}
          onChanged={reload}
        />
      </SectionCard>
      <SectionCard
        id={sectionCards.decision}
        title={t('selection.decision.sectionTitle')}
        intro={t('selection.decision.intro')}
      >
        <DecisionSection approved={stages.approved} decisions={shown.decisions} onPublished={reload} />
      </SectionCard>
      <SectionCard
        id={sectionCards.prizes}
        title={t('selection.prize.title')}
        intro={t('selection.prize.intro')}
      >
        <PrizeSection key={refreshKey} award={award} winners={stages.winners} onChanged={reload} />
      </SectionCard>
    </Flex>
  );
}
