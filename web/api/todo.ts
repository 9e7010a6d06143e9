import type { Message } from '../../domain/message';
import { api } from './client';

/** One entry of the caller's "my to-do" (我的待办) list. */
export interface TodoItem {
  key: string;
  title: Message;
  count: number;
  href?: string;
}

export function fetchTodo(signal?: AbortSignal): Promise<{ items: TodoItem[] }> {
  return api.get<{ items: TodoItem[] }>('/api/todo', { signal });
}
