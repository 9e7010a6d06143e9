import {
  App,
  Button,
  Descriptions,
  Flex,
  Form,
  Grid,
  Select,
  Table,
  type TableProps,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { declineInput } from '../../../domain/review';
import { declineSeat, type Expert, type Panel, type PanelMember, seatExpert } from '../../api/review';
import { useAction } from '../../api/useAction';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useT } from '../../i18n/LocaleProvider';
import { PanelDrawRecord } from './PanelDrawRecord';
import { ReasonDialog } from './ReasonDialog';
import { panelFigures, seatableExperts } from './reviewBoard';

const sourceColours = { draw: 'blue', replacement: 'geekblue', manual: 'gold' } as const;

/**
 * 评审组: one award's panel — its seats and the specialties it asks for, its members (chair first; how each
 * came on: drawn, replacement from the draw's order, or the bureau's choice), the draw's record, a manual
 * seat while seats are open, and an expert's declining, which seats the next one of the draw.
 */
export function PanelCard({
  panel,
  experts,
  onChanged,
}: {
  panel: Panel;
  experts: Expert[];
  onChanged: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const figures = panelFigures(panel);
  const narrow = Grid.useBreakpoint().md !== true;
  // a panel whose review is over keeps its record; nobody joins or leaves it any more
  const closed = panel.status === 'closed';
  const [declining, setDeclining] = useState<PanelMember | null>(null);
  const decline = useAction(async (member: PanelMember, reason: string) => {
    const { replacement } = await declineSeat(panel.id, member.expertId, { reason });
    const next = replacement ? experts.find((e) => e.id === replacement)?.name : null;
    message.info(next ? t('review.member.replaced', { name: next }) : t('review.member.notReplaced'));
    setDeclining(null);
    onChanged();
  });

  const nameOf = (m: PanelMember) => (
    <Flex gap={6} align="center" wrap>
      <span className="jx-name">{m.name}</span>
      {m.role === 'chair' && <Tag color="red">{t('review.member.role.chair')}</Tag>}
    </Flex>
  );
  const workplaceOf = (m: PanelMember) => (
    <Flex vertical gap={2}>
      <span>{m.workplace}</span>
      {m.title && <Typography.Text type="secondary">{m.title}</Typography.Text>}
    </Flex>
  );
  const sourceOf = (m: PanelMember) => (
    <Tag color={sourceColours[m.source]}>{t(`review.member.source.${m.source}`)}</Tag>
  );
  const statusOf = (m: PanelMember) =>
    m.status === 'seated' ? (
      <Tag color="green">{t('review.member.status.seated')}</Tag>
    ) : (
      <Flex vertical gap={2}>
        <Tag style={{ alignSelf: 'flex-start' }}>{t('review.member.status.declined')}</Tag>
        {m.declineReason && <Typography.Text type="secondary">{m.declineReason}</Typography.Text>}
      </Flex>
    );
  const progressOf = (m: PanelMember) =>
    m.status === 'seated'
      ? t('review.member.progressText', { submitted: m.submitted, expected: m.expected })
      : '—';
  type Column = NonNullable<TableProps<PanelMember>['columns']>[number];
  const name: Column = { key: 'name', title: t('review.member.name'), render: (_, m) => nameOf(m) };
  const workplace: Column = {
    key: 'workplace',
    title: t('review.pool.workplace'),
    render: (_, m) => workplaceOf(m),
  };
  const source: Column = { key: 'source', title: t('review.member.source'), render: (_, m) => sourceOf(m) };
  const status: Column = { key: 'status', title: t('review.member.status'), render: (_, m) => statusOf(m) };
  const progress: Column = {
    key: 'progress',
    title: t('review.member.progress'),
    render: (_, m) => progressOf(m),
  };
  const actions: Column = {
    key: 'actions',
    title: t('review.member.actions'),
    render: (_, m) =>
      m.status === 'seated' && !closed ? (
        <Button size="small" onClick={() => setDeclining(m)}>
          {t('review.member.decline')}
        </Button>
      ) : null,
  };
  // a phone: one column says it all, beside the action
  const whole: Column = {
    key: 'whole',
    title: t('review.member.name'),
    render: (_, m) => (
      <Flex vertical gap={4}>
        {nameOf(m)}
        {workplaceOf(m)}
        <Flex gap={4} wrap>
          {sourceOf(m)}
          {statusOf(m)}
        </Flex>
        {m.status === 'seated' && <span>{progressOf(m)}</span>}
      </Flex>
    ),
  };

  return (
    <Flex vertical gap={16} data-testid={`panel-${panel.award}`}>
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, md: 3 }}
        items={[
          {
            key: 'seats',
            label: t('review.panel.seats'),
            children: t('review.panel.seatsText', { seated: figures.seated, seats: panel.seats }),
          },
          { key: 'candidates', label: t('review.panel.candidates'), children: panel.candidates },
          {
            key: 'specialties',
            label: t('review.panel.specialties'),
            children:
              panel.specialties.length === 0 ? t('review.panel.anySpecialty') : panel.specialties.join('、'),
          },
        ]}
      />
      <Table<PanelMember>
        size="small"
        rowKey="expertId"
        data-testid="panel-members"
        dataSource={panel.members}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('review.panel.noMembers') }}
        columns={narrow ? [whole, actions] : [name, workplace, source, status, progress, actions]}
      />
      {figures.open > 0 && !closed && (
        <SeatForm panel={panel} experts={experts} open={figures.open} onSeated={onChanged} />
      )}
      <div>
        <Typography.Title level={3} style={{ fontSize: 15 }}>
          {t('review.draw.title')}
        </Typography.Title>
        <PanelDrawRecord panel={panel} experts={experts} closed={closed} onChanged={onChanged} />
      </div>
      {declining && (
        <ReasonDialog
          title={t('review.member.declineTitle', { name: declining.name })}
          consequence={
            panel.draw?.status === 'drawn'
              ? t('review.member.declineDrawn')
              : t('review.member.declineManual')
          }
          label={t('review.member.declineReason')}
          okText={t('review.member.decline')}
          danger
          schema={declineInput.shape.reason}
          busy={decline.busy}
          error={decline.error}
          onCancel={() => setDeclining(null)}
          onConfirm={(reason) => void decline.run(declining, reason)}
        />
      )}
    </Flex>
  );
}

/** 指定专家: the bureau seats an expert of the pool by its own choice, recorded as manual. */
function SeatForm({
  panel,
  experts,
  open,
  onSeated,
}: {
  panel: Panel;
  experts: Expert[];
  open: number;
  onSeated: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<{ expertId?: string; role: 'member' | 'chair' }>();
  const candidates = seatableExperts(experts, panel);
  const seat = useAction(async (values: { expertId?: string; role: 'member' | 'chair' }) => {
    if (!values.expertId) return;
    await seatExpert(panel.id, { expertId: values.expertId, role: values.role });
    form.resetFields();
    onSeated();
  });
  const idPrefix = `seat-${panel.id}`;
  return (
    <Flex vertical gap={8}>
      <Typography.Text>{t('review.seat.intro', { count: open })}</Typography.Text>
      <Form
        form={form}
        layout="inline"
        initialValues={{ role: 'member' }}
        onFinish={(values) => void seat.run(values)}
        style={{ rowGap: 8 }}
      >
        <Form.Item name="expertId" label={t('review.seat.expert')} htmlFor={`${idPrefix}-expert`}>
          <Select
            id={`${idPrefix}-expert`}
            showSearch={{ optionFilterProp: 'label' }}
            style={{ minWidth: 220 }}
            placeholder={t('review.seat.pick')}
            options={candidates.map((e) => ({ value: e.id, label: `${e.name}（${e.workplace}）` }))}
            notFoundContent={t('review.seat.none')}
          />
        </Form.Item>
        <Form.Item name="role" label={t('review.seat.role')} htmlFor={`${idPrefix}-role`}>
          <Select
            id={`${idPrefix}-role`}
            style={{ minWidth: 100 }}
            options={[
              { value: 'member', label: t('review.member.role.member') },
              { value: 'chair', label: t('review.member.role.chair') },
            ]}
          />
        </Form.Item>
        <Form.Item>
          <Button htmlType="submit" loading={seat.busy}>
            {t('review.seat.submit')}
          </Button>
        </Form.Item>
      </Form>
      <Typography.Text type="secondary">{t('review.seat.manualNote')}</Typography.Text>
      {seat.error !== null && <ApiErrorAlert error={seat.error} />}
    </Flex>
  );
}
