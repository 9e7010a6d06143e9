import { Col, Form, type FormItemProps, Input, Row, Typography } from 'antd';
import { type ReactNode, useEffect, useRef } from 'react';
import {
  type ApplicationField,
  annex2FieldLabels,
  qualificationFields,
  qualificationLevels,
  requiredApplicationFields,
  yearsInOccupation,
} from '../../../../domain/application';
import { isValidIdNumber } from '../../../../domain/people';
import { useT } from '../../../i18n/LocaleProvider';
import { codedFieldEntries as coded } from './codedFields';
import { derivedFieldsChange } from './followIdNumber';
import { CodedSelect, DateItem, YesNo } from './inputs';

const required: ReadonlySet<string> = new Set(requiredApplicationFields);

/** A labelled draft field: the label is the annex's, the asterisk marks what completeness counts. */
function useFieldItem(optional = false) {
  const t = useT();
  return (field: ApplicationField, extra: Partial<FormItemProps> = {}): FormItemProps => ({
    name: field,
    label: t.message(annex2FieldLabels[field]),
    required: !optional && required.has(field),
    ...extra,
  });
}

const half = { xs: 24, sm: 12 } as const;
const third = { xs: 24, sm: 12, lg: 8 } as const;

/**
 * 基本情况: the personal part of Annex 2 in the annex's order, with the declarations the rules read.
 * Shared by the unit's form and the candidate's invitation page. A valid ID number fills the birth date
 * and gender (the rules require them to agree).
 */
export function PersonalFields({
  disabled,
  photo,
  award,
  only,
  optional = false,
  hints = {},
  referenceDate,
}: {
  disabled?: boolean;
  /** The photo box (照片), beside the first rows as on the annex. */
  photo?: ReactNode;
  award?: string;
  /** Show only these fields (the candidate's part on the invitation page); default all. */
  only?: readonly ApplicationField[];
  /** Nothing is required (the candidate's page, where a field left empty keeps what is on file). */
  optional?: boolean;
  /** Extra help under a field, e.g. the masked number already on file. */
  hints?: Partial<Record<ApplicationField, string>>;
  /** The edition's reference date the years in the occupation count to, as on the paper; today until known. */
  referenceDate?: string;
}) {
  const t = useT();
  const item = useFieldItem(optional);
  const form = Form.useFormInstance();
  const idNumber = Form.useWatch('idNumber', form) as string | undefined;
  const occupationStart = Form.useWatch('occupationStartDate', form) as string | undefined;
  const previousIdNumber = useRef<unknown>(undefined);

  // The birth date and gender follow the number: filled from a valid one, cleared when it stops being valid.
  useEffect(() => {
    if (disabled) return;
    const change = derivedFieldsChange(previousIdNumber.current, idNumber, {
      birthDate: form.getFieldValue('birthDate'),
      gender: form.getFieldValue('gender'),
    });
    previousIdNumber.current = idNumber;
    if (change) form.setFields(Object.entries(change).map(([name, value]) => ({ name, value })));
  }, [idNumber, disabled, form]);
  const filledFromId = !disabled && typeof idNumber === 'string' && isValidIdNumber(idNumber);

  // counted to the edition's reference date, as Annex 2 prints it; nothing until the edition is known
  const years = referenceDate ? (yearsInOccupation(occupationStart, referenceDate) ?? undefined) : undefined;
  const fromId = filledFromId ? t('form.fromIdNumber') : undefined;
  const shows = (field: ApplicationField) => only === undefined || only.includes(field);
  const hinted = (field: ApplicationField, extra?: string) =>
    [extra, hints[field]].filter(Boolean).join(' ') || undefined;

  return (
    <>
      <Row gutter={16}>
        <Col xs={24} md={photo ? 18 : 24}>
          <Row gutter={16}>
            <Col {...half}>
              <Form.Item {...item('name')}>
                <Input disabled={disabled} autoComplete="off" />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item {...item('gender', { extra: fromId })}>
                <CodedSelect entries={coded.gender} disabled={disabled} />
              </Form.Item>
            </Col>
            <Col {...half}>
              <DateItem {...item('birthDate', { extra: hinted('birthDate', fromId) })} disabled={disabled} />
            </Col>
            <Col {...half}>
              <Form.Item {...item('ethnicity')}>
                <CodedSelect entries={coded.ethnicity} disabled={disabled} showSearch />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item {...item('politicalStatus')}>
                <CodedSelect entries={coded.politicalStatus} disabled={disabled} />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item {...item('education')}>
                <CodedSelect entries={coded.education} disabled={disabled} />
              </Form.Item>
            </Col>
          </Row>
        </Col>
        {photo && (
          <Col xs={24} md={6}>
            {photo}
          </Col>
        )}
      </Row>
      <Row gutter={16}>
        <Col {...half}>
          <Form.Item {...item('occupation')}>
            <Input disabled={disabled} />
          </Form.Item>
        </Col>
        {shows('skillLevel') && (
          <Col {...half}>
            <Form.Item {...item('skillLevel', { required: !optional && award !== 'technical_expert' })}>
              <CodedSelect entries={coded.skillLevel} disabled={disabled} />
            </Form.Item>
          </Col>
        )}
      </Row>
      {award === 'technical_expert' && shows('professionalQualification') && (
        <QualificationFields disabled={disabled} />
      )}
      <Row gutter={16}>
        <Col {...third}>
          <DateItem {...item('workStartDate')} disabled={disabled} />
        </Col>
        <Col {...third}>
          <DateItem
            {...item('occupationStartDate', {
              extra:
                years !== undefined
                  ? t('form.yearsInOccupation', { years, date: referenceDate ?? '' })
                  : undefined,
            })}
            disabled={disabled}
          />
        </Col>
        <Col {...third}>
          <Form.Item {...item('postalCode')}>
            <Input disabled={disabled} inputMode="numeric" maxLength={6} />
          </Form.Item>
        </Col>
      </Row>
      {shows('employerName') && (
        <Form.Item {...item('employerName', { extra: t('form.employerNameHint') })}>
          <Input disabled={disabled} />
        </Form.Item>
      )}
      <Row gutter={16}>
        <Col {...half}>
          <Form.Item {...item('idNumber', { extra: hinted('idNumber') })}>
            <Input disabled={disabled} className="jx-mono" maxLength={18} autoComplete="off" />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item {...item('bankAccount', { extra: hinted('bankAccount') })}>
            <Input disabled={disabled} className="jx-mono" inputMode="numeric" autoComplete="off" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item {...item('address')}>
        <Input disabled={disabled} />
      </Form.Item>
      <Row gutter={16}>
        <Col {...third}>
          <Form.Item {...item('landline', { extra: hinted('landline') })}>
            <Input disabled={disabled} inputMode="tel" placeholder={t('form.landlinePlaceholder')} />
          </Form.Item>
        </Col>
        <Col {...third}>
          <Form.Item {...item('mobile', { extra: hinted('mobile') })}>
            <Input disabled={disabled} inputMode="tel" maxLength={11} />
          </Form.Item>
        </Col>
        <Col {...third}>
          <Form.Item {...item('email')}>
            <Input disabled={disabled} inputMode="email" />
          </Form.Item>
        </Col>
      </Row>
      {shows('isUnitHead') && <Declarations disabled={disabled} />}
    </>
  );
}

/** 资格声明: what the eligibility rules read besides the annex (seed §一（一）). */
function Declarations({ disabled }: { disabled?: boolean }) {
  const t = useT();
  const item = useFieldItem();
  return (
    <>
      <Typography.Title level={3} style={{ fontSize: 15, marginTop: 8 }}>
        {t('form.declarations')}
      </Typography.Title>
      <Row gutter={16}>
        <Col {...half} data-testid="field-isUnitHead">
          <Form.Item {...item('isUnitHead')}>
            <YesNo disabled={disabled} />
          </Form.Item>
        </Col>
        <Col {...half} data-testid="field-frontlinePost">
          <Form.Item {...item('frontlinePost')}>
            <YesNo disabled={disabled} />
          </Form.Item>
        </Col>
        <Col {...half} data-testid="field-workplaceInChangchun">
          <Form.Item {...item('workplaceInChangchun')}>
            <YesNo disabled={disabled} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item {...item('post')}>
            <CodedSelect entries={coded.post} disabled={disabled} />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}

/** 专业技术资格: the technical expert's alternative to a skill level (rural revitalisation, new occupations). */
function QualificationFields({ disabled }: { disabled?: boolean }) {
  const t = useT();
  return (
    <fieldset className="jx-fieldset">
      <legend>{t.message(annex2FieldLabels.professionalQualification)}</legend>
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        {t('form.qualificationHint')}
      </Typography.Paragraph>
      <Row gutter={16}>
        <Col {...third}>
          <Form.Item name={['professionalQualification', 'field']} label={t('form.qualification.field')}>
            <CodedSelect entries={qualificationFields} disabled={disabled} />
          </Form.Item>
        </Col>
        <Col {...third}>
          <Form.Item name={['professionalQualification', 'level']} label={t('form.qualification.level')}>
            <CodedSelect entries={qualificationLevels} disabled={disabled} />
          </Form.Item>
        </Col>
        <Col {...third}>
          <Form.Item name={['professionalQualification', 'title']} label={t('form.qualification.title')}>
            <Input disabled={disabled} />
          </Form.Item>
        </Col>
      </Row>
    </fieldset>
  );
}
