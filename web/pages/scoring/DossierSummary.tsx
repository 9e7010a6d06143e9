import { FilePdfOutlined, PaperClipOutlined } from '@ant-design/icons';
import { Button, Descriptions, Flex, Grid, Typography } from 'antd';
import type { ReactNode } from 'react';
import {
  type ApplicationField,
  annex2FieldLabels,
  attachmentKindLabels,
  awardLabels,
  sectionNames,
} from '../../../domain/application';
import { type ApplicationDetail, annex2Url, attachmentUrl } from '../../api/applications';
import type { CurrentEdition } from '../../api/editions';
import type { ReviewCandidate } from '../../api/scoring';
import { SectionCard } from '../../components/SectionCard';
import { useLocale, useT } from '../../i18n/LocaleProvider';
import { formatBytes } from '../applications/attachments/fileSize';
import { SectionView } from '../applications/detail/ApplicationView';
import { fieldText, type TextContext } from '../applications/detail/fieldText';

/**
 * The dossier beside the rubric, as the server gives it to the expert: the candidate's occupation and skill
 * level, the employer unless the review is blind, the conditions claimed and the achievements — the
 * summary and the sections of Annex 2 that are filled in — with the recommendation form (PDF) and the
 * attachments to open.
 */
export function DossierSummary({
  candidate,
  detail,
  edition,
}: {
  candidate: ReviewCandidate;
  detail: ApplicationDetail;
  edition: CurrentEdition | undefined;
}) {
  const t = useT();
  const { locale } = useLocale();
  const screens = Grid.useBreakpoint();
  const draft = detail.draft as Partial<Record<ApplicationField, unknown>>;
  const context: TextContext = { t, locale, award: detail.award, edition };
  const none = <Typography.Text type="secondary">{t('scoring.dossier.none')}</Typography.Text>;
  const shown = (field: ApplicationField, value: unknown): ReactNode => {
    const text = fieldText(field, value, context);
    if (text === undefined) return none;
    if (Array.isArray(text)) {
      return (
        <ul className="jx-view-list">
          {text.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      );
    }
    return <span className="jx-view-value">{text}</span>;
  };
  const filledSections = sectionNames.filter(
    (section) => Array.isArray(draft[section]) && (draft[section] as unknown[]).length > 0,
  );

  return (
    <Flex vertical gap={16}>
      <SectionCard title={t('scoring.dossier.title')}>
        <Descriptions
          bordered
          size="small"
          column={1}
          layout={screens.sm ? 'horizontal' : 'vertical'}
          className="jx-view"
          data-testid="scoring-dossier"
          items={[
            {
              key: 'award',
              label: t('scoring.dossier.award'),
              children: t.message(awardLabels[candidate.award]),
            },
            {
              key: 'occupation',
              label: t('scoring.dossier.occupation'),
              children: shown('occupation', candidate.occupation ?? draft.occupation),
            },
            {
              key: 'skillLevel',
              label: t('scoring.dossier.skillLevel'),
              children: shown('skillLevel', candidate.skillLevel ?? draft.skillLevel),
            },
            ...(candidate.blind
              ? []
              : [
                  {
                    key: 'employer',
                    label: t('scoring.dossier.employer'),
                    children: candidate.employer ?? none,
                  },
                ]),
            {
              key: 'conditions',
              label: t('scoring.dossier.conditions'),
              children: shown('conditions', draft.conditions),
            },
            {
              key: 'summary',
              label: t('scoring.dossier.summary'),
              children: shown('achievementsSummary', draft.achievementsSummary),
            },
          ]}
        />
        {filledSections.map((section) => (
          <section key={section} className="jx-subsection" style={{ marginTop: 16 }}>
            <Typography.Title level={3} style={{ fontSize: 15 }}>
              {t.message(annex2FieldLabels[section])}
            </Typography.Title>
            <SectionView section={section} rows={draft[section]} context={context} />
          </section>
        ))}
      </SectionCard>
      <SectionCard title={t('scoring.papers.title')}>
        <Flex vertical gap={12}>
          <div>
            <Button
              icon={<FilePdfOutlined />}
              href={annex2Url(detail.id, 'pdf')}
              target="_blank"
              rel="noopener"
              data-testid="scoring-annex2"
            >
              {t('scoring.papers.annex2')}
            </Button>
            <div>
              <Typography.Text type="secondary">{t('scoring.papers.annex2Note')}</Typography.Text>
            </div>
          </div>
          <Typography.Title level={3} style={{ fontSize: 15, margin: 0 }}>
            {t('scoring.papers.attachments')}
          </Typography.Title>
          {detail.attachments.length === 0 ? (
            <Typography.Text type="secondary">{t('scoring.papers.none')}</Typography.Text>
          ) : (
            <ul className="jx-files" data-testid="scoring-attachments">
              {detail.attachments.map((attachment) => (
                <li key={attachment.id}>
                  <Typography.Text type="secondary">
                    {t.message(attachmentKindLabels[attachment.kind])}
                  </Typography.Text>
                  <div>
                    <PaperClipOutlined />{' '}
                    <a href={attachmentUrl(detail.id, attachment.id)} download={attachment.fileName}>
                      {attachment.fileName}
                    </a>{' '}
                    <Typography.Text type="secondary">· {formatBytes(attachment.sizeBytes)}</Typography.Text>
                  </div>
                </li>
              ))}
            </ul>
          )}
        </Flex>
      </SectionCard>
    </Flex>
  );
}
