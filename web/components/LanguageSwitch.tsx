import { Segmented } from 'antd';
import type { Locale } from '../../domain/message';
import { useLocale, useT } from '../i18n/LocaleProvider';

// Each language is named in itself, so a user who cannot read the current one still finds theirs.
const options: { value: Locale; label: string }[] = [
  { value: 'zh-CN', label: '中文' },
  { value: 'en-US', label: 'English' },
];

export function LanguageSwitch({ size = 'middle' }: { size?: 'small' | 'middle' }) {
  const { locale, setLocale } = useLocale();
  const t = useT();
  return (
    <Segmented<Locale>
      aria-label={t('locale.switch')}
      size={size}
      value={locale}
      onChange={setLocale}
      options={options.map(({ value, label }) => ({ value, label: <span lang={value}>{label}</span> }))}
    />
  );
}
