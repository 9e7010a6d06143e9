import { Tag, Typography, theme } from 'antd';
import { recommendsOwnStaff } from '../../../domain/workflow';
import type { CurrentEdition } from '../../api/editions';
import { SectionCard } from '../../components/SectionCard';
import { useLocale, useT } from '../../i18n/LocaleProvider';
import type { MessageKey } from '../../i18n/translate';
import { useSignedInSession } from '../../session/SessionProvider';
import { formatDay, formatDays } from './days';
import { type Milestone, milestonesFor, type When } from './milestones';

/** What a role does or receives, and when: the edition's steps as they concern the caller. */
export function YourDates({ edition, intro }: { edition: CurrentEdition; intro?: MessageKey }) {
  const t = useT();
  const session = useSignedInSession();
  const { schedule } = edition;
  const milestones = milestonesFor(session.role, recommendsOwnStaff(session.organisation.kind), schedule);
  if (milestones.length === 0) return null;
  const derived = milestones.some((m) => m.when.kind === 'latest' || m.when.kind === 'unknown');
  return (
    <SectionCard
      title={t('home.dates.title')}
      intro={intro ? t(intro, { n: schedule.noticeWorkingDays }) : undefined}
    >
      <ol data-testid="your-dates" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {milestones.map((milestone, index) => (
          <MilestoneRow
            key={milestone.key}
            milestone={milestone}
            edition={edition}
            last={index === milestones.length - 1}
          />
        ))}
      </ol>
      {derived && (
        <Typography.Paragraph type="secondary" style={{ margin: '12px 0 0', fontSize: 13 }}>
          {t('home.dates.derivedNote', { n: schedule.noticeWorkingDays })}
        </Typography.Paragraph>
      )}
    </SectionCard>
  );
}

function MilestoneRow({
  milestone,
  edition,
  last,
}: {
  milestone: Milestone;
  edition: CurrentEdition;
  last: boolean;
}) {
  const t = useT();
  const { token } = theme.useToken();
  const n = edition.schedule.noticeWorkingDays;
  return (
    <li
      data-testid={`milestone-${milestone.key}`}
      style={{
        position: 'relative',
        paddingInlineStart: 24,
        paddingBottom: last ? 0 : 16,
        borderInlineStart: last ? '2px solid transparent' : `2px solid ${token.colorBorderSecondary}`,
        marginInlineStart: 6,
      }}
    >
      <span
        aria-hidden
        style={{
          position: 'absolute',
          insetInlineStart: -7,
          top: 4,
          width: 12,
          height: 12,
          borderRadius: '50%',
          background: token.colorBgContainer,
          border: `2px solid ${token.colorPrimary}`,
        }}
      />
      <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', gap: '4px 12px' }}>
        <Typography.Text strong>{t(milestone.title, { n })}</Typography.Text>
        <WhenText when={milestone.when} edition={edition} />
      </div>
      {milestone.hint && (
        <Typography.Paragraph type="secondary" style={{ margin: '2px 0 0' }}>
          {t(milestone.hint, { n, address: edition.deliveryAddress })}
        </Typography.Paragraph>
      )}
    </li>
  );
}

function WhenText({ when, edition }: { when: When; edition: CurrentEdition }) {
  const t = useT();
  const { locale } = useLocale();
  switch (when.kind) {
    case 'latest':
      return (
        <span>
          <Typography.Text>
            {when.noticeEnd
              ? t('home.dates.noticeLatest', {
                  start: formatDay(when.day, locale),
                  end: formatDay(when.noticeEnd, locale),
                })
              : t('home.dates.latest', { day: formatDay(when.day, locale) })}
          </Typography.Text>{' '}
          {when.workingDaysLeft > 0 ? (
            <Tag color="blue">{t('home.dates.workingLeft', { n: when.workingDaysLeft })}</Tag>
          ) : (
            <Tag>{t('home.dates.passed')}</Tag>
          )}
        </span>
      );
    case 'window':
      return <Typography.Text>{formatDays(edition.submissionWindow, locale)}</Typography.Text>;
    case 'text':
      return <Typography.Text type="secondary">{t(when.text)}</Typography.Text>;
    case 'unknown':
      return (
        <Typography.Text type="secondary">{t('home.dates.unknown', { year: when.year })}</Typography.Text>
      );
  }
}
