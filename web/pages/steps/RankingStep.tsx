import { ArrowDownOutlined, ArrowUpOutlined, HolderOutlined } from '@ant-design/icons';
import { App, Button, Empty, Flex, Tag, Typography } from 'antd';
import { useState } from 'react';
import { awardLabels } from '../../../domain/application';
import type { AwardCode } from '../../../domain/roles';
import type { ApplicationSummary } from '../../api/applications';
import { saveRanking } from '../../api/steps';
import { useAction } from '../../api/useAction';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useT } from '../../i18n/LocaleProvider';
import { type PageLevel, rankAt } from './stepLevel';

function initialOrder(level: PageLevel, applications: ApplicationSummary[]): ApplicationSummary[] {
  return [...applications].sort(
    (a, b) =>
      (rankAt(level, a) ?? Number.MAX_SAFE_INTEGER) - (rankAt(level, b) ?? Number.MAX_SAFE_INTEGER) ||
      a.name.localeCompare(b.name, 'zh-CN'),
  );
}

function moved<T>(list: T[], from: number, to: number): T[] {
  const next = [...list];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}

/**
 * 排序: the award's candidates whose notice at `level` ended without objection, in the order the level
 * recommends them. Reordered by dragging a row (mouse or touch-pad) or with the move buttons (keyboard).
 */
export function RankingList({
  level,
  award,
  applications,
  onSaved,
}: {
  level: PageLevel;
  award: AwardCode;
  applications: ApplicationSummary[];
  onSaved: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [order, setOrder] = useState(() => initialOrder(level, applications));
  const [dragging, setDragging] = useState<number | null>(null);
  const saved = order.every((application, index) => rankAt(level, application) === index + 1);

  const move = (from: number, to: number) => {
    if (to < 0 || to >= order.length) return;
    setOrder((current) => moved(current, from, to));
  };

  const save = useAction(async () => {
    await saveRanking(level, { award, applicationIds: order.map((a) => a.id) });
    message.success(t('steps.ranking.saved'));
    onSaved();
  });

  return (
    <Flex vertical gap={8} data-testid={`ranking-${award}`}>
      <Typography.Title level={3} style={{ fontSize: 15, margin: 0 }}>
        {t.message(awardLabels[award])}
      </Typography.Title>
      <ol className="jx-ranking" aria-label={t.message(awardLabels[award])}>
        {order.map((application, index) => (
          <li
            key={application.id}
            draggable
            className={dragging === index ? 'jx-ranking-row is-dragging' : 'jx-ranking-row'}
            onDragStart={(event) => {
              setDragging(index);
              event.dataTransfer.effectAllowed = 'move';
              event.dataTransfer.setData('text/plain', application.id);
            }}
            onDragOver={(event) => {
              event.preventDefault();
              if (dragging !== null && dragging !== index) {
                move(dragging, index);
                setDragging(index);
              }
            }}
            onDragEnd={() => setDragging(null)}
            onDrop={(event) => event.preventDefault()}
          >
            <HolderOutlined
              aria-label={t('steps.ranking.drag', { name: application.name })}
              className="jx-drag-handle"
            />
            <Tag color="blue" style={{ minWidth: 56, textAlign: 'center' }}>
              {t('steps.ranking.rank', { rank: index + 1 })}
            </Tag>
            <Typography.Text strong style={{ flex: 1, minWidth: 0 }} ellipsis>
              {application.name}
            </Typography.Text>
            <Button
              size="small"
              icon={<ArrowUpOutlined />}
              aria-label={t('steps.ranking.up', { name: application.name })}
              disabled={index === 0}
              onClick={() => move(index, index - 1)}
            />
            <Button
              size="small"
              icon={<ArrowDownOutlined />}
              aria-label={t('steps.ranking.down', { name: application.name })}
              disabled={index === order.length - 1}
              onClick={() => move(index, index + 1)}
            />
          </li>
        ))}
      </ol>
      <Flex gap={8} align="center" wrap>
        <Button
          type="primary"
          loading={save.busy}
          onClick={() => void save.run()}
          data-testid={`ranking-save-${award}`}
        >
          {t('steps.ranking.save')}
        </Button>
        {!saved && <Typography.Text type="warning">{t('steps.ranking.unsaved')}</Typography.Text>}
      </Flex>
      {save.error !== null && <ApiErrorAlert error={save.error} />}
    </Flex>
  );
}

export function RankingStep({
  level,
  applications,
  onSaved,
}: {
  level: PageLevel;
  applications: ApplicationSummary[];
  onSaved: () => void;
}) {
  const t = useT();
  const awards = [...new Set(applications.map((a) => a.award))];
  if (awards.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('steps.ranking.empty')} />;
  return (
    <Flex vertical gap={16}>
      {awards.map((award) => {
        const ofAward = applications.filter((a) => a.award === award);
        return (
          <RankingList
            key={`${award}:${ofAward.map((a) => `${a.id}=${rankAt(level, a)}`).join(',')}`}
            level={level}
            award={award}
            applications={ofAward}
            onSaved={onSaved}
          />
        );
      })}
    </Flex>
  );
}
