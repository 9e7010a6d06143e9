import { DatePicker, Form, type FormItemProps, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { CodedEntry } from '../../../../domain/people';
import { useLocale, useT } from '../../../i18n/LocaleProvider';

/**
 * Inputs that keep the draft's own value shapes in the form: a date picker that stores `YYYY-MM-DD`, a
 * month picker that stores `YYYY-MM`, a yes/no radio that stores a boolean, a select over a domain
 * enumeration (`{ code, zh, en }`) that stores the code.
 */

const DATE = 'YYYY-MM-DD';
const MONTH = 'YYYY-MM';

function asDayjs(value: unknown, format: string): Dayjs | null {
  if (typeof value !== 'string' || value === '') return null;
  const parsed = dayjs(value, format);
  return parsed.isValid() ? parsed : null;
}

/** Form.Item props that store a picked day as `YYYY-MM-DD` (or a month as `YYYY-MM`). */
export function dateItemProps(
  picker: 'date' | 'month' = 'date',
): Pick<FormItemProps, 'getValueProps' | 'normalize'> {
  const format = picker === 'month' ? MONTH : DATE;
  return {
    getValueProps: (value: unknown) => ({ value: asDayjs(value, format) }),
    normalize: (value: Dayjs | null) => (value ? value.format(format) : undefined),
  };
}

export function DateInput(props: {
  id?: string;
  value?: Dayjs | null;
  onChange?: (value: Dayjs | null) => void;
  picker?: 'date' | 'month';
  disabled?: boolean;
  placeholder?: string;
  'aria-label'?: string;
  /** Dates on the form are facts of the past; a notice may start in the future. */
  allowFuture?: boolean;
}) {
  const { picker = 'date', allowFuture, ...rest } = props;
  return (
    <DatePicker
      {...rest}
      picker={picker}
      format={picker === 'month' ? MONTH : DATE}
      style={{ width: '100%' }}
      disabledDate={allowFuture ? undefined : (day) => day.isAfter(dayjs().endOf('day'))}
    />
  );
}

export function YesNo(props: {
  id?: string;
  value?: boolean;
  onChange?: (value: boolean) => void;
  disabled?: boolean;
}) {
  const t = useT();
  return (
    <Radio.Group
      id={props.id}
      value={props.value}
      disabled={props.disabled}
      onChange={(event) => props.onChange?.(event.target.value as boolean)}
      options={[
        { value: true, label: t('common.yes') },
        { value: false, label: t('common.no') },
      ]}
    />
  );
}

export function CodedSelect(props: {
  id?: string;
  entries: readonly CodedEntry[];
  value?: string;
  onChange?: (value: string | undefined) => void;
  disabled?: boolean;
  showSearch?: boolean;
}) {
  const t = useT();
  const { locale } = useLocale();
  const { entries, showSearch, ...rest } = props;
  return (
    <Select<string>
      {...rest}
      allowClear
      placeholder={t('form.select')}
      showSearch={showSearch ? { optionFilterProp: 'search' } : undefined}
      options={entries.map((entry) => ({
        value: entry.code,
        label: locale === 'en-US' ? entry.en : entry.zh,
        search: `${entry.zh} ${entry.en}`,
      }))}
    />
  );
}

/** A Form.Item for a draft date field. */
export function DateItem(
  props: FormItemProps & { picker?: 'date' | 'month'; disabled?: boolean; allowFuture?: boolean },
) {
  const { picker = 'date', disabled, allowFuture, ...item } = props;
  return (
    <Form.Item {...item} {...dateItemProps(picker)}>
      <DateInput picker={picker} disabled={disabled} allowFuture={allowFuture} />
    </Form.Item>
  );
}
