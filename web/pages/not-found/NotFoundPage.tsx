import { Button, Flex, Result } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useT } from '../../i18n/LocaleProvider';

export function NotFoundPage() {
  const t = useT();
  const navigate = useNavigate();
  useDocumentTitle(t('notFound.pageTitle'));
  return (
    <Flex align="center" justify="center" style={{ minHeight: '100vh', padding: 16 }}>
      <main>
        <Result
          status="404"
          title={
            <h1 style={{ margin: 0, fontSize: 'inherit', fontWeight: 'inherit' }}>{t('notFound.heading')}</h1>
          }
          subTitle={t('notFound.description')}
          extra={
            <Button type="primary" onClick={() => navigate('/')}>
              {t('notFound.backHome')}
            </Button>
          }
        />
      </main>
    </Flex>
  );
}
