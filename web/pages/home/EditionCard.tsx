import { Alert, Descriptions, type DescriptionsProps, Grid, Typography } from 'antd';
import type { CurrentEdition } from '../../api/editions';
import { SectionCard } from '../../components/SectionCard';
import { useLocale, useT } from '../../i18n/LocaleProvider';
import { formatWindow } from './days';

/** How far the submission window is, in working days: before it opens, while it is open, or closed. */
export function windowLeft(schedule: CurrentEdition['schedule'], t: ReturnType<typeof useT>): string {
  if (schedule.phase === 'closed') return t('home.edition.left.closed');
  if (schedule.workingDaysLeft === null)
    return t('home.edition.left.unknownYear', {
      days: schedule.daysLeft,
      year: schedule.unknownCalendarYear ?? '',
    });
  return t(schedule.phase === 'open' ? 'home.edition.left.open' : 'home.edition.left.before', {
    working: schedule.workingDaysLeft,
    days: schedule.daysLeft,
  });
}

/** 本届评选: the submission window and the days left, where the papers go and whom to call — the edition's own data. */
export function EditionCard({ edition }: { edition: CurrentEdition }) {
  const t = useT();
  const { locale } = useLocale();
  const { schedule } = edition;
  const wide = Grid.useBreakpoint().md === true;

  const left = windowLeft(schedule, t);

  const items: DescriptionsProps['items'] = [
    {
      key: 'window',
      label: t('home.edition.window'),
      children: (
        <div>
          <Typography.Text strong data-testid="edition-window">
            {formatWindow(edition.submissionWindow, locale)}
          </Typography.Text>
          <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
            {t('home.edition.windowNote')}
          </Typography.Paragraph>
        </div>
      ),
    },
    { key: 'address', label: t('home.edition.address'), children: edition.deliveryAddress },
    { key: 'contact', label: t('home.edition.contact'), children: edition.contact.name },
    {
      key: 'phone',
      label: t('home.edition.phone'),
      children: <a href={`tel:${edition.contact.phone.replace(/[^\d+]/g, '')}`}>{edition.contact.phone}</a>,
    },
  ];

  return (
    <SectionCard title={t('home.edition.title')}>
      <Typography.Paragraph strong style={{ marginTop: 0 }}>
        {t.message(edition.name)}
      </Typography.Paragraph>
      <Alert
        type={schedule.phase !== 'closed' && schedule.workingDaysLeft === null ? 'warning' : 'info'}
        showIcon
        title={<span data-testid="edition-days-left">{left}</span>}
        style={{ marginBottom: 16 }}
      />
      <Descriptions column={1} size="small" layout={wide ? 'horizontal' : 'vertical'} items={items} />
    </SectionCard>
  );
}
