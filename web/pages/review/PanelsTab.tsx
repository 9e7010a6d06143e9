import { Alert, Button, Col, Flex, Form, Input, InputNumber, Row, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { MAX_PANEL_SEATS, MIN_PANEL_SEATS, panelInput } from '../../../domain/review';
import { createPanel, type Expert } from '../../api/review';
import { useAction } from '../../api/useAction';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { SectionCard } from '../../components/SectionCard';
import { useT } from '../../i18n/LocaleProvider';
import { keepEnterInField } from '../steps/stepGuards';
import { checkPayload } from './formProblems';
import { PanelCard } from './PanelCard';
import { poolSpecialties, type ReviewAward } from './reviewBoard';
import { useFormProblems } from './useFormProblems';

const statusColours = { open: 'blue', scoring: 'processing', closed: 'default' } as const;

/** 评审组与抽取: each award's panel, or the form that forms it. */
export function PanelsTab({
  awards,
  experts,
  editionNumber,
  onChanged,
}: {
  awards: ReviewAward[];
  experts: Expert[];
  editionNumber: number;
  onChanged: () => void;
}) {
  const t = useT();
  return (
    <Flex vertical gap={16}>
      {awards.map((award) => (
        <SectionCard
          key={award.code}
          title={award.panel?.name ?? t('review.panel.none', { award: t.message(award.name) })}
        >
          {award.panel ? (
            <Flex vertical gap={8}>
              <Flex gap={8} wrap>
                <Tag>{t.message(award.name)}</Tag>
                <Tag color={statusColours[award.panel.status]}>
                  {t(`review.panel.status.${award.panel.status}`)}
                </Tag>
              </Flex>
              <PanelCard panel={award.panel} experts={experts} onChanged={onChanged} />
            </Flex>
          ) : award.awardId ? (
            <CreatePanelForm
              awardId={award.awardId}
              defaultName={t('review.panel.defaultName', {
                number: editionNumber,
                award: t.message(award.name),
              })}
              experts={experts}
              onCreated={onChanged}
            />
          ) : (
            <Typography.Text type="secondary" data-testid={`panel-none-${award.code}`}>
              {t('review.panel.notFormed')}
            </Typography.Text>
          )}
        </SectionCard>
      ))}
    </Flex>
  );
}

interface PanelValues {
  name?: string;
  seats?: number;
  specialties?: string[];
}

/** 组建评审组: the panel's name, its seats and the specialties the draw asks for (none: any). */
function CreatePanelForm({
  awardId,
  defaultName,
  experts,
  onCreated,
}: {
  awardId: string;
  defaultName: string;
  experts: Expert[];
  onCreated: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<PanelValues>();
  const [open, setOpen] = useState(false);
  const problems = useFormProblems(form);
  const create = useAction(async (values: PanelValues) => {
    const checked = checkPayload(panelInput, { awardId, ...values, specialties: values.specialties ?? [] });
    if (!checked.ok) {
      problems.show(checked.problems);
      return;
    }
    try {
      await createPanel(checked.payload);
    } catch (error) {
      problems.fromError(error);
      throw error;
    }
    onCreated();
  });
  if (!open)
    return (
      <Flex vertical gap={8} align="flex-start">
        <Typography.Text>{t('review.panel.notFormed')}</Typography.Text>
        <Button type="primary" onClick={() => setOpen(true)}>
          {t('review.panel.create')}
        </Button>
      </Flex>
    );
  return (
    <Form<PanelValues>
      form={form}
      name={`panel-${awardId}`}
      layout="vertical"
      initialValues={{ name: defaultName, seats: 5, specialties: [] }}
      onKeyDown={keepEnterInField}
      onValuesChange={problems.onValuesChange}
      onFinish={(values) => void create.run(values)}
    >
      <Row gutter={16}>
        <Col xs={24} sm={16}>
          <Form.Item name="name" label={t('review.panel.name')} required>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={8}>
          <Form.Item
            name="seats"
            label={t('review.panel.seats')}
            required
            extra={t('review.panel.seatsHint', { min: MIN_PANEL_SEATS, max: MAX_PANEL_SEATS })}
          >
            <InputNumber
              min={MIN_PANEL_SEATS}
              max={MAX_PANEL_SEATS}
              precision={0}
              style={{ width: '100%' }}
            />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item
            name="specialties"
            label={t('review.panel.specialties')}
            extra={t('review.panel.specialtiesHint')}
          >
            <Select
              mode="tags"
              tokenSeparators={[',', '，', '、']}
              options={poolSpecialties(experts).map((s) => ({ value: s, label: s }))}
            />
          </Form.Item>
        </Col>
      </Row>
      {problems.general.length > 0 && (
        <Alert type="error" showIcon title={problems.general.join('；')} style={{ marginBottom: 12 }} />
      )}
      {create.error !== null && (
        <div style={{ marginBottom: 12 }}>
          <ApiErrorAlert error={create.error} />
        </div>
      )}
      <Flex gap={8}>
        <Button type="primary" htmlType="submit" loading={create.busy}>
          {t('review.panel.createSubmit')}
        </Button>
        <Button onClick={() => setOpen(false)}>{t('common.cancel')}</Button>
      </Flex>
    </Form>
  );
}
