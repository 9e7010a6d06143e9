import { Table } from 'antd';
import type { ApplicationSummary } from '../../api/applications';
import { useT } from '../../i18n/LocaleProvider';
import { identityColumns } from '../applications/columns';

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
  const columns = identityColumns(t);
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
        getCheckboxProps: (row) => ({ 'aria-label': `${t('steps.select')} ${row.name}` }),
      }}
    />
  );
}
