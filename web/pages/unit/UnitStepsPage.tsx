import { Button, Card, Empty, Flex, Result, Skeleton, Steps, Typography } from 'antd';
import { useRef } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { ApplicationStatus } from '../../../domain/workflow';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { SectionCard } from '../../components/SectionCard';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useT } from '../../i18n/LocaleProvider';
import { useSignedInSession } from '../../session/SessionProvider';
import { DecisionStep } from './DecisionStep';
import { NoticeCard } from './NoticeCard';
import { NoticeStep } from './NoticeStep';
import { RankingStep } from './RankingStep';
import { ReportStep } from './ReportStep';
import { type UnitData, useUnitData } from './useUnitData';

/**
 * 基层推荐 (seed §三(一)2) for the employer unit: collective decision → 5-working-day notice →
 * objections and closing → ranking per award → the unit's opinion and the report to the recommender.
 */
export function UnitStepsPage() {
  const t = useT();
  const session = useSignedInSession();
  const [params] = useSearchParams();
  const [data, reload] = useUnitData();
  // Keep showing the last answer while reloading after a step, so the page does not jump.
  const last = useRef<UnitData | null>(null);
  if (data.status === 'loaded') last.current = data.data;
  const shown = data.status === 'loaded' ? data.data : last.current;
  useDocumentTitle(t('unit.pageTitle'));

  if (session.role !== 'employer_officer') {
    return <Result status="403" title={t('unit.pageTitle')} subTitle={t('unit.onlyEmployer')} />;
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
        title={t('unit.loadFailed')}
        action={
          <Button size="small" onClick={reload}>
            {t('common.retry')}
          </Button>
        }
      />
    );
  }

  const { applications, notices } = shown;
  const own = applications.filter((a) => a.employer.id === session.organisation.id);
  const inStatus = (...statuses: ApplicationStatus[]) => own.filter((a) => statuses.includes(a.status));
  const toDecide = inStatus('draft', 'returned_to_unit');
  const toNotice = inStatus('unit_decided');
  const noticed = inStatus('unit_noticed');
  const current =
    noticed.length > 0
      ? noticed.every((a) => a.unitRank !== null)
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
          {t('unit.heading')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('unit.intro')}</Typography.Paragraph>
        <Steps
          current={current}
          size="small"
          responsive
          items={[
            { title: t('unit.step.decision') },
            { title: t('unit.step.notice') },
            { title: t('unit.step.ranking') },
            { title: t('unit.step.report') },
          ]}
        />
      </Card>
      <SectionCard id="step-decision" title={t('unit.decision.title')} intro={t('unit.decision.intro')}>
        <DecisionStep
          key={toDecide.map((a) => a.id).join()}
          applications={toDecide}
          initiallySelected={selected}
          onDone={reload}
        />
      </SectionCard>
      <SectionCard id="step-notice" title={t('unit.notice.title')} intro={t('unit.notice.intro')}>
        <NoticeStep key={toNotice.map((a) => a.id).join()} applications={toNotice} onStarted={reload} />
      </SectionCard>
      <SectionCard id="step-objections" title={t('unit.notices.title')}>
        {notices.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('unit.notices.empty')} />
        ) : (
          <Flex vertical gap={12}>
            {notices.map((notice) => (
              <NoticeCard key={notice.id} notice={notice} onChanged={reload} />
            ))}
          </Flex>
        )}
      </SectionCard>
      <SectionCard id="step-ranking" title={t('unit.ranking.title')} intro={t('unit.ranking.intro')}>
        <RankingStep applications={noticed} onSaved={reload} />
      </SectionCard>
      <SectionCard id="step-report" title={t('unit.report.title')} intro={t('unit.report.intro')}>
        <ReportStep applications={noticed.filter((a) => a.unitRank !== null)} onReported={reload} />
      </SectionCard>
    </Flex>
  );
}
