import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Col,
  Descriptions,
  Flex,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Skeleton,
  Switch,
  Table,
  Typography,
} from 'antd';
import { useState } from 'react';
import { aggregations, rubricInput } from '../../../domain/review';
import { fetchRubric, type Rubric, type RubricPayload, saveRubric } from '../../api/review';
import { useAction } from '../../api/useAction';
import { useApiResource } from '../../api/useApiResource';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { SectionCard } from '../../components/SectionCard';
import { useT } from '../../i18n/LocaleProvider';
import { keepEnterInField } from '../steps/stepGuards';
import { checkPayload } from './formProblems';
import { type ReviewAward, rubricFormValues, rubricMaximum } from './reviewBoard';
import { useFormProblems } from './useFormProblems';

/** 评分细则: per award its criteria with their maximum points and guidance, the method and the blind setting. */
export function RubricTab({ awards }: { awards: ReviewAward[] }) {
  const t = useT();
  return (
    <Flex vertical gap={16}>
      {awards.map((award) => (
        <SectionCard key={award.code} title={t('review.rubric.title', { award: t.message(award.name) })}>
          {award.awardId ? (
            <AwardRubric awardId={award.awardId} />
          ) : (
            <Typography.Text type="secondary">{t('review.rubric.noPanel')}</Typography.Text>
          )}
        </SectionCard>
      ))}
    </Flex>
  );
}

function AwardRubric({ awardId }: { awardId: string }) {
  const t = useT();
  const [rubric, reload] = useApiResource((signal) => fetchRubric(awardId, signal), [awardId]);
  const [editing, setEditing] = useState(false);
  if (rubric.status === 'loading') return <Skeleton active paragraph={{ rows: 4 }} />;
  if (rubric.status === 'failed')
    return (
      <ApiErrorAlert
        error={rubric.error}
        title={t('review.rubric.loadFailed')}
        action={
          <Button size="small" onClick={reload}>
            {t('common.retry')}
          </Button>
        }
      />
    );
  const view = rubric.data;
  if (editing)
    return (
      <RubricForm
        rubric={view}
        onCancel={() => setEditing(false)}
        onSaved={() => {
          setEditing(false);
          reload();
        }}
      />
    );
  return (
    <Flex vertical gap={12} data-testid={`rubric-${view.award}`}>
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 1, md: 3 }}
        items={[
          {
            key: 'aggregation',
            label: t('review.rubric.aggregation'),
            children: t(`review.rubric.aggregation.${view.aggregation}`),
          },
          {
            key: 'blind',
            label: t('review.rubric.blind'),
            children: view.blind ? t('review.rubric.blind.yes') : t('review.rubric.blind.no'),
          },
          {
            key: 'total',
            label: t('review.rubric.maximum'),
            children: t('review.rubric.points', { points: rubricMaximum(view.criteria) }),
          },
        ]}
      />
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={view.criteria}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('review.rubric.empty') }}
        columns={[
          {
            key: 'name',
            title: t('review.rubric.criterion'),
            render: (_, c) => <Typography.Text strong>{t.message(c.name)}</Typography.Text>,
          },
          {
            key: 'max',
            title: t('review.rubric.maxScore'),
            align: 'right',
            render: (_, c) => c.maxScore,
          },
          {
            key: 'guidance',
            title: t('review.rubric.guidance'),
            render: (_, c) => (
              <Typography.Paragraph style={{ margin: 0, maxWidth: 560, minWidth: 220 }}>
                {t.message(c.guidance) || '—'}
              </Typography.Paragraph>
            ),
          },
        ]}
      />
      {view.locked ? (
        <Alert type="info" showIcon title={t('review.rubric.locked')} data-testid="rubric-locked" />
      ) : (
        <Button style={{ alignSelf: 'flex-start' }} onClick={() => setEditing(true)}>
          {t('review.rubric.edit')}
        </Button>
      )}
    </Flex>
  );
}

const emptyCriterion = { code: '', nameZh: '', nameEn: '', maxScore: 10, guidanceZh: '', guidanceEn: '' };

/**
 * The rubric's form: the method, the blind setting and the criteria (both languages of each name and its
 * guidance). The server refuses it once an expert has scored the award (409 `rubric.in_use`), shown here.
 */
function RubricForm({
  rubric,
  onCancel,
  onSaved,
}: {
  rubric: Rubric;
  onCancel: () => void;
  onSaved: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<RubricPayload>();
  const problems = useFormProblems(form);
  const save = useAction(async (values: RubricPayload) => {
    const checked = checkPayload(rubricInput, values);
    if (!checked.ok) {
      problems.show(checked.problems);
      return;
    }
    try {
      await saveRubric(rubric.awardId, checked.payload);
    } catch (error) {
      problems.fromError(error);
      throw error;
    }
    message.success(t('review.rubric.saved'));
    onSaved();
  });
  const total = rubricMaximum(
    (Form.useWatch('criteria', form) ?? []).map((c) => ({ maxScore: Number(c?.maxScore) || 0 })),
  );
  return (
    <Form<RubricPayload>
      form={form}
      name={`rubric-${rubric.awardId}`}
      data-testid={`rubric-form-${rubric.award}`}
      layout="vertical"
      initialValues={rubricFormValues(rubric)}
      onKeyDown={keepEnterInField}
      onValuesChange={problems.onValuesChange}
      onFinish={(values) => void save.run(values)}
    >
      <Row gutter={16}>
        <Col xs={24} md={16}>
          <Form.Item name="aggregation" label={t('review.rubric.aggregation')}>
            <Radio.Group
              options={aggregations.map((a) => ({ value: a, label: t(`review.rubric.aggregation.${a}`) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="blind"
            label={t('review.rubric.blind')}
            valuePropName="checked"
            extra={t('review.rubric.blindHint')}
          >
            <Switch />
          </Form.Item>
        </Col>
      </Row>
      <Form.List name="criteria">
        {(fields, { add, remove }) => (
          <Flex vertical gap={8}>
            {fields.map((field, index) => (
              <fieldset key={field.key} className="jx-fieldset">
                <legend>{t('review.rubric.criterionN', { n: index + 1 })}</legend>
                <Row gutter={12}>
                  <Col xs={24} sm={9}>
                    <Form.Item name={[field.name, 'nameZh']} label={t('review.rubric.nameZh')} required>
                      <Input maxLength={50} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} sm={9}>
                    <Form.Item name={[field.name, 'nameEn']} label={t('review.rubric.nameEn')} required>
                      <Input maxLength={80} lang="en" />
                    </Form.Item>
                  </Col>
                  <Col xs={12} sm={6}>
                    <Form.Item name={[field.name, 'maxScore']} label={t('review.rubric.maxScore')} required>
                      <InputNumber min={1} max={100} precision={0} style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                  <Col xs={12} sm={9}>
                    <Form.Item
                      name={[field.name, 'code']}
                      label={t('review.rubric.code')}
                      required
                      extra={t('review.rubric.codeHint')}
                    >
                      <Input maxLength={30} spellCheck={false} className="jx-mono" />
                    </Form.Item>
                  </Col>
                  <Col xs={24} sm={15}>
                    <Form.Item name={[field.name, 'guidanceZh']} label={t('review.rubric.guidanceZh')}>
                      <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} />
                    </Form.Item>
                  </Col>
                  <Col span={24}>
                    <Form.Item name={[field.name, 'guidanceEn']} label={t('review.rubric.guidanceEn')}>
                      <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} lang="en" />
                    </Form.Item>
                  </Col>
                </Row>
                <Button
                  icon={<DeleteOutlined />}
                  disabled={fields.length === 1}
                  onClick={() => remove(field.name)}
                  style={{ marginBottom: 12 }}
                >
                  {t('review.rubric.remove', { n: index + 1 })}
                </Button>
              </fieldset>
            ))}
            <Flex gap={12} align="center" wrap>
              <Button icon={<PlusOutlined />} onClick={() => add({ ...emptyCriterion })}>
                {t('review.rubric.add')}
              </Button>
              <Typography.Text>{t('review.rubric.totalNow', { points: total })}</Typography.Text>
            </Flex>
          </Flex>
        )}
      </Form.List>
      {problems.general.length > 0 && (
        <Alert type="error" showIcon title={problems.general.join('；')} style={{ margin: '12px 0' }} />
      )}
      {save.error !== null && (
        <div style={{ margin: '12px 0' }}>
          <ApiErrorAlert error={save.error} />
        </div>
      )}
      <Flex gap={8} style={{ marginTop: 16 }}>
        <Button type="primary" htmlType="submit" loading={save.busy}>
          {t('review.rubric.save')}
        </Button>
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
      </Flex>
    </Form>
  );
}
