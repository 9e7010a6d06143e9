import { Alert, Flex, Skeleton, Tag, Typography } from 'antd';
import { awardLabels } from '../../../domain/application';
import { fetchCurrentEdition } from '../../api/editions';
import { loadQuota } from '../../api/recommender';
import { useApiResource } from '../../api/useApiResource';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useLocale, useT } from '../../i18n/LocaleProvider';
import { formatWindow } from '../home/days';
import { windowLeft } from '../home/EditionCard';

/**
 * What bounds the recommender's report to the bureau, as its move will judge it: the places per award
 * (Annex 1 minus any penalty carried into the edition, with why) and how many are left, and the
 * submission window with the working days to it. `refresh` changes after each report.
 */
export function QuotaPanel({ refresh }: { refresh: string }) {
  const t = useT();
  const { locale } = useLocale();
  const [quota] = useApiResource((signal) => loadQuota(signal), [refresh]);
  const [edition] = useApiResource((signal) => fetchCurrentEdition(signal), []);
  if (quota.status === 'loading') return <Skeleton active paragraph={{ rows: 1 }} />;
  if (quota.status === 'failed')
    return <ApiErrorAlert error={quota.error} title={t('steps.quota.loadFailed')} />;
  return (
    <Flex vertical gap={8} data-testid="quota-panel">
      {edition.status === 'loaded' && (
        <Typography.Text data-testid="quota-window">
          {t('steps.quota.window', { window: formatWindow(edition.data.submissionWindow, locale) })}
          {'　'}
          <Typography.Text type="secondary">{windowLeft(edition.data.schedule, t)}</Typography.Text>
        </Typography.Text>
      )}
      <Flex gap={8} wrap>
        {quota.data.awards.map((award) => (
          <Tag
            key={award.award}
            color={award.left > 0 ? 'blue' : 'orange'}
            data-testid={`quota-${award.award}`}
            style={{ fontSize: 14, padding: '2px 8px', whiteSpace: 'normal', maxWidth: '100%' }}
          >
            {t('steps.quota.award', {
              award: t.message(awardLabels[award.award]),
              places: award.places,
              used: award.used,
              left: award.left,
            })}
          </Tag>
        ))}
      </Flex>
      {quota.data.awards.some((award) => award.reasons.length > 0) && (
        <Alert
          type="warning"
          showIcon
          title={t('steps.quota.reduced')}
          description={[
            ...new Set(quota.data.awards.flatMap((a) => a.reasons.map((r) => t.message(r)))),
          ].join('；')}
        />
      )}
    </Flex>
  );
}
