import { Table, type TableColumnsType } from 'antd';
import { Link } from 'react-router-dom';
import { awardLabels } from '../../../domain/application';
import type { ApplicationSummary } from '../../api/applications';
import { useT } from '../../i18n/LocaleProvider';
import { StatusTag } from '../applications/StatusTag';

/** The applications a step applies to, with tick boxes: the step acts on the ticked ones together. */
export function ApplicationPicker({
  applications,
  selected,
  onChange,
  testId,
}: {
  applications: ApplicationSummary[];
  selected: string[];
  onChange: (ids: string[]) => void;
  testId: string;
}) {
  const t = useT();
  const columns: TableColumnsType<ApplicationSummary> = [
    {
      key: 'name',
      title: t('applications.column.name'),
      render: (_, row) => <Link to={`/applications/${row.id}`}>{row.name || t('applications.unnamed')}</Link>,
    },
    {
      key: 'award',
      title: t('applications.column.award'),
      render: (_, row) => t.message(awardLabels[row.award]),
    },
    {
      key: 'status',
      title: t('applications.column.status'),
      responsive: ['sm'],
      render: (_, row) => <StatusTag status={row.status} />,
    },
  ];
  return (
    <Table<ApplicationSummary>
      data-testid={testId}
      rowKey="id"
      size="small"
      pagination={false}
      columns={columns}
      dataSource={applications}
      rowSelection={{
        selectedRowKeys: selected,
        onChange: (keys) => onChange(keys.map(String)),
        getCheckboxProps: (row) => ({ 'aria-label': `${t('unit.select')} ${row.name}` }),
      }}
    />
  );
}
