import { RightOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Row, Skeleton, Statistic } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { fetchTodo, type TodoItem } from '../../api/todo';
import { useApiResource } from '../../api/useApiResource';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useT } from '../../i18n/LocaleProvider';
import { isAppRoute } from '../../paths';
import { useSignedInSession } from '../../session/SessionProvider';

/** "My to-do" (我的待办): counts of work waiting for the caller, as the server computes them. */
export function TodoList() {
  const t = useT();
  const session = useSignedInSession();
  const [todo, reload] = useApiResource((signal) => fetchTodo(signal), [session.user.id, session.role]);

  let body: ReactNode;
  if (todo.status === 'loading') {
    body = <Skeleton active paragraph={{ rows: 2 }} title={false} />;
  } else if (todo.status === 'failed') {
    body = (
      <ApiErrorAlert
        error={todo.error}
        title={t('home.loadFailed')}
        action={
          <Button size="small" onClick={reload}>
            {t('common.retry')}
          </Button>
        }
      />
    );
  } else if (todo.data.items.length === 0) {
    body = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('home.todoEmpty')} />;
  } else {
    body = (
      <Row gutter={[12, 12]} role="list">
        {todo.data.items.map((item) => (
          <Col key={item.key} xs={24} sm={12} lg={8} role="listitem">
            <TodoCard item={item} />
          </Col>
        ))}
      </Row>
    );
  }

  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('home.todo')}</h2>}>
      <section aria-busy={todo.status === 'loading'}>{body}</section>
    </Card>
  );
}

function TodoCard({ item }: { item: TodoItem }) {
  const t = useT();
  // The server may point at screens a later build of the SPA will have; link only to those that exist.
  const action =
    item.href !== undefined && isAppRoute(item.href) ? (
      <Link to={item.href}>
        {t('home.todoOpen')} <RightOutlined />
      </Link>
    ) : undefined;
  return (
    <Card size="small" data-testid={`todo-${item.key}`} actions={action ? [action] : undefined}>
      <Statistic title={t.message(item.title)} value={item.count} />
    </Card>
  );
}
