import { Table } from 'antd';
import type { ApplicationSummary } from '../../api/applications';
import { useT } from '../../i18n/LocaleProvider';
import { identityColumns } from '../applications/columns';

/**
 * The applications a step applies to, with tick boxes: the step acts on the ticked ones together. An
 * application listed in `blocked` (its id → why) cannot be ticked; `checking` disables every box until
 * the server has said which can.
 */
export function ApplicationPicker({
  applications,
  selected,
  onChange,
  testId,
  blocked = {},
  checking = false,
}: {
  applications: ApplicationSummary[];
  selected: string[];
  onChange: (ids: string[]) => void;
  testId: string;
  blocked?: Readonly<Record<string, string>>;
  checking?: boolean;
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
        selectedRowKeys: selected.filter((id) => !blocked[id]),
        onChange: (keys) => onChange(keys.map(String)),
        getCheckboxProps: (row) => ({
          'aria-label': `${t('steps.select')} ${row.name}`,
          disabled: checking || Boolean(blocked[row.id]),
          title: blocked[row.id],
        }),
      }}
    />
  );
}
