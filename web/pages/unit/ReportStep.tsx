import { App, Button, Empty, Flex, Input, List, Tag, Typography } from 'antd';
import { useState } from 'react';
import { awardLabels } from '../../../domain/application';
import { type ApplicationSummary, applyTransition } from '../../api/applications';
import { useAction } from '../../api/useAction';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useT } from '../../i18n/LocaleProvider';

/**
 * 本人所在单位推荐意见 and 报送推荐单位: for each ranked candidate, the unit's opinion (printed on the
 * recommendation form) and the report to the recommender (`reportToRecommender`).
 */
export function ReportStep({
  applications,
  onReported,
}: {
  applications: ApplicationSummary[];
  onReported: () => void;
}) {
  const t = useT();
  if (applications.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('unit.report.empty')} />;
  const ordered = [...applications].sort(
    (a, b) => a.award.localeCompare(b.award) || (a.unitRank ?? 99) - (b.unitRank ?? 99),
  );
  return (
    <List
      bordered
      dataSource={ordered}
      renderItem={(application) => (
        <ReportRow key={application.id} application={application} onReported={onReported} />
      )}
    />
  );
}

function ReportRow({ application, onReported }: { application: ApplicationSummary; onReported: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const award = t.message(awardLabels[application.award]);
  const [opinion, setOpinion] = useState(() =>
    t('unit.report.defaultOpinion', { name: application.name, award }),
  );
  const ranked = application.unitRank !== null;

  const report = useAction(async () => {
    await applyTransition(application.id, 'reportToRecommender', { opinion: opinion.trim() });
    message.success(t('unit.report.done', { name: application.name }));
    onReported();
  });

  return (
    <List.Item style={{ display: 'block' }} data-testid={`report-${application.id}`}>
      <Flex vertical gap={8}>
        <Flex gap={8} align="center" wrap>
          <Typography.Text strong>{application.name}</Typography.Text>
          <Tag>{award}</Tag>
          {ranked ? (
            <Tag color="blue">{t('unit.ranking.rank', { rank: application.unitRank ?? 0 })}</Tag>
          ) : (
            <Tag color="orange">{t('unit.report.notRanked')}</Tag>
          )}
        </Flex>
        <Input.TextArea
          aria-label={t('unit.report.opinion', { name: application.name })}
          value={opinion}
          onChange={(event) => setOpinion(event.target.value)}
          autoSize={{ minRows: 2, maxRows: 6 }}
        />
        <Button
          type="primary"
          style={{ alignSelf: 'flex-start' }}
          loading={report.busy}
          disabled={!opinion.trim()}
          onClick={() => void report.run()}
        >
          {t('unit.report.submit')}
        </Button>
        {report.error !== null && <ApiErrorAlert error={report.error} />}
      </Flex>
    </List.Item>
  );
}
