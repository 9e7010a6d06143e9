import type { z } from 'zod';
import type { TodoItem as TodoItemSchema, TodoList } from '../../contract/todo';
import { api } from './client';

/** One entry of the caller's "my to-do" (我的待办) list (contract/todo.ts). */
export type TodoItem = z.output<typeof TodoItemSchema>;

export function fetchTodo(signal?: AbortSignal): Promise<z.output<typeof TodoList>> {
  return api.get('/api/todo', { signal });
}
