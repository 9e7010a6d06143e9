import {
  App,
  Button,
  Col,
  Flex,
  Form,
  Grid,
  Input,
  Row,
  Select,
  Table,
  type TableProps,
  Tag,
  Typography,
} from 'antd';
import { type ReactNode, useState } from 'react';
import { conflictInput, conflictVetInput, declaredConflictReasons } from '../../../domain/review';
import { type ApplicationSummary, listAllApplications } from '../../api/applications';
import { type Conflict, type ConflictVet, type Expert, recordConflict, vetConflict } from '../../api/review';
import { useAction } from '../../api/useAction';
import { useApiResource } from '../../api/useApiResource';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { SectionCard } from '../../components/SectionCard';
import { useT } from '../../i18n/LocaleProvider';
import { keepEnterInField } from '../steps/stepGuards';
import { checkPayload } from './formProblems';
import { ReasonDialog } from './ReasonDialog';
import { vetChoices } from './reviewBoard';
import { useFormProblems } from './useFormProblems';

type Decision = ConflictVet['decision'];
type Column = NonNullable<TableProps<Conflict>['columns']>[number];

/** The candidates the panels score or will: accepted by the bureau, or in the review. */
async function candidatesToScore(signal: AbortSignal): Promise<ApplicationSummary[]> {
  const [accepted, inReview] = await Promise.all([
    listAllApplications({ status: 'accepted' }, signal),
    listAllApplications({ status: 'in_review' }, signal),
  ]);
  return [...inReview, ...accepted];
}

/**
 * 回避: the conflicts of the review — found by the server (the expert works at the candidate's employer or
 * recommender), declared by an expert, or recorded by the bureau — with their vetting. A conflict in force
 * keeps the expert from seeing and scoring the candidate.
 */
export function ConflictsTab({
  conflicts,
  experts,
  onChanged,
}: {
  conflicts: Conflict[];
  experts: Expert[];
  onChanged: () => void;
}) {
  const t = useT();
  const narrow = Grid.useBreakpoint().md !== true;
  const [vetting, setVetting] = useState<{ conflict: Conflict; decision: Decision } | null>(null);
  const vet = useAction(async (conflict: Conflict, decision: Decision, note: string) => {
    if (!conflict.id) return;
    await vetConflict(conflict.id, { decision, note });
    setVetting(null);
    onChanged();
  });
  // the declarations still to vet first
  const listed = [...conflicts].sort((a, b) => Number(a.vetted) - Number(b.vetted));
  const actionText = (c: Conflict, d: Decision) => t(`review.conflict.vet.${d}${c.vetted ? 'Again' : ''}`);

  const columns: Column[] = [
    {
      key: 'expert',
      title: t('review.conflict.expert'),
      render: (_, c) => <span className="jx-name">{c.expertName}</span>,
    },
    {
      key: 'candidate',
      title: t('review.conflict.candidate'),
      render: (_, c) => <span className="jx-name">{c.candidateName}</span>,
    },
    {
      key: 'reason',
      title: t('review.conflict.reason'),
      render: (_, c) => (
        <Flex vertical gap={2} style={{ maxWidth: 260 }}>
          <span>{t(`review.conflict.reason.${c.reason}`)}</span>
          {c.note && <Typography.Text type="secondary">{c.note}</Typography.Text>}
        </Flex>
      ),
    },
    {
      key: 'source',
      title: t('review.conflict.source'),
      render: (_, c) => t(`review.conflict.source.${c.source}`),
    },
    {
      key: 'status',
      title: t('review.conflict.status'),
      render: (_, c) => (
        <Flex vertical gap={2} style={{ maxWidth: 260 }}>
          <ConflictStatus conflict={c} />
          {c.vetNote && (
            <Typography.Text type="secondary">
              {t('review.conflict.vetNoteText', { note: c.vetNote })}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      key: 'actions',
      title: t('review.conflict.actions'),
      render: (_, c) => {
        const choices = vetChoices(c);
        if (choices.length === 0)
          return <Typography.Text type="secondary">{t('review.conflict.foundNote')}</Typography.Text>;
        return (
          <Flex gap={6} wrap>
            {choices.map((d) => (
              <Button
                key={d}
                size="small"
                danger={d === 'dismiss'}
                onClick={() => setVetting({ conflict: c, decision: d })}
              >
                {actionText(c, d)}
              </Button>
            ))}
          </Flex>
        );
      },
    },
  ];
  const cell = (key: string, c: Conflict, index: number) =>
    columns.find((column) => column.key === key)?.render?.(null, c, index);
  // a phone: every detail of the conflict in one column
  const whole: Column = {
    key: 'whole',
    title: t('review.conflict.title'),
    render: (_, c, index) => (
      <Flex vertical gap={4}>
        <Typography.Text strong>
          {c.expertName} — {c.candidateName}
        </Typography.Text>
        {cell('reason', c, index) as ReactNode}
        <Typography.Text type="secondary">{t(`review.conflict.source.${c.source}`)}</Typography.Text>
        {cell('status', c, index) as ReactNode}
        {cell('actions', c, index) as ReactNode}
      </Flex>
    ),
  };

  return (
    <SectionCard title={t('review.conflict.title')} intro={t('review.conflict.intro')}>
      <Flex vertical gap={16}>
        <ConflictForm experts={experts} onRecorded={onChanged} />
        <Table<Conflict>
          size="small"
          data-testid="conflict-list"
          rowKey={(c) => c.id ?? `found:${c.expertId}:${c.applicationId}`}
          dataSource={listed}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('review.conflict.empty') }}
          columns={narrow ? [whole] : columns}
        />
      </Flex>
      {vetting && (
        <ReasonDialog
          title={t('review.conflict.vetTitle', {
            action: actionText(vetting.conflict, vetting.decision),
            expert: vetting.conflict.expertName,
            candidate: vetting.conflict.candidateName,
          })}
          consequence={t(`review.conflict.vetConsequence.${vetting.decision}`, {
            expert: vetting.conflict.expertName,
            candidate: vetting.conflict.candidateName,
          })}
          label={t('review.conflict.vetNote')}
          okText={actionText(vetting.conflict, vetting.decision)}
          danger={vetting.decision === 'dismiss'}
          schema={conflictVetInput.shape.note}
          busy={vet.busy}
          error={vet.error}
          onCancel={() => setVetting(null)}
          onConfirm={(note) => void vet.run(vetting.conflict, vetting.decision, note)}
        />
      )}
    </SectionCard>
  );
}

function ConflictStatus({ conflict }: { conflict: Conflict }) {
  const t = useT();
  if (conflict.status === 'dismissed')
    return <Tag style={{ alignSelf: 'flex-start' }}>{t('review.conflict.status.dismissed')}</Tag>;
  if (!conflict.vetted)
    return (
      <Tag color="orange" style={{ alignSelf: 'flex-start' }}>
        {t('review.conflict.status.pending')}
      </Tag>
    );
  return (
    <Tag color="red" style={{ alignSelf: 'flex-start' }}>
      {t('review.conflict.status.active')}
    </Tag>
  );
}

interface ConflictValues {
  expertId?: string;
  applicationId?: string;
  reason?: (typeof declaredConflictReasons)[number];
  note?: string;
}

/** 登记回避: the bureau records a relation of an expert with a candidate; it holds at once. */
function ConflictForm({ experts, onRecorded }: { experts: Expert[]; onRecorded: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<ConflictValues>();
  const problems = useFormProblems(form);
  // read once the form opens: the list names the candidates
  const [candidates] = useApiResource(
    (signal) => (open ? candidatesToScore(signal) : Promise.resolve([])),
    [open],
  );
  const record = useAction(async (values: ConflictValues) => {
    const checked = checkPayload(conflictInput, { ...values, note: values.note ?? '' });
    if (!checked.ok) {
      problems.show(checked.problems);
      return;
    }
    try {
      await recordConflict(checked.payload);
    } catch (error) {
      problems.fromError(error);
      throw error;
    }
    message.success(t('review.conflict.recorded'));
    form.resetFields();
    setOpen(false);
    onRecorded();
  });

  if (!open)
    return (
      <Button onClick={() => setOpen(true)} style={{ alignSelf: 'flex-start' }} data-testid="conflict-add">
        {t('review.conflict.add')}
      </Button>
    );
  const people = candidates.status === 'loaded' ? candidates.data : [];
  return (
    <Form<ConflictValues>
      form={form}
      name="conflict"
      layout="vertical"
      onKeyDown={keepEnterInField}
      onValuesChange={problems.onValuesChange}
      onFinish={(values) => void record.run(values)}
      data-testid="conflict-form"
      style={{ border: '1px solid #f0f0f0', borderRadius: 6, padding: '12px 12px 0' }}
    >
      <Row gutter={16}>
        <Col xs={24} sm={12} md={8}>
          <Form.Item name="expertId" label={t('review.conflict.expert')} required>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t('review.conflict.pickExpert')}
              options={experts.map((e) => ({ value: e.id, label: `${e.name}（${e.workplace}）` }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} md={8}>
          <Form.Item name="applicationId" label={t('review.conflict.candidate')} required>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              loading={candidates.status === 'loading'}
              placeholder={t('review.conflict.pickCandidate')}
              notFoundContent={t('review.conflict.noCandidates')}
              options={people.map((a) => ({
                value: a.id,
                label: `${a.name}（${t.message(a.employer.name)}）`,
              }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} md={8}>
          <Form.Item name="reason" label={t('review.conflict.reason')} required>
            <Select
              placeholder={t('review.conflict.pickReason')}
              options={declaredConflictReasons.map((r) => ({
                value: r,
                label: t(`review.conflict.reason.${r}`),
              }))}
            />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="note" label={t('review.conflict.note')} extra={t('review.conflict.noteHint')}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={500} />
          </Form.Item>
        </Col>
      </Row>
      {candidates.status === 'failed' && (
        <div style={{ marginBottom: 12 }}>
          <ApiErrorAlert error={candidates.error} title={t('review.conflict.candidatesFailed')} />
        </div>
      )}
      {problems.general.length > 0 && (
        <Typography.Paragraph type="danger">{problems.general.join('；')}</Typography.Paragraph>
      )}
      {record.error !== null && (
        <div style={{ marginBottom: 12 }}>
          <ApiErrorAlert error={record.error} />
        </div>
      )}
      <Flex gap={8} style={{ marginBottom: 12 }}>
        <Button type="primary" htmlType="submit" loading={record.busy} data-testid="conflict-submit">
          {t('review.conflict.submit')}
        </Button>
        <Button onClick={() => setOpen(false)}>{t('common.cancel')}</Button>
      </Flex>
    </Form>
  );
}
