import { z } from 'zod';

/** `GET /api/health`: liveness and database reachability (200 ok, 503 degraded). */
export const Health = z.object({
  status: z.enum(['ok', 'degraded']),
  database: z.enum(['ok', 'unreachable']),
  engine: z.enum(['pglite', 'postgres']),
  migrations: z.string(),
});
