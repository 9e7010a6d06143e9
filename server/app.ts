import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Clock } from './clock';
import { systemClock } from './clock';
import type { Config } from './config';
import type { Sealer } from './crypto/sealed';
import type { Database, Db } from './db/database';
import { createJobQueue, type JobQueue } from './jobs/queue';
import { contextPlugin } from './plugins/context';
import { csrfPlugin } from './plugins/csrf';
import { errorsPlugin } from './plugins/errors';
import { inputHygienePlugin } from './plugins/input-hygiene';
import { rateLimitPlugin } from './plugins/rate-limit';
import { applicationRoutes } from './routes/applications';
import { attachmentRoutes } from './routes/attachments';
import { awardPaperRoutes } from './routes/award-papers';
import { calendarRoutes } from './routes/calendar';
import { documentRoutes } from './routes/documents';
import { dossierBatchRoutes } from './routes/dossier-batches';
import { editionRoutes } from './routes/editions';
import { eligibilityRoutes } from './routes/eligibility';
import { healthRoutes } from './routes/health';
import { intakeRoutes } from './routes/intake';
import { invitationRoutes } from './routes/invitations';
import { recommenderPaperRoutes } from './routes/recommender-papers';
import { recommenderStepRoutes } from './routes/recommender-steps';
import { reviewAdminRoutes } from './routes/review-admin';
import { reviewScoringRoutes } from './routes/review-scoring';
import { ruleRoutes } from './routes/rules';
import { sessionRoutes } from './routes/session';
import { todoRoutes } from './routes/todo';
import { workflowRoutes } from './routes/workflow';
import { buildDossierBatch, type DossierBatchJob } from './services/dossier-batches';
import type { FileStorage } from './storage/storage';

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
    database: Database;
    clock: Clock;
    config: Config;
    sealer: Sealer;
    storage: FileStorage;
    jobs: JobQueue;
  }
}

export interface AppDeps {
  database: Database;
  config: Config;
  sealer: Sealer;
  storage: FileStorage;
  clock?: Clock;
  logger?: boolean;
  /** Where log lines go (default stdout); tests read them to prove no personal data is logged. */
  logStream?: NodeJS.WritableStream;
}

/** Paths whose values must never reach a log line (personal data and secrets). */
export const redactedLogPaths = [
  'req.headers.cookie',
  'req.headers.authorization',
  'res.headers["set-cookie"]',
  '*.password',
  '*.idNumber',
  '*.bankAccount',
  '*.mobile',
  '*.landline',
];

/**
 * A request URL as it may be logged: invitation tokens (`/invite/…`, `/api/invitations/…`) are
 * credentials in the path, and query strings may carry anything, so both are cut out.
 */
export function logSafeUrl(url: string): string {
  const [pathname = '', query] = url.split('?', 2);
  const safePath = pathname.replace(/(\/(?:invite|invitations)\/)[^/]+/g, '$1[redacted]');
  return query === undefined ? safePath : `${safePath}?[redacted]`;
}

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger:
      deps.logger === false
        ? false
        : {
            level: deps.config.logLevel,
            redact: { paths: redactedLogPaths, censor: '[redacted]' },
            serializers: {
              req: (request: FastifyRequest) => ({
                method: request.method,
                url: logSafeUrl(request.url),
                host: request.host,
                remoteAddress: request.ip,
                remotePort: request.socket?.remotePort,
              }),
            },
            ...(deps.logStream ? { stream: deps.logStream } : {}),
          },
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w.-]{8,64}$/.test(given) ? given : randomUUID();
    },
    bodyLimit: 2 * 1024 * 1024,
    // X-Forwarded-For/-Proto only from the configured proxies: anyone else could forge their address.
    trustProxy: deps.config.trustProxy.length ? deps.config.trustProxy : false,
  }).withTypeProvider<ZodTypeProvider>();

  app.decorate('database', deps.database);
  app.decorate('db', deps.database.db);
  app.decorate('clock', deps.clock ?? systemClock);
  app.decorate('config', deps.config);
  app.decorate('sealer', deps.sealer);
  app.decorate('storage', deps.storage);
  const jobs = createJobQueue(deps.database, { log: (error) => app.log.error({ err: error }, 'job queue') });
  const clock = deps.clock ?? systemClock;
  jobs.register<DossierBatchJob>(
    'dossier-batch',
    (job, attempt) =>
      buildDossierBatch(
        { db: deps.database.db, storage: deps.storage, sealer: deps.sealer, now: () => clock.now() },
        job,
        attempt.final,
      ),
    { retryLimit: 2 },
  );
  app.decorate('jobs', jobs);
  // the queue stops (its workers finish their job) before the database closes
  app.addHook('onClose', async () => jobs.stop());

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
    reply.header('x-frame-options', 'DENY');
  });

  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Jiangxuan (匠选) API',
        description: 'Skills-award selection: editions, applications, review, notices, approval, prizes.',
        version: '0.1.0',
      },
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'jx_session' } },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifyCookie);
  await app.register(errorsPlugin);
  await app.register(inputHygienePlugin);
  await app.register(csrfPlugin);
  await app.register(contextPlugin);
  await app.register(rateLimitPlugin);

  await app.register(healthRoutes);
  await app.register(sessionRoutes);
  await app.register(todoRoutes);
  await app.register(applicationRoutes);
  await app.register(attachmentRoutes);
  await app.register(eligibilityRoutes);
  await app.register(calendarRoutes);
  await app.register(ruleRoutes);
  await app.register(workflowRoutes);
  await app.register(invitationRoutes);
  await app.register(documentRoutes);
  await app.register(recommenderPaperRoutes);
  await app.register(recommenderStepRoutes);
  await app.register(dossierBatchRoutes);
  await app.register(intakeRoutes);
  await app.register(editionRoutes);
  await app.register(reviewAdminRoutes);
  await app.register(reviewScoringRoutes);
  await app.register(awardPaperRoutes);

  app.get('/api/docs', { schema: { hide: true } }, async () => app.swagger());

  const staticDir = deps.config.staticDir;
  const hasSpa = existsSync(path.join(staticDir, 'index.html'));
  if (hasSpa) {
    await app.register(fastifyStatic, { root: staticDir, wildcard: false, index: false, serve: true });
  }
  // Unknown non-API GETs are the SPA's own routes; everything else is a JSON 404.
  app.setNotFoundHandler((request, reply) => {
    const isPage = request.method === 'GET' && !request.url.startsWith('/api/') && hasSpa;
    if (isPage) return reply.type('text/html').sendFile('index.html');
    return reply.status(404).send({
      code: 'not_found',
      message: { zh: '找不到该页面或对象', en: 'Not found' },
      requestId: request.id,
    });
  });

  return app;
}
