import { Checkbox, Flex, Form, type GetProps, Input, Typography } from 'antd';
import { annex2FieldLabels, characterCount, SUMMARY_MAX_CHARACTERS } from '../../../../domain/application';
import type { AwardCode } from '../../../../domain/roles';
import type { CurrentEdition } from '../../../api/editions';
import { useLocale, useT } from '../../../i18n/LocaleProvider';

/** 符合的评选条件: the award's conditions as the edition words them (seed §二), one tick box each. */
export function ConditionsField({
  award,
  edition,
  disabled,
}: {
  award?: AwardCode;
  edition: CurrentEdition | undefined;
  disabled?: boolean;
}) {
  const t = useT();
  const { locale } = useLocale();
  const conditions = edition?.awards.find((entry) => entry.code === award)?.conditions ?? [];
  return (
    <Form.Item
      name="conditions"
      label={t.message(annex2FieldLabels.conditions)}
      required
      extra={award ? t('form.conditionsHint') : t('form.conditionsChooseAward')}
    >
      <RequiredCheckboxGroup
        aria-label={t('a11y.requiredGroup', { label: t.message(annex2FieldLabels.conditions) })}
        disabled={disabled || !award}
        style={{ width: '100%' }}
      >
        <Flex vertical gap={8} data-testid="conditions">
          {conditions.map((condition) => {
            const text = locale === 'en-US' ? condition.en : condition.zh;
            return (
              <Checkbox key={condition.no} value={condition.no}>
                <Typography.Text strong>{t('form.conditionNo', { no: condition.no })}</Typography.Text> {text}
              </Checkbox>
            );
          })}
        </Flex>
      </RequiredCheckboxGroup>
    </Form.Item>
  );
}

/**
 * A required Form.Item marks its control `aria-required`, which ARIA does not allow on a group of tick
 * boxes (axe: aria-allowed-attr, critical): the group drops it and says "required" in its name instead.
 */
function RequiredCheckboxGroup({
  'aria-required': _required,
  ...props
}: GetProps<typeof Checkbox.Group> & { 'aria-required'?: unknown }) {
  return <Checkbox.Group role="group" {...props} />;
}

/** 主要业绩成果: at most 300 characters as a reader counts them (code points), with a live counter. */
export function SummaryField({ disabled }: { disabled?: boolean }) {
  const t = useT();
  const form = Form.useFormInstance();
  const value = Form.useWatch('achievementsSummary', form) as string | undefined;
  const count = characterCount((value ?? '').trim());
  const over = count > SUMMARY_MAX_CHARACTERS;
  return (
    <Form.Item
      name="achievementsSummary"
      label={t.message(annex2FieldLabels.achievementsSummary)}
      required
      extra={
        <span
          data-testid="summary-counter"
          aria-live="polite"
          style={over ? { color: 'var(--ant-color-error, #ff4d4f)', fontWeight: 600 } : undefined}
        >
          {t('form.summaryCounter', { count, max: SUMMARY_MAX_CHARACTERS })}
        </span>
      }
    >
      <Input.TextArea disabled={disabled} autoSize={{ minRows: 4, maxRows: 12 }} />
    </Form.Item>
  );
}

/** 材料已脱密: the declaration the recommendation letter must carry when material was classified. */
export function DeclassifiedField({ disabled }: { disabled?: boolean }) {
  const t = useT();
  return (
    <Form.Item name="declassified" valuePropName="checked" extra={t('form.declassifiedHint')}>
      <Checkbox disabled={disabled}>{t.message(annex2FieldLabels.declassified)}</Checkbox>
    </Form.Item>
  );
}
