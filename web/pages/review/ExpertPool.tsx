import { CopyOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Col,
  Descriptions,
  Flex,
  Form,
  Grid,
  Input,
  Modal,
  Row,
  Select,
  Table,
  type TableProps,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { awardLabels } from '../../../domain/application';
import { expertInput } from '../../../domain/review';
import { addExpert, type Expert, type ExpertCreated } from '../../api/review';
import { useAction } from '../../api/useAction';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { SectionCard } from '../../components/SectionCard';
import { useT } from '../../i18n/LocaleProvider';
import { keepEnterInField } from '../steps/stepGuards';
import { checkPayload } from './formProblems';
import { poolSpecialties } from './reviewBoard';
import { useFormProblems } from './useFormProblems';

/**
 * 专家库: the experts the panels are drawn from, phones masked, each with the login they review with and
 * the panels they sit on; the bureau adds an expert with a new account, whose first password is shown
 * once, here, to be handed to the expert.
 */
export function ExpertPool({ experts, onChanged }: { experts: Expert[]; onChanged: () => void }) {
  const t = useT();
  const [adding, setAdding] = useState(false);
  const [created, setCreated] = useState<ExpertCreated | null>(null);
  return (
    <SectionCard title={t('review.pool.title')} intro={t('review.pool.intro')}>
      <Flex vertical gap={12}>
        <Button
          type="primary"
          icon={<PlusOutlined />}
          style={{ alignSelf: 'flex-start' }}
          onClick={() => setAdding(true)}
          data-testid="pool-add"
        >
          {t('review.pool.add')}
        </Button>
        <PoolTable experts={experts} />
      </Flex>
      {adding && (
        <ExpertForm
          experts={experts}
          onCancel={() => setAdding(false)}
          onCreated={(expert) => {
            setAdding(false);
            setCreated(expert);
            onChanged();
          }}
        />
      )}
      {created && <ExpertAccount expert={created} onClose={() => setCreated(null)} />}
    </SectionCard>
  );
}

interface ExpertValues {
  name?: string;
  username?: string;
  workplace?: string;
  title?: string;
  specialty?: string;
  specialties?: string[];
  mobile?: string;
}

function ExpertForm({
  experts,
  onCancel,
  onCreated,
}: {
  experts: Expert[];
  onCancel: () => void;
  onCreated: (expert: ExpertCreated) => void;
}) {
  const t = useT();
  const [form] = Form.useForm<ExpertValues>();
  const problems = useFormProblems(form);
  const save = useAction(async (values: ExpertValues) => {
    const checked = checkPayload(expertInput, {
      ...values,
      title: values.title?.trim() ? values.title : undefined,
      specialties: values.specialties ?? [],
    });
    if (!checked.ok) {
      problems.show(checked.problems);
      return;
    }
    try {
      onCreated(await addExpert(checked.payload));
    } catch (error) {
      problems.fromError(error);
      throw error;
    }
  });
  const item = (name: keyof ExpertValues, required = true) => ({
    name,
    label: t(`review.pool.form.${name}`),
    required,
  });
  return (
    <Modal
      open
      width={720}
      title={t('review.pool.form.heading')}
      okText={t('review.pool.form.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={save.busy}
      onCancel={onCancel}
      onOk={() => form.submit()}
      okButtonProps={{ 'data-testid': 'pool-form-submit' }}
      destroyOnHidden
    >
      <Form<ExpertValues>
        form={form}
        name="expert"
        layout="vertical"
        onKeyDown={keepEnterInField}
        onValuesChange={problems.onValuesChange}
        onFinish={(values) => void save.run(values)}
        data-testid="pool-form"
      >
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item {...item('name')}>
              <Input maxLength={50} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item {...item('username')} extra={t('review.pool.form.usernameHint')}>
              <Input maxLength={40} autoComplete="off" spellCheck={false} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item {...item('workplace')} extra={t('review.pool.form.workplaceHint')}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item {...item('title', false)}>
              <Input maxLength={50} placeholder={t('review.pool.form.titleHint')} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item {...item('specialty')}>
              <Input maxLength={100} placeholder={t('review.pool.form.specialtyHint')} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item {...item('mobile')}>
              <Input inputMode="tel" maxLength={20} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item {...item('specialties')} extra={t('review.pool.form.specialtiesHint')}>
              <Select
                mode="tags"
                tokenSeparators={[',', '，', '、']}
                options={poolSpecialties(experts).map((s) => ({ value: s, label: s }))}
              />
            </Form.Item>
          </Col>
        </Row>
      </Form>
      {problems.general.length > 0 && (
        <Alert type="error" showIcon title={problems.general.join('；')} style={{ marginBottom: 12 }} />
      )}
      {save.error !== null && <ApiErrorAlert error={save.error} />}
    </Modal>
  );
}

/** The new expert's login, shown once: the first password cannot be read again after this dialog. */
function ExpertAccount({ expert, onClose }: { expert: ExpertCreated; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const copy = async (password: string) => {
    try {
      await navigator.clipboard.writeText(password);
      message.success(t('review.pool.account.copied'));
    } catch {
      message.error(t('review.pool.account.copyFailed'));
    }
  };
  return (
    <Modal
      open
      title={t('review.pool.account.title', { name: expert.name })}
      onCancel={onClose}
      maskClosable={false}
      footer={
        <Button type="primary" onClick={onClose} data-testid="pool-account-close">
          {expert.initialPassword ? t('review.pool.account.done') : t('common.close')}
        </Button>
      }
    >
      <Flex vertical gap={12} data-testid="pool-account">
        <Descriptions
          bordered
          size="small"
          column={1}
          items={[
            {
              key: 'username',
              label: t('review.pool.username'),
              children: <span className="jx-mono">{expert.username}</span>,
            },
            ...(expert.initialPassword
              ? [
                  {
                    key: 'password',
                    label: t('review.pool.account.password'),
                    children: (
                      <Flex gap={8} align="center" wrap>
                        <Typography.Text className="jx-mono" strong data-testid="pool-account-password">
                          {expert.initialPassword}
                        </Typography.Text>
                        <Button
                          size="small"
                          icon={<CopyOutlined />}
                          onClick={() => void copy(expert.initialPassword ?? '')}
                        >
                          {t('review.pool.account.copy')}
                        </Button>
                      </Flex>
                    ),
                  },
                ]
              : []),
          ]}
        />
        {expert.initialPassword ? (
          <Alert type="warning" showIcon title={t('review.pool.account.once')} />
        ) : (
          <Alert type="info" showIcon title={t('review.pool.account.existing')} />
        )}
      </Flex>
    </Modal>
  );
}

/** The pool's list: a column per detail, or on a phone one column with every detail of the expert. */
function PoolTable({ experts }: { experts: Expert[] }) {
  const t = useT();
  const narrow = Grid.useBreakpoint().md !== true;
  type Column = NonNullable<TableProps<Expert>['columns']>[number];
  const nameOf = (e: Expert) => (
    <Flex gap={6} align="center" wrap>
      <span className="jx-name">{e.name}</span>
      {!e.active && <Tag>{t('review.pool.inactive')}</Tag>}
    </Flex>
  );
  const workplaceOf = (e: Expert) => (
    <Flex vertical gap={2}>
      <span>{e.workplace}</span>
      {e.title && <Typography.Text type="secondary">{e.title}</Typography.Text>}
    </Flex>
  );
  const specialtiesOf = (e: Expert) => (
    <Flex wrap gap={4} style={{ maxWidth: 280 }}>
      {e.specialties.map((s) => (
        <Tag key={s}>{s}</Tag>
      ))}
    </Flex>
  );
  const mobileOf = (e: Expert) => <span className="jx-mono">{e.mobileMasked ?? '—'}</span>;
  const usernameOf = (e: Expert) => <span className="jx-mono">{e.username ?? '—'}</span>;
  const panelsOf = (e: Expert) =>
    e.panels.length === 0 ? (
      <Typography.Text type="secondary">{t('review.pool.noPanel')}</Typography.Text>
    ) : (
      <Flex wrap gap={4}>
        {e.panels.map((p) => (
          <Tag key={p.panelId} color={p.status === 'seated' ? 'blue' : 'default'}>
            {t.message(awardLabels[p.award])}
            {p.status === 'declined' && ` · ${t('review.member.status.declined')}`}
          </Tag>
        ))}
      </Flex>
    );
  const wide: Column[] = [
    { key: 'name', title: t('review.pool.name'), render: (_, e) => nameOf(e) },
    { key: 'workplace', title: t('review.pool.workplace'), render: (_, e) => workplaceOf(e) },
    { key: 'specialties', title: t('review.pool.specialties'), render: (_, e) => specialtiesOf(e) },
    { key: 'mobile', title: t('review.pool.mobile'), render: (_, e) => mobileOf(e) },
    { key: 'username', title: t('review.pool.username'), render: (_, e) => usernameOf(e) },
    { key: 'panels', title: t('review.pool.panels'), render: (_, e) => panelsOf(e) },
  ];
  const phone: Column[] = [
    {
      key: 'whole',
      title: t('review.pool.name'),
      render: (_, e) => (
        <Flex vertical gap={4}>
          {nameOf(e)}
          {workplaceOf(e)}
          {specialtiesOf(e)}
          <span>
            {t('review.pool.mobile')}：{mobileOf(e)}
          </span>
          <span>
            {t('review.pool.username')}：{usernameOf(e)}
          </span>
          {panelsOf(e)}
        </Flex>
      ),
    },
  ];
  return (
    <Table<Expert>
      size="small"
      data-testid="pool-list"
      rowKey="id"
      dataSource={experts}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('review.pool.empty') }}
      columns={narrow ? phone : wide}
    />
  );
}
