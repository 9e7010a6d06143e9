import { Col, Descriptions, type DescriptionsProps, Grid, Row, Typography } from 'antd';
import type { ReactNode } from 'react';
import {
  type ApplicationField,
  annex2FieldLabels,
  awardLabels,
  type SectionName,
  witnessLabel,
} from '../../../../domain/application';
import type { ApplicationDetail } from '../../../api/applications';
import type { CurrentEdition } from '../../../api/editions';
import { SectionCard } from '../../../components/SectionCard';
import { useLocale, useT } from '../../../i18n/LocaleProvider';
import { fieldText, periodText, type TextContext, viewParts } from './fieldText';

/** The personal numbers shown digit by digit (masked or not, as the server gave them). */
const monospaced: ReadonlySet<ApplicationField> = new Set(['idNumber', 'bankAccount', 'mobile', 'landline']);

type SectionRowView = { from?: string; to?: string; place?: string; content?: string; witness?: string };

/**
 * A read-only application as a description, not a form: each field's label beside its full value
 * (wrapping, never cut off), in the annex's order, "未填写" where nothing is filled in. Each value
 * carries the field's name as its id, so "转到" from the completeness and the findings scrolls there.
 */
export function ApplicationView({
  detail,
  edition,
  photo,
}: {
  detail: ApplicationDetail;
  edition: CurrentEdition | undefined;
  photo: ReactNode;
}) {
  const t = useT();
  const { locale } = useLocale();
  const screens = Grid.useBreakpoint();
  const draft = detail.draft as Partial<Record<ApplicationField, unknown>>;
  const context: TextContext = { t, locale, award: detail.award, edition };
  const layout = screens.sm ? 'horizontal' : 'vertical';
  const none = <Typography.Text type="secondary">{t('form.row.none')}</Typography.Text>;

  const shownValue = (field: ApplicationField): ReactNode => {
    if (field === 'birthDate' && draft.birthDate === undefined && detail.masked.birthYear !== null) {
      return t('form.birthYearOnly', { year: detail.masked.birthYear });
    }
    const text = fieldText(field, draft[field], context);
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
    return <span className={monospaced.has(field) ? 'jx-mono' : undefined}>{text}</span>;
  };

  const items = (fields: readonly ApplicationField[]): DescriptionsProps['items'] =>
    fields.map((field) => ({
      key: field,
      label: t.message(annex2FieldLabels[field]),
      children: (
        <div id={field} tabIndex={-1} className="jx-view-value" data-testid={`view-${field}`}>
          {shownValue(field)}
        </div>
      ),
    }));

  const description = (fields: readonly ApplicationField[]) => (
    <Descriptions
      bordered
      size="small"
      layout={layout}
      column={1}
      items={items(fields)}
      className="jx-view"
    />
  );

  const [history, ...achievements] = viewParts.sections;
  return (
    <>
      <SectionCard id="part-award" title={t.message(annex2FieldLabels.award)}>
        <div id="award" tabIndex={-1} className="jx-view-value" data-testid="view-award">
          {t.message(awardLabels[detail.award])}
        </div>
      </SectionCard>
      <SectionCard id="part-personal" title={t('form.part.personal')}>
        <Row gutter={[16, 16]}>
          <Col xs={24} md={18}>
            {description(viewParts.printed)}
          </Col>
          <Col xs={24} md={6}>
            {photo}
          </Col>
        </Row>
      </SectionCard>
      {history && (
        <SectionCard id="part-history" title={t.message(annex2FieldLabels[history])}>
          <SectionView section={history} rows={draft[history]} context={context} />
        </SectionCard>
      )}
      <SectionCard id="part-achievements" title={t('form.part.achievements')}>
        {achievements.map((section) => (
          <section key={section} className="jx-subsection" aria-label={t.message(annex2FieldLabels[section])}>
            <Typography.Title level={3} style={{ fontSize: 15 }}>
              {t.message(annex2FieldLabels[section])}
            </Typography.Title>
            <SectionView section={section} rows={draft[section]} context={context} />
          </section>
        ))}
      </SectionCard>
      <SectionCard id="part-claim" title={t('view.part.declarations')}>
        {description(viewParts.declarations)}
      </SectionCard>
    </>
  );
}

/** The rows of one section, each with its period, where, what and who vouches for it. */
export function SectionView({
  section,
  rows,
  context,
}: {
  section: SectionName;
  rows: unknown;
  context: TextContext;
}) {
  const { t, locale } = context;
  const colon = locale === 'en-US' ? ': ' : '：';
  const list = Array.isArray(rows) ? (rows as SectionRowView[]) : [];
  if (list.length === 0) {
    return (
      <div id={section} tabIndex={-1}>
        <Typography.Text type="secondary">{t('form.row.none')}</Typography.Text>
      </div>
    );
  }
  const isHistory = section === 'workHistory';
  return (
    <ol id={section} tabIndex={-1} className="jx-view-rows" data-testid={`view-${section}`}>
      {list.map((row, index) => {
        const period = periodText(row, context, isHistory);
        return (
          // rows have no id of their own; their order is their identity here
          // biome-ignore lint/suspicious/noArrayIndexKey: a read-only list in a fixed order
          <li key={index}>
            {(period || row.place) && (
              <div>
                {period && <Typography.Text strong>{period}</Typography.Text>}
                {period && row.place && ' · '}
                {row.place}
              </div>
            )}
            {row.content && <div className="jx-view-text">{row.content}</div>}
            {row.witness && (
              <div>
                <Typography.Text type="secondary">
                  {t.message(witnessLabel(section))}
                  {colon}
                </Typography.Text>
                {row.witness}
              </div>
            )}
          </li>
        );
      })}
    </ol>
  );
}
