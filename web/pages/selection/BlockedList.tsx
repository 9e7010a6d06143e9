import { Alert } from 'antd';

/**
 * The candidates a move cannot be taken for now, each with what stands in the way, as the server's checks
 * say it (web/pages/steps/moveLacks.ts): shown beside the button that leaves them out.
 */
export function BlockedList({
  title,
  blocked,
  testId,
}: {
  title: string;
  blocked: readonly { id: string; name: string; lacks: readonly string[] }[];
  testId?: string;
}) {
  if (blocked.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid={testId}
      title={title}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {blocked.map(({ id, name, lacks }) => (
            <li key={id}>
              {name}
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {lacks.map((lack) => (
                  <li key={lack}>{lack}</li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      }
    />
  );
}
