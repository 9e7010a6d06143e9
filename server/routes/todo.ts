import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ErrorResponse } from '../../contract/common';
import { TodoList } from '../../contract/todo';
import { requireActor } from '../plugins/context';
import { todoFor } from '../services/todo';

export async function todoRoutes(app: FastifyInstance) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/todo',
    {
      schema: {
        tags: ['session'],
        summary: 'My to-do: applications waiting for an action my role may take',
        response: { 200: TodoList, 401: ErrorResponse },
      },
    },
    async (request) => ({ items: await todoFor(app.db, requireActor(request)) }),
  );
}
