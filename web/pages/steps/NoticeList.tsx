import { Empty, Flex } from 'antd';
import type { StepLevel } from '../../../domain/workflow';
import type { Notice } from '../../api/steps';
import { useT } from '../../i18n/LocaleProvider';
import { NoticeCard } from './NoticeCard';
import { noticeText } from './stepLevel';

/** The level's notices that still concern its candidates, each with its objections and its closing. */
export function NoticeList({
  level,
  notices,
  onChanged,
}: {
  level: StepLevel;
  notices: Notice[];
  onChanged: () => void;
}) {
  const t = useT();
  return (
    <Flex vertical gap={12} data-testid={`notices-${level}`}>
      {notices.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t(noticeText(level, 'notices.empty'))} />
      ) : (
        notices.map((notice) => <NoticeCard key={notice.id} notice={notice} onChanged={onChanged} />)
      )}
    </Flex>
  );
}
