import { Empty, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { type Role, roles } from '../../../../domain/roles';
import type { ApplicationStatus } from '../../../../domain/workflow';
import { isTransitionName, statusLabels, transitions } from '../../../../domain/workflow';
import type { HistoryEvent } from '../../../api/applications';
import { useT } from '../../../i18n/LocaleProvider';

const isRole = (value: string): value is Role => (roles as readonly string[]).includes(value);

/** 办理记录: every step the application took, who acted in which role, when, and the reason given. */
export function HistoryTimeline({ history }: { history: HistoryEvent[] }) {
  const t = useT();
  if (history.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('history.empty')} />;
  const statusText = (status: string) =>
    status in statusLabels ? t.message(statusLabels[status as ApplicationStatus]) : status;
  return (
    <Timeline
      data-testid="history"
      items={history.map((event) => ({
        key: `${event.at}-${event.transition}`,
        content: (
          <div>
            <Typography.Text strong>
              {isTransitionName(event.transition)
                ? t.message(transitions[event.transition].label)
                : t('history.created')}
            </Typography.Text>
            <div>
              <Typography.Text type="secondary">
                {dayjs(event.at).format('YYYY-MM-DD HH:mm')} ·{' '}
                {[
                  event.actorName,
                  event.actorRole && isRole(event.actorRole) ? t(`role.${event.actorRole}`) : event.actorRole,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Typography.Text>
            </div>
            <div>
              {t('history.move', { from: statusText(event.fromStatus), to: statusText(event.toStatus) })}
            </div>
            {event.reason && (
              <Typography.Paragraph style={{ margin: 0 }}>
                {t('history.reason', { reason: event.reason })}
              </Typography.Paragraph>
            )}
          </div>
        ),
      }))}
    />
  );
}
