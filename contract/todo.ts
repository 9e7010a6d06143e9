import { z } from 'zod';
import { MessageSchema } from './common';

/** One entry of the caller's "my to-do" (我的待办): applications waiting for a step their role may take. */
export const TodoItem = z.object({
  key: z.string(),
  title: MessageSchema,
  count: z.number(),
  href: z.string().optional(),
});

export const TodoList = z.object({ items: z.array(TodoItem) });
