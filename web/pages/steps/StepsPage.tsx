import { Button, Card, Flex, Result, Skeleton, Steps, Typography } from 'antd';
import { useRef } from 'react';
import { useSearchParams } from 'react-router-dom';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { SectionCard } from '../../components/SectionCard';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useT } from '../../i18n/LocaleProvider';
import { useSignedInSession } from '../../session/SessionProvider';
import { DecisionStep } from './DecisionStep';
import { NoticeList } from './NoticeList';
import { NoticeStep } from './NoticeStep';
import { RankingStep } from './RankingStep';
import { ReportStep } from './ReportStep';
import { actsAt, byStep, levelText, type PageLevel } from './stepLevel';
import { type StepsData, useStepsData } from './useStepsData';

/**
 * The steps a level takes together for its candidates — collective decision → 5-working-day notice →
 * objections and closing → ranking per award → the level's opinion and its report upward — for the
 * employer unit (基层推荐, seed §三(一)2) and the recommender (逐级评审, §三(一)3) alike. What differs per
 * level comes from `stepLevels` and the level's i18n keys.
 */
export function StepsPage({ level }: { level: PageLevel }) {
  const t = useT();
  const text = (name: Parameters<typeof levelText>[1]) => t(levelText(level, name));
  const session = useSignedInSession();
  const [params] = useSearchParams();
  const [data, reload] = useStepsData(level);
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
  const { toDecide, toNotice, noticed, ranked } = byStep(level, session, shown.applications);
  const current =
    noticed.length > 0
      ? ranked.length === noticed.length
        ? 3
        : 2
      : notices.some((n) => n.status !== 'closed') || toNotice.length > 0
        ? 1
        : 0;
  const selected = params.getAll('select');

  return (
    <Flex vertical gap={16}>
      <Card>
        <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0 }}>
          {text('heading')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{text('intro')}</Typography.Paragraph>
        <Steps
          current={current}
          size="small"
          responsive
          items={[
            { title: t('steps.step.decision') },
            { title: text('step.notice') },
            { title: t('steps.step.ranking') },
            { title: text('step.report') },
          ]}
        />
      </Card>
      <SectionCard id="step-decision" title={t('steps.decision.title')} intro={text('decision.intro')}>
        <DecisionStep
          key={toDecide.map((a) => a.id).join()}
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
        <RankingStep level={level} applications={noticed} onSaved={reload} />
      </SectionCard>
      <SectionCard id="step-report" title={text('report.title')} intro={text('report.intro')}>
        <ReportStep level={level} applications={ranked} onReported={reload} />
      </SectionCard>
    </Flex>
  );
}
