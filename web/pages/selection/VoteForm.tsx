import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Flex,
  Form,
  Input,
  InputNumber,
  Row,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { recordVote, type Selection, type SelectionItem } from '../../api/selection';
import { useAction } from '../../api/useAction';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useLocale, useT } from '../../i18n/LocaleProvider';
import { DateItem } from '../applications/form/inputs';
import { keepEnterInField, useConfirmMove } from '../steps/stepGuards';

interface VoteValues {
  heldOn?: string;
  voters?: number | null;
  /** Votes per tied candidate, by application id. */
  votes?: Record<string, number | null | undefined>;
  minutes?: string;
}

/**
 * 民主择优: the leadership group's vote on the candidates tied across the award's last place(s) — the day of
 * the meeting, how many voted, each tied candidate's votes and the minutes. The server checks the votes
 * (no more than the voters, no more than each voter's places, a result that decides) and answers the
 * selection with the result; it is confirmed first, naming the candidates, since the minutes stand.
 */
export function VoteForm({
  awardId,
  tied,
  places,
  onRecorded,
}: {
  awardId: string;
  tied: SelectionItem[];
  places: number;
  onRecorded: () => void;
}) {
  const t = useT();
  const { locale } = useLocale();
  const { message } = App.useApp();
  const confirm = useConfirmMove();
  const [form] = Form.useForm<VoteValues>();
  const record = useAction(
    async (values: Required<Pick<VoteValues, 'heldOn' | 'minutes'>> & { voters: number }) => {
      await recordVote({
        awardId,
        heldOn: values.heldOn,
        voters: values.voters,
        votes: tied.map((item) => ({
          applicationId: item.applicationId,
          votes: form.getFieldValue(['votes', item.applicationId]) ?? 0,
        })),
        minutes: values.minutes.trim(),
      });
      message.success(t('selection.vote.recorded'));
      onRecorded();
    },
  );

  const submit = (values: VoteValues) => {
    const { heldOn, voters, minutes } = values;
    if (!heldOn || !voters || !minutes?.trim()) return;
    confirm({
      title: t('selection.vote.confirmTitle'),
      consequence: t('selection.vote.confirm', { voters }),
      names: tied.map((item) =>
        t('selection.vote.nameVotes', { name: item.name, votes: values.votes?.[item.applicationId] ?? 0 }),
      ),
      okText: t('selection.vote.submit'),
      onOk: () => record.run({ heldOn, voters, minutes }),
    });
  };

  return (
    <Card size="small" data-testid="vote-form">
      <Typography.Title level={3} style={{ fontSize: 14, marginTop: 0 }}>
        {t('selection.vote.title')}
      </Typography.Title>
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 12 }}
        title={t('selection.vote.intro', {
          names: new Intl.ListFormat(locale, { type: 'conjunction' }).format(tied.map((item) => item.name)),
          places,
        })}
      />
      <Form<VoteValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        onKeyDown={keepEnterInField}
        initialValues={{ heldOn: dayjs().format('YYYY-MM-DD') }}
      >
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <DateItem name="heldOn" label={t('selection.vote.heldOn')} required />
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="voters"
              label={t('selection.vote.voters')}
              rules={[{ required: true, message: t('selection.vote.votersRequired') }]}
            >
              <InputNumber min={1} max={99} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          {tied.map((item) => (
            <Col xs={24} sm={12} key={item.applicationId}>
              <Form.Item
                name={['votes', item.applicationId]}
                label={t('selection.vote.votesFor', { name: item.name })}
                rules={[{ required: true, message: t('selection.vote.votesRequired') }]}
              >
                <InputNumber min={0} max={99} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          ))}
        </Row>
        <Form.Item
          name="minutes"
          label={t('selection.vote.minutes')}
          rules={[{ required: true, whitespace: true, message: t('selection.vote.minutesRequired') }]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} />
        </Form.Item>
        {record.error !== null && (
          <div style={{ marginBottom: 12 }}>
            <ApiErrorAlert error={record.error} />
          </div>
        )}
        <Button type="primary" htmlType="submit" loading={record.busy}>
          {t('selection.vote.submit')}
        </Button>
      </Form>
    </Card>
  );
}

/** The vote recorded on the ranking as it stands: when, how many voted, each candidate's votes, the minutes. */
export function VoteRecord({
  vote,
  items,
}: {
  vote: NonNullable<Selection['vote']>;
  items: SelectionItem[];
}) {
  const t = useT();
  const nameOf = (id: string) => items.find((i) => i.applicationId === id)?.name ?? id;
  return (
    <Card size="small" data-testid="vote-record">
      <Typography.Title level={3} style={{ fontSize: 14, marginTop: 0 }}>
        {t('selection.vote.recordTitle')}
      </Typography.Title>
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2 }}
        items={[
          { key: 'heldOn', label: t('selection.vote.heldOn'), children: vote.heldOn },
          { key: 'voters', label: t('selection.vote.voters'), children: vote.voters },
          {
            key: 'votes',
            label: t('selection.vote.result'),
            span: 2,
            children: (
              <Flex vertical gap={0}>
                {vote.votes.map((v) => (
                  <span key={v.applicationId}>
                    {t('selection.vote.nameVotes', { name: nameOf(v.applicationId), votes: v.votes })}
                  </span>
                ))}
              </Flex>
            ),
          },
          { key: 'minutes', label: t('selection.vote.minutes'), span: 2, children: vote.minutes },
        ]}
      />
    </Card>
  );
}
