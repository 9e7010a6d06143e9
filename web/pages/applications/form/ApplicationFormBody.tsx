import { Form, Radio, Typography } from 'antd';
import type { ReactNode } from 'react';
import { annex2FieldLabels, awardLabels } from '../../../../domain/application';
import { type AwardCode, awardCodes } from '../../../../domain/roles';
import type { CurrentEdition } from '../../../api/editions';
import { SectionCard } from '../../../components/SectionCard';
import { useT } from '../../../i18n/LocaleProvider';
import { ConditionsField, DeclassifiedField, SummaryField } from './ClaimFields';
import { sectionsExceptHistory } from './draftForm';
import { PersonalFields } from './PersonalFields';
import { SectionRows } from './SectionRows';

/**
 * The recommendation form (Annex 2) in the annex's order: category, personal data with the photo,
 * career history, the achievement sections each with its witness or evidence, then what the work plan
 * adds (conditions met, the achievements summary for the summary table, declassification).
 */
export function ApplicationFormBody({
  disabled,
  edition,
  photo,
  awardLocked,
}: {
  disabled: boolean;
  edition: CurrentEdition | undefined;
  photo: ReactNode;
  /** The award cannot change once the application exists (the server files it under one award). */
  awardLocked: boolean;
}) {
  const t = useT();
  const form = Form.useFormInstance();
  const award = Form.useWatch('award', form) as AwardCode | undefined;
  return (
    <>
      <SectionCard id="part-award" title={t.message(annex2FieldLabels.award)}>
        <Form.Item
          name="award"
          required
          label={t.message(annex2FieldLabels.award)}
          extra={awardLocked && !disabled ? t('form.awardLocked') : undefined}
          style={{ marginBottom: 0 }}
        >
          <Radio.Group
            disabled={disabled || awardLocked}
            options={awardCodes.map((code) => ({ value: code, label: t.message(awardLabels[code]) }))}
          />
        </Form.Item>
      </SectionCard>
      <SectionCard id="part-personal" title={t('form.part.personal')}>
        <PersonalFields
          disabled={disabled}
          photo={photo}
          award={award}
          referenceDate={edition?.referenceDate}
        />
      </SectionCard>
      <SectionCard id="part-history" title={t.message(annex2FieldLabels.workHistory)}>
        <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
          {t('form.historyHint')}
        </Typography.Paragraph>
        <SectionRows section="workHistory" disabled={disabled} />
      </SectionCard>
      <SectionCard id="part-achievements" title={t('form.part.achievements')}>
        <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
          {t('form.witnessHint')}
        </Typography.Paragraph>
        {sectionsExceptHistory.map((section) => (
          <section key={section} className="jx-subsection" aria-label={t.message(annex2FieldLabels[section])}>
            <Typography.Title level={3} style={{ fontSize: 15 }}>
              {t.message(annex2FieldLabels[section])}
            </Typography.Title>
            <SectionRows section={section} disabled={disabled} />
          </section>
        ))}
      </SectionCard>
      <SectionCard id="part-claim" title={t('form.part.claim')}>
        <ConditionsField award={award} edition={edition} disabled={disabled} />
        <SummaryField disabled={disabled} />
        <DeclassifiedField disabled={disabled} />
      </SectionCard>
    </>
  );
}
