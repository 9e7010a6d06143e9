import { type TableColumnsType, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { awardLabels } from '../../../domain/application';
import type { ApplicationSummary } from '../../api/applications';
import type { Translator } from '../../i18n/LocaleProvider';
import { StatusTag } from './StatusTag';

/** The columns every list of applications starts with: the name (a link), the award, the status. */
export function identityColumns(t: Translator): TableColumnsType<ApplicationSummary> {
  return [
    {
      key: 'name',
      title: t('applications.column.name'),
      render: (_, row) => (
        <Link to={`/applications/${row.id}`} className="jx-name">
          {row.name || t('applications.unnamed')}
        </Link>
      ),
    },
    {
      key: 'award',
      title: t('applications.column.award'),
      render: (_, row) => t.message(awardLabels[row.award]),
    },
    {
      key: 'status',
      title: t('applications.column.status'),
      render: (_, row) => (
        <>
          <StatusTag status={row.status} />
          {row.returnReason ? (
            <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }} data-testid="return-reason">
              {t('applications.returnReason', { reason: row.returnReason })}
            </Typography.Paragraph>
          ) : null}
        </>
      ),
    },
  ];
}
