import { Button, Card, Flex, Result, Skeleton, Steps, Typography } from 'antd';
import { useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { summaryTableStatuses } from '../../../domain/quotas';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { SectionCard } from '../../components/SectionCard';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useT } from '../../i18n/LocaleProvider';
import type { TranslationParams } from '../../i18n/translate';
import { useSignedInSession } from '../../session/SessionProvider';
import { DecisionStep } from './DecisionStep';
import { NoticeList } from './NoticeList';
import { NoticeStep } from './NoticeStep';
import { PapersStep } from './PapersStep';
import { QuotaPanel } from './QuotaPanel';
import { RankingStep } from './RankingStep';
import { ReportStep } from './ReportStep';
import { ReviewStep } from './ReviewStep';
import { actsAt, byStep, levelText, ownStaffOf, type PageLevel, stepsPagePaths } from './stepLevel';
import type { ProgressStep } from './stepProgress';
import { type StepsData, useStepsData } from './useStepsData';

/** The card of each step of the progress, in the page's order. */
const cardOf: Record<ProgressStep, string> = {
  decision: 'step-decision',
  notice: 'step-notice',
  objections: 'step-objections',
  ranking: 'step-ranking',
  report: 'step-report',
};

/**
 * The steps a level takes together for its candidates — collective decision → 5-working-day notice →
 * objections and closing → ranking per award → the level's opinion and its report upward — for the
 * employer unit (基层推荐, seed §三(一)2) and the recommender (逐级评审, §三(一)3) alike. What differs per
 * level comes from `stepLevels` and the level's i18n keys; an organisation recommending its own staff (an
 * SOE, a technical school) reads its own words. The progress bar has the page's five cards, each with the
 * candidates waiting in it (`levelProgress`).
 */
export function StepsPage({ level }: { level: PageLevel }) {
  const t = useT();
  const session = useSignedInSession();
  const ownStaff = ownStaffOf(session);
  const text = (name: Parameters<typeof levelText>[1], params?: TranslationParams) =>
    t(levelText(level, name, ownStaff), params);
  const [params] = useSearchParams();
  const [data, reload] = useStepsData(level);
  // a review recorded changes what the decision's checks find: they run again
  const [reviewSaves, setReviewSaves] = useState(0);
  // Keep showing the last answer while reloading after a step, so the page does not jump.
  const last = useRef<StepsData | null>(null);
  if (data.status === 'loaded') last.current = data.data;
  const shown = data.status === 'loaded' ? data.data : last.current;
  useDocumentTitle(text('pageTitle'));

  if (!actsAt(session, level)) {
    return <Result status="403" title={text('pageTitle')} subTitle={text('onlyActor')} />;
  }
  if (shown === null && data.status === 'loading') {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 10 }} />
      </Card>
    );
  }
  if (data.status === 'failed' || shown === null) {
    return (
      <ApiErrorAlert
        error={data.status === 'failed' ? data.error : null}
        title={t('steps.loadFailed')}
        action={
          <Button size="small" onClick={reload}>
            {t('common.retry')}
          </Button>
        }
      />
    );
  }

  const { notices } = shown;
  const atRecommender = level === 'recommender';
  // the recommender's papers: its candidates ranked after its notice, reported or about to be
  const statuses: readonly string[] = summaryTableStatuses;
  const withPapers = atRecommender
    ? shown.applications.filter(
        (a) =>
          a.recommender.id === session.organisation.id &&
          a.recommenderRank !== null &&
          statuses.includes(a.status),
      )
    : [];
  // the quota's figures change with each report
  const quotaKey = shown.applications.map((a) => `${a.id}:${a.status}`).join();
  const { toDecide, toNotice, noticed, ranked, progress } = byStep(level, session, shown.applications);
  const selected = params.getAll('select');
  const stepTitles: Record<ProgressStep, string> = {
    decision: t('steps.step.decision'),
    notice: text('step.notice'),
    objections: t('steps.step.objections'),
    ranking: t('steps.step.ranking'),
    report: text('step.report'),
  };
  const goTo = (index: number) => {
    const step = progress.steps[index]?.step;
    if (step) document.getElementById(cardOf[step])?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  };

  return (
    <Flex vertical gap={16}>
      <Card>
        <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0 }}>
          {text('heading')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{text('intro')}</Typography.Paragraph>
        <nav aria-label={t('steps.progress.label')} data-testid="steps-progress">
          <Steps
            current={progress.current}
            size="small"
            responsive
            onChange={goTo}
            items={progress.steps.map(({ step, count, state }) => ({
              title: stepTitles[step],
              status: state,
              content: count > 0 ? t('steps.progress.waiting', { count }) : undefined,
            }))}
          />
        </nav>
        {progress.reported > 0 && (
          <Typography.Paragraph style={{ margin: '12px 0 0' }} data-testid="steps-reported">
            {text('reported', { count: progress.reported })}
            {ownStaff && level === 'unit' && (
              <>
                {' '}
                <Link to={stepsPagePaths.recommender}>{t('unit.ownStaff.goOn')}</Link>
              </>
            )}
          </Typography.Paragraph>
        )}
      </Card>
      {atRecommender && (
        <SectionCard id="step-review" title={t('steps.review.title')} intro={t('steps.review.intro')}>
          <ReviewStep
            // read again as candidates move on: once one is reported, the review is locked
            key={quotaKey}
            onSaved={() => {
              setReviewSaves((n) => n + 1);
              reload();
            }}
          />
        </SectionCard>
      )}
      <SectionCard id="step-decision" title={t('steps.decision.title')} intro={text('decision.intro')}>
        <DecisionStep
          key={`${reviewSaves}:${toDecide.map((a) => a.id).join()}`}
          level={level}
          applications={toDecide}
          initiallySelected={selected}
          onDone={reload}
        />
      </SectionCard>
      <SectionCard id="step-notice" title={text('notice.title')} intro={t('steps.notice.intro')}>
        <NoticeStep
          key={toNotice.map((a) => a.id).join()}
          level={level}
          applications={toNotice}
          onStarted={reload}
        />
      </SectionCard>
      <SectionCard id="step-objections" title={t('steps.notices.title')}>
        <NoticeList level={level} notices={notices} onChanged={reload} />
      </SectionCard>
      <SectionCard id="step-ranking" title={t('steps.ranking.title')} intro={t('steps.ranking.intro')}>
        {atRecommender && <QuotaPanel refresh={quotaKey} />}
        <RankingStep level={level} applications={noticed} onSaved={reload} />
      </SectionCard>
      <SectionCard id="step-report" title={text('report.title')} intro={text('report.intro')}>
        <ReportStep level={level} ownStaff={ownStaff} applications={ranked} onReported={reload} />
      </SectionCard>
      {atRecommender && (
        <SectionCard id="step-papers" title={t('steps.papers.title')} intro={t('steps.papers.intro')}>
          <PapersStep applications={withPapers} />
        </SectionCard>
      )}
    </Flex>
  );
}
