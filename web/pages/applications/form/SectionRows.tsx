import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Form, Grid, Input, Row, Typography } from 'antd';
import {
  annex2ColumnLabels,
  annex2FieldLabels,
  SECTION_MAX_ROWS,
  type SectionName,
  witnessLabel,
} from '../../../../domain/application';
import { useT } from '../../../i18n/LocaleProvider';
import { DateInput, dateItemProps } from './inputs';

/**
 * One structured section of Annex 2 as an editable list of rows. The work history (主要经历) has the
 * period, where, what and the witness; the other sections have the details and the witness or evidence
 * (证明人或证明材料), as on the annex.
 */
export function SectionRows({ section, disabled }: { section: SectionName; disabled?: boolean }) {
  const t = useT();
  const screens = Grid.useBreakpoint();
  const isHistory = section === 'workHistory';
  const sectionLabel = t.message(annex2FieldLabels[section]);
  const columns = isHistory
    ? [
        { key: 'from', label: t('form.row.from'), span: 4 },
        { key: 'to', label: t('form.row.to'), span: 4 },
        { key: 'place', label: t.message(annex2ColumnLabels.place), span: 6 },
        { key: 'content', label: t('form.row.position'), span: 5 },
        { key: 'witness', label: t.message(witnessLabel(section)), span: 4 },
      ]
    : [
        { key: 'content', label: t.message(annex2ColumnLabels.content), span: 15 },
        { key: 'witness', label: t.message(witnessLabel(section)), span: 8 },
      ];

  return (
    <Form.List name={section}>
      {(rows, { add, remove }, { errors }) => (
        <div className="jx-section" data-testid={`section-${section}`}>
          {screens.md && rows.length > 0 && (
            <Row gutter={8} className="jx-section-head" aria-hidden>
              {columns.map((column) => (
                <Col key={column.key} span={column.span}>
                  <Typography.Text type="secondary">{column.label}</Typography.Text>
                </Col>
              ))}
            </Row>
          )}
          {rows.map((row, index) => (
            <Row key={row.key} gutter={8} className="jx-section-row" align="top">
              {columns.map((column) => {
                const label = t('form.row.cell', {
                  section: sectionLabel,
                  row: index + 1,
                  column: column.label,
                });
                const span = screens.md
                  ? column.span
                  : column.key === 'from' || column.key === 'to'
                    ? 12
                    : 24;
                const isPeriod = column.key === 'from' || column.key === 'to';
                return (
                  <Col key={column.key} span={span}>
                    <Form.Item
                      name={[row.name, column.key]}
                      // on a phone the cells stack, without the column heads: each says what it holds
                      label={screens.md ? undefined : column.label}
                      style={{ marginBottom: 8 }}
                      {...(isPeriod ? dateItemProps('month') : {})}
                    >
                      {isPeriod ? (
                        <DateInput
                          picker="month"
                          disabled={disabled}
                          aria-label={label}
                          // an empty end is printed 至今: the head names the column, the box what empty means
                          placeholder={
                            column.key === 'to' ? t.message(annex2ColumnLabels.untilNow) : column.label
                          }
                        />
                      ) : column.key === 'content' && !isHistory ? (
                        <Input.TextArea
                          aria-label={label}
                          placeholder={column.label}
                          autoSize={{ minRows: 1, maxRows: 6 }}
                          disabled={disabled}
                        />
                      ) : (
                        <Input aria-label={label} placeholder={column.label} disabled={disabled} />
                      )}
                    </Form.Item>
                  </Col>
                );
              })}
              <Col span={screens.md ? 1 : 24} style={{ textAlign: 'end' }}>
                {!disabled && (
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={t('form.row.remove', { section: sectionLabel, row: index + 1 })}
                    onClick={() => remove(row.name)}
                  >
                    {screens.md ? null : t('form.row.removeShort')}
                  </Button>
                )}
              </Col>
            </Row>
          ))}
          {rows.length === 0 && disabled && (
            <Typography.Text type="secondary">{t('form.row.none')}</Typography.Text>
          )}
          <Form.ErrorList errors={errors} />
          {!disabled && rows.length < SECTION_MAX_ROWS && (
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})} block className="jx-wrap">
              {t('form.row.add', { section: sectionLabel })}
            </Button>
          )}
        </div>
      )}
    </Form.List>
  );
}
