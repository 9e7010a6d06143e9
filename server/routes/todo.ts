import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../plugins/context';
import { todoFor } from '../services/todo';
import { ErrorResponse, MessageSchema } from './common';

const TodoResponse = z.object({
  items: z.array(
    z.object({ key: z.string(), title: MessageSchema, count: z.number(), href: z.string().optional() }),
  ),
});

export async function todoRoutes(app: FastifyInstance) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/todo',
    {
      schema: {
        tags: ['session'],
        summary: 'My to-do: applications waiting for an action my role may take',
        response: { 200: TodoResponse, 401: ErrorResponse },
      },
    },
    async (request) => ({ items: await todoFor(app.db, requireActor(request)) }),
  );
}
