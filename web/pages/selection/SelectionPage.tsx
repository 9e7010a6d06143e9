import { Button, Card, Flex, Result, Skeleton, Tabs, Typography } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { fetchCurrentEdition } from '../../api/editions';
import { useApiResource } from '../../api/useApiResource';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useT } from '../../i18n/LocaleProvider';
import { useSignedInSession } from '../../session/SessionProvider';
import { AwardSelection } from './AwardSelection';

/**
 * 评选与表彰: the bureau's screen from the experts' results to the prizes (seed §三(一)4–7), one tab per award
 * of the current edition (?award= keeps the tab across a reload). Open to those who organise the review
 * (`organiseReview`); which moves each of them may take, the server's checks say.
 */
export function SelectionPage() {
  const t = useT();
  const session = useSignedInSession();
  const [params, setParams] = useSearchParams();
  useDocumentTitle(t('selection.pageTitle'));
  const allowed = session.permissions.includes('organiseReview');
  const [edition, reload] = useApiResource(
    (signal) => (allowed ? fetchCurrentEdition(signal) : Promise.resolve(null)),
    [allowed],
  );

  if (!allowed)
    return <Result status="403" title={t('selection.pageTitle')} subTitle={t('selection.onlyBureau')} />;
  if (edition.status === 'loading')
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 8 }} />
      </Card>
    );
  if (edition.status === 'failed' || edition.data === null)
    return (
      <ApiErrorAlert
        error={edition.status === 'failed' ? edition.error : null}
        title={t('selection.loadFailed')}
        action={
          <Button size="small" onClick={reload}>
            {t('common.retry')}
          </Button>
        }
      />
    );

  const { awards } = edition.data;
  const active = awards.find((a) => a.code === params.get('award')) ?? awards[0];
  return (
    <Flex vertical gap={16}>
      <Card>
        <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0 }}>
          {t('selection.heading')}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t('selection.intro', { edition: t.message(edition.data.name) })}
        </Typography.Paragraph>
      </Card>
      {active ? (
        <Tabs
          activeKey={active.code}
          onChange={(code) => setParams({ award: code }, { replace: true })}
          destroyOnHidden
          items={awards.map((award) => ({
            key: award.code,
            label: t.message(award.name),
            children: award.code === active.code ? <AwardSelection award={award} /> : null,
          }))}
        />
      ) : (
        <Result status="info" title={t('selection.noAwards')} />
      )}
    </Flex>
  );
}
