import { Alert, App, Button, Empty, Flex, Input, List, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { awardLabels } from '../../../domain/application';
import { stepLevels } from '../../../domain/workflow';
import { type ApplicationSummary, fetchApplication } from '../../api/applications';
import { checkMove, reportUpward } from '../../api/steps';
import { useAction } from '../../api/useAction';
import { useApiResource } from '../../api/useApiResource';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useLocale, useT } from '../../i18n/LocaleProvider';
import { lacksOf } from './moveLacks';
import { useConfirmMove } from './stepGuards';
import { levelText, type PageLevel, rankAt } from './stepLevel';

/**
 * The level's opinion and its report upward — 本人所在单位推荐意见 and 报送推荐单位 at the unit, 推荐单位意见
 * and 报送市人社局 at the recommender: for each ranked candidate, the opinion (printed on the recommendation
 * form) and the level's report transition (`stepLevels[level].report`), confirmed first. An organisation
 * recommending its own staff reads its own words (`ownStaff`).
 */
export function ReportStep({
  level,
  ownStaff,
  applications,
  onReported,
}: {
  level: PageLevel;
  ownStaff: boolean;
  applications: ApplicationSummary[];
  onReported: () => void;
}) {
  const t = useT();
  const { locale } = useLocale();
  // what the report would find now (the window, the quota, the ranking): said beside the button, which
  // stays disabled, instead of a click the server refuses
  const key = applications.map((a) => `${a.id}:${rankAt(level, a)}`).join();
  const [checks] = useApiResource(
    (signal) =>
      checkMove(
        stepLevels[level].report,
        applications.map((a) => a.id),
        signal,
      ),
    [level, key],
  );
  const lacks = useMemo(() => {
    const byId: Record<string, string[]> = {};
    if (checks.status !== 'loaded') return byId;
    for (const check of checks.data) byId[check.applicationId] = lacksOf(check, t, locale);
    return byId;
  }, [checks, t, locale]);
  if (applications.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('steps.report.empty')} />;
  const ordered = [...applications].sort(
    (a, b) => a.award.localeCompare(b.award) || (rankAt(level, a) ?? 99) - (rankAt(level, b) ?? 99),
  );
  return (
    <List
      bordered
      dataSource={ordered}
      renderItem={(application) => (
        <ReportRow
          key={application.id}
          level={level}
          ownStaff={ownStaff}
          application={application}
          lacks={checks.status === 'loaded' ? (lacks[application.id] ?? []) : null}
          onReported={onReported}
        />
      )}
    />
  );
}

function ReportRow({
  level,
  ownStaff,
  application,
  lacks,
  onReported,
}: {
  level: PageLevel;
  ownStaff: boolean;
  application: ApplicationSummary;
  /** Why the report cannot go now (empty: it can), null while being checked. */
  lacks: string[] | null;
  onReported: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const confirm = useConfirmMove();
  const submitText = t(levelText(level, 'report.submit', ownStaff));
  const award = t.message(awardLabels[application.award]);
  // the server's suggestion states how the notice went (its length, any objection and its handling); it is
  // Chinese as printed on the form, and fills the box until the officer types their own
  const [suggested] = useApiResource(
    (signal) => fetchApplication(application.id, signal).then((detail) => detail.suggestedOpinion ?? ''),
    [application.id],
  );
  const [typed, setOpinion] = useState<string | null>(null);
  const opinion = typed ?? (suggested.status === 'loaded' ? suggested.data : '');
  const rank = rankAt(level, application);

  const report = useAction(async () => {
    await reportUpward(level, application.id, { opinion: opinion.trim() });
    message.success(t('steps.report.done', { name: application.name }));
    onReported();
  });

  return (
    <List.Item style={{ display: 'block' }} data-testid={`report-${application.id}`}>
      <Flex vertical gap={8}>
        <Flex gap={8} align="center" wrap>
          <Typography.Text strong>{application.name}</Typography.Text>
          <Tag>{award}</Tag>
          {rank !== null ? (
            <Tag color="blue">{t('steps.ranking.rank', { rank })}</Tag>
          ) : (
            <Tag color="orange">{t('steps.report.notRanked')}</Tag>
          )}
        </Flex>
        <Input.TextArea
          aria-label={t(levelText(level, 'report.opinion'), { name: application.name })}
          value={opinion}
          disabled={typed === null && suggested.status === 'loading'}
          onChange={(event) => setOpinion(event.target.value)}
          autoSize={{ minRows: 2, maxRows: 6 }}
        />
        <Button
          type="primary"
          style={{ alignSelf: 'flex-start' }}
          loading={report.busy}
          disabled={!opinion.trim() || rank === null || lacks === null || lacks.length > 0}
          onClick={() =>
            confirm({
              title: submitText,
              consequence: t(levelText(level, 'report.confirm', ownStaff)),
              names: [application.name],
              okText: submitText,
              onOk: () => report.run(),
            })
          }
        >
          {submitText}
        </Button>
        {lacks !== null && lacks.length > 0 && (
          <Alert
            type="warning"
            showIcon
            data-testid="report-blocked"
            title={lacks.map((lack) => <div key={lack}>{lack}</div>)}
          />
        )}
        {report.error !== null && <ApiErrorAlert error={report.error} />}
      </Flex>
    </List.Item>
  );
}
