import { Empty, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { type Role, roles } from '../../../../domain/roles';
import type { ApplicationStatus } from '../../../../domain/workflow';
import { isTransitionName, statusLabels, transitions } from '../../../../domain/workflow';
import type { HistoryEvent, ObjectionEvent } from '../../../api/applications';
import { useT } from '../../../i18n/LocaleProvider';

const isRole = (value: string): value is Role => (roles as readonly string[]).includes(value);

type Entry = { at: string; move: HistoryEvent } | { at: string; objection: ObjectionEvent };

/**
 * 办理记录: every step the application took, who acted in which role, when, and the reason given; and the
 * objections raised at its notices, when they came and how they were handled (never who raised them).
 */
export function HistoryTimeline({
  history,
  objections,
}: {
  history: HistoryEvent[];
  objections: ObjectionEvent[];
}) {
  const t = useT();
  if (history.length === 0 && objections.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('history.empty')} />;
  const entries: Entry[] = [
    ...history.map((move) => ({ at: move.at, move })),
    ...objections.map((objection) => ({ at: objection.receivedAt, objection })),
  ].sort((a, b) => a.at.localeCompare(b.at));
  return (
    <Timeline
      data-testid="history"
      items={entries.map((entry, index) =>
        'move' in entry
          ? moveItem(entry.move, t)
          : { key: `objection-${index}`, content: <ObjectionItem objection={entry.objection} /> },
      )}
    />
  );
}

function ObjectionItem({ objection }: { objection: ObjectionEvent }) {
  const t = useT();
  return (
    <div data-testid="history-objection">
      <Typography.Text strong>{t(`history.objection.${objection.level}`)}</Typography.Text>
      <div>
        <Typography.Text type="secondary">
          {dayjs(objection.receivedAt).format('YYYY-MM-DD HH:mm')}
        </Typography.Text>
      </div>
      <div>
        {t(`history.objection.status.${objection.status}`)}
        {objection.handledAt && ` · ${dayjs(objection.handledAt).format('YYYY-MM-DD')}`}
      </div>
      {objection.handling && (
        <Typography.Paragraph style={{ margin: 0 }}>
          {t('history.objection.handling', { handling: objection.handling })}
        </Typography.Paragraph>
      )}
    </div>
  );
}

function moveItem(event: HistoryEvent, t: ReturnType<typeof useT>) {
  const statusText = (status: string) =>
    status in statusLabels ? t.message(statusLabels[status as ApplicationStatus]) : status;
  return {
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
        <div>{t('history.move', { from: statusText(event.fromStatus), to: statusText(event.toStatus) })}</div>
        {event.reason && (
          <Typography.Paragraph style={{ margin: 0 }}>
            {t('history.reason', { reason: event.reason })}
          </Typography.Paragraph>
        )}
      </div>
    ),
  };
}
