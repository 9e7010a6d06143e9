import { Card, Typography } from 'antd';
import type { ReactNode } from 'react';

/** A card for one part of a long page, its title a level-2 heading (for screen readers' outline). */
export function SectionCard({
  id,
  title,
  intro,
  children,
}: {
  id?: string;
  title: string;
  intro?: string;
  children: ReactNode;
}) {
  return (
    <Card
      id={id}
      title={
        <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
          {title}
        </Typography.Title>
      }
    >
      {intro && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
          {intro}
        </Typography.Paragraph>
      )}
      {children}
    </Card>
  );
}
