import { DownloadOutlined, FilePdfOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Flex, List, Progress, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { awardLabels } from '../../../domain/application';
import type { ApplicationSummary } from '../../api/applications';
import {
  coverUrl,
  type DossierBatch,
  dossierBatchDownloadUrl,
  dossierUrl,
  loadDossierBatch,
  loadLatestDossierBatch,
  recommenderPaperUrls,
  requestDossierBatch,
} from '../../api/recommender';
import { useAction } from '../../api/useAction';
import { useApiResource } from '../../api/useApiResource';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useLocale, useT } from '../../i18n/LocaleProvider';
import { rankAt } from './stepLevel';

const POLL_MS = 1000;

/**
 * 申报材料 the recommender sends the bureau (seed §四): the summary table (Annex 3, 电子版 XLSX and PDF to
 * print), the recommendation report (PDF with its attachments, DOCX to print on letterhead), and per
 * candidate the envelope cover (Annex 4, with the QR code the intake desk scans) and the bound dossier —
 * all of them at once as one ZIP, built in the background with a progress bar. Each paper is produced
 * (and audited) when opened.
 */
export function PapersStep({ applications }: { applications: ApplicationSummary[] }) {
  const t = useT();
  if (applications.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('steps.papers.empty')} />;
  const ordered = [...applications].sort(
    (a, b) =>
      (a.award === b.award ? 0 : a.award === 'grand_award' ? -1 : 1) ||
      (rankAt('recommender', a) ?? 99) - (rankAt('recommender', b) ?? 99),
  );
  return (
    <Flex vertical gap={16} data-testid="papers-step">
      <Flex gap={8} wrap>
        <PaperLink
          href={recommenderPaperUrls.summaryTableXlsx}
          label={t('steps.papers.summaryXlsx')}
          download
        />
        <PaperLink href={recommenderPaperUrls.summaryTablePdf} label={t('steps.papers.summaryPdf')} />
        <PaperLink href={recommenderPaperUrls.reportPdf} label={t('steps.papers.reportPdf')} />
        <PaperLink href={recommenderPaperUrls.reportDocx} label={t('steps.papers.reportDocx')} download />
      </Flex>
      <List
        bordered
        size="small"
        dataSource={ordered}
        renderItem={(application) => (
          <List.Item data-testid={`papers-${application.id}`}>
            <Flex gap={8} align="center" justify="space-between" wrap style={{ width: '100%' }}>
              <Flex gap={8} align="center" wrap>
                <Typography.Text strong>{application.name}</Typography.Text>
                <Tag>{t.message(awardLabels[application.award])}</Tag>
                {application.recommenderRank !== null && (
                  <Tag color="blue">{t('steps.ranking.rank', { rank: application.recommenderRank })}</Tag>
                )}
              </Flex>
              <Flex gap={16} wrap>
                <a href={coverUrl(application.id)} target="_blank" rel="noreferrer">
                  {t('steps.papers.cover')}
                </a>
                <a href={dossierUrl(application.id)} target="_blank" rel="noreferrer">
                  {t('steps.papers.dossier')}
                </a>
              </Flex>
            </Flex>
          </List.Item>
        )}
      />
      <DossierBatchPanel />
    </Flex>
  );
}

function PaperLink({ href, label, download }: { href: string; label: string; download?: boolean }) {
  return (
    <Button
      href={href}
      target={download ? undefined : '_blank'}
      rel="noreferrer"
      icon={download ? <DownloadOutlined /> : <FilePdfOutlined />}
    >
      {label}
    </Button>
  );
}

/** All dossiers as one ZIP: asked for once, followed until done (also after a reload), then downloaded. */
function DossierBatchPanel() {
  const t = useT();
  const { locale } = useLocale();
  const [latest] = useApiResource((signal) => loadLatestDossierBatch(signal), []);
  const [batch, setBatch] = useState<DossierBatch | null>(null);
  const shown = batch ?? (latest.status === 'loaded' ? latest.data.batch : null);
  const running = shown !== null && (shown.status === 'queued' || shown.status === 'running');
  const shownId = shown?.id;

  // polls while the shown batch runs
  useEffect(() => {
    if (!running || !shownId) return;
    const controller = new AbortController();
    const timer = setInterval(() => {
      loadDossierBatch(shownId, controller.signal).then(setBatch, () => undefined);
    }, POLL_MS);
    return () => {
      clearInterval(timer);
      controller.abort();
    };
  }, [running, shownId]);

  const start = useAction(async () => {
    setBatch(await requestDossierBatch());
  });

  const percent = shown && shown.total > 0 ? Math.round((shown.done / shown.total) * 100) : 0;
  const size = shown?.sizeBytes ? `${(shown.sizeBytes / 1024 / 1024).toFixed(1)} MB` : '';
  return (
    <Flex vertical gap={8} data-testid="dossier-batch">
      <Typography.Text strong>{t('steps.papers.batchTitle')}</Typography.Text>
      <Typography.Text type="secondary">{t('steps.papers.batchIntro')}</Typography.Text>
      {shown && (
        <Progress
          percent={percent}
          status={shown.status === 'failed' ? 'exception' : shown.status === 'done' ? 'success' : 'active'}
          format={() => t('steps.papers.batchProgress', { done: shown.done, total: shown.total })}
          aria-label={t('steps.papers.batchTitle')}
        />
      )}
      {shown?.error && (
        <Alert
          type={shown.status === 'failed' ? 'error' : 'warning'}
          showIcon
          title={locale === 'zh-CN' ? shown.error.zh : shown.error.en}
        />
      )}
      <Flex gap={8} wrap>
        <Button
          type={shown?.status === 'done' ? 'default' : 'primary'}
          loading={start.busy || running}
          onClick={() => void start.run()}
        >
          {running
            ? t('steps.papers.batchRunning')
            : shown
              ? t('steps.papers.batchAgain')
              : t('steps.papers.batchStart')}
        </Button>
        {shown?.status === 'done' && (
          <Button
            type="primary"
            icon={<DownloadOutlined />}
            href={dossierBatchDownloadUrl(shown.id)}
            data-testid="batch-download"
          >
            {t('steps.papers.batchDownload', { size })}
          </Button>
        )}
      </Flex>
      {start.error !== null && <ApiErrorAlert error={start.error} />}
    </Flex>
  );
}
