import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { Health } from '../../contract/health';
import { migrationVersion } from '../db/database';

export async function healthRoutes(app: FastifyInstance) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/health',
    {
      schema: {
        tags: ['system'],
        summary: 'Liveness and database reachability',
        response: { 200: Health, 503: Health },
      },
    },
    async (_request, reply) => {
      try {
        await app.db.execute(sql`select 1`);
        const migrations = await migrationVersion(app.db);
        return { status: 'ok' as const, database: 'ok' as const, engine: app.database.engine, migrations };
      } catch (error) {
        app.log.error({ err: error }, 'health check failed');
        return reply.status(503).send({
          status: 'degraded' as const,
          database: 'unreachable' as const,
          engine: app.database.engine,
          migrations: 'unknown',
        });
      }
    },
  );
}
