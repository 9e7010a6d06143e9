import { Card, Descriptions, type DescriptionsProps, Flex, Tag, Typography } from 'antd';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useT } from '../../i18n/LocaleProvider';
import { useSignedInSession } from '../../session/SessionProvider';
import { TodoList } from './TodoList';

/** Signed-in landing page: who you are acting as, and what is waiting for you. */
export function HomePage() {
  const t = useT();
  const session = useSignedInSession();
  useDocumentTitle(t('home.pageTitle'));

  const otherMemberships = session.memberships.filter(
    (m) => m.role !== session.role || m.organisation.id !== session.organisation.id,
  );

  const identity: DescriptionsProps['items'] = [
    {
      key: 'role',
      label: t('home.currentRole'),
      children: (
        <Tag color="blue" data-testid="current-role">
          {t(`role.${session.role}`)}
        </Tag>
      ),
    },
    {
      key: 'organisation',
      label: t('home.organisation'),
      children: <span data-testid="current-organisation">{t.message(session.organisation.name)}</span>,
    },
  ];
  if (otherMemberships.length > 0) {
    identity.push({
      key: 'other',
      label: t('home.otherMemberships'),
      children: (
        <Flex wrap gap={4}>
          {otherMemberships.map((m) => (
            <Tag key={`${m.role}:${m.organisation.id}`}>
              {t(`role.${m.role}`)} · {t.message(m.organisation.name)}
            </Tag>
          ))}
        </Flex>
      ),
    });
  }

  return (
    <Flex vertical gap={16}>
      <Card>
        <Typography.Title level={1} style={{ fontSize: 24, marginTop: 0 }}>
          {t('home.greeting', { name: session.user.displayName })}
        </Typography.Title>
        <Descriptions column={1} size="small" items={identity} />
      </Card>
      <TodoList />
    </Flex>
  );
}
