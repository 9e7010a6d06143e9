import { Tag } from 'antd';
import { type ApplicationStatus, statusLabels, terminalStatuses } from '../../../domain/workflow';
import { useT } from '../../i18n/LocaleProvider';

const colours: Partial<Record<ApplicationStatus, string>> = {
  draft: 'default',
  returned_to_unit: 'warning',
  returned_to_recommender: 'warning',
  unit_notice: 'processing',
  recommender_notice: 'processing',
  city_notice: 'processing',
  awarded: 'success',
  prize_paid: 'success',
  approved: 'success',
};

/** The application's status in the user's language, coloured by where it stands. */
export function StatusTag({ status }: { status: ApplicationStatus }) {
  const t = useT();
  const colour = colours[status] ?? (terminalStatuses.includes(status) ? 'error' : 'blue');
  return (
    <Tag color={colour} data-testid="status-tag" data-status={status} className="jx-wrap">
      {t.message(statusLabels[status])}
    </Tag>
  );
}
