import { CheckCircleOutlined, WarningOutlined } from '@ant-design/icons';
import { Alert, App, Button, Descriptions, Flex, Popconfirm, Typography } from 'antd';
import dayjs from 'dayjs';
import { commitDraw, type Expert, type Panel, runDraw } from '../../api/review';
import { useAction } from '../../api/useAction';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useT } from '../../i18n/LocaleProvider';
import { checkDraw, panelFigures } from './reviewBoard';

const when = (at: string) => dayjs(at).format('YYYY-MM-DD HH:mm');

/**
 * 随机抽取 with its commitment: first the server fixes a random seed and publishes its SM3 hash (so the
 * seed cannot be chosen after seeing the pool), then draws and reveals the seed; the page recomputes the
 * order from the seed and the recorded pool with the same function and says whether it agrees.
 */
export function PanelDrawRecord({
  panel,
  experts,
  closed,
  onChanged,
}: {
  panel: Panel;
  experts: Expert[];
  /** The panel's review is over: its record is shown, no draw started. */
  closed: boolean;
  onChanged: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const { open } = panelFigures(panel);
  const commit = useAction(async () => {
    await commitDraw(panel.id);
    onChanged();
  });
  const draw = useAction(async () => {
    const { short } = await runDraw(panel.id);
    if (short > 0) message.warning(t('review.draw.short', { count: short }));
    else message.success(t('review.draw.done'));
    onChanged();
  });
  const record = panel.draw;
  const nameOf = (id: string) => experts.find((e) => e.id === id)?.name ?? id.slice(0, 8);

  if (!record && closed)
    return (
      <Typography.Text type="secondary" data-testid="draw-none">
        {t('review.draw.notDrawn')}
      </Typography.Text>
    );
  if (!record) {
    return (
      <Flex vertical gap={8} data-testid="draw-none">
        <Typography.Paragraph style={{ margin: 0 }}>{t('review.draw.how')}</Typography.Paragraph>
        {open > 0 ? (
          <Popconfirm
            title={t('review.draw.commitConfirm')}
            okText={t('review.draw.commit')}
            cancelText={t('common.cancel')}
            onConfirm={() => commit.run()}
          >
            <Button loading={commit.busy} style={{ alignSelf: 'flex-start' }} data-testid="draw-commit">
              {t('review.draw.commit')}
            </Button>
          </Popconfirm>
        ) : (
          <Typography.Text type="secondary">{t('review.draw.full')}</Typography.Text>
        )}
        {commit.error !== null && <ApiErrorAlert error={commit.error} />}
      </Flex>
    );
  }

  const check = checkDraw(record);
  return (
    <Flex vertical gap={8} data-testid="draw-record">
      <Typography.Paragraph style={{ margin: 0 }}>{t('review.draw.recompute')}</Typography.Paragraph>
      <Descriptions
        bordered
        size="small"
        column={1}
        items={[
          {
            key: 'hash',
            label: t('review.draw.seedHash'),
            children: (
              <Typography.Text className="jx-mono" copyable style={{ wordBreak: 'break-all' }}>
                {record.seedHash}
              </Typography.Text>
            ),
          },
          { key: 'committed', label: t('review.draw.committedAt'), children: when(record.committedAt) },
          {
            key: 'pool',
            label: t('review.draw.pool'),
            children: t('review.draw.poolText', {
              pool: record.pool.length,
              conflicted: record.conflicted.length,
              seats: record.seats,
            }),
          },
          ...(record.seed
            ? [
                {
                  key: 'seed',
                  label: t('review.draw.seed'),
                  children: (
                    <Typography.Text className="jx-mono" copyable style={{ wordBreak: 'break-all' }}>
                      {record.seed}
                    </Typography.Text>
                  ),
                },
                {
                  key: 'drawn',
                  label: t('review.draw.drawnAt'),
                  children: record.drawnAt ? when(record.drawnAt) : '—',
                },
                {
                  key: 'order',
                  label: t('review.draw.order'),
                  children: (
                    <ol style={{ margin: 0, paddingInlineStart: 20 }}>
                      {(record.order ?? []).map((id) => (
                        <li key={id}>{nameOf(id)}</li>
                      ))}
                    </ol>
                  ),
                },
              ]
            : []),
        ]}
      />
      {check.state === 'verified' && (
        <Alert
          type="success"
          showIcon
          icon={<CheckCircleOutlined />}
          title={t('review.draw.verified')}
          data-testid="draw-verified"
        />
      )}
      {check.state === 'mismatch' && (
        <Alert type="error" showIcon icon={<WarningOutlined />} title={t('review.draw.mismatch')} />
      )}
      {check.state === 'committed' && !closed && (
        <>
          <Alert type="info" showIcon title={t('review.draw.committed')} />
          <Popconfirm
            title={t('review.draw.runConfirm')}
            okText={t('review.draw.run')}
            cancelText={t('common.cancel')}
            onConfirm={() => draw.run()}
          >
            <Button
              type="primary"
              loading={draw.busy}
              style={{ alignSelf: 'flex-start' }}
              data-testid="draw-run"
            >
              {t('review.draw.run')}
            </Button>
          </Popconfirm>
        </>
      )}
      {draw.error !== null && <ApiErrorAlert error={draw.error} />}
    </Flex>
  );
}
