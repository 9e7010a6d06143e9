import { Flex, Spin } from 'antd';
import { useT } from '../i18n/LocaleProvider';

export function FullPageSpin() {
  const t = useT();
  return (
    <Flex align="center" justify="center" style={{ minHeight: '100vh' }}>
      <Spin size="large" description={t('common.loading')} />
    </Flex>
  );
}
