import { sql } from 'drizzle-orm';
import { type ConstructorOptions, fromDrizzle, fromPglite, type Job, PgBoss } from 'pg-boss';
import type { Database, Executor } from '../db/database';

/**
 * The background job queue: pg-boss, keeping its jobs in the application's own database (its tables in
 * the `pgboss` schema it installs and migrates itself), so that every server process on one PostgreSQL
 * shares the queue and a restart loses nothing — a job a dead process held is given to another once its
 * heartbeat stops. On the embedded default it runs on the same PGlite.
 *
 * It starts lazily (the first job sent, or `start()` when the server starts): a test app that sends no job
 * pays nothing for it. Jobs are sent inside the caller's transaction, so a job exists exactly when the
 * row describing it does.
 */
export const queueNames = ['dossier-batch'] as const;
export type QueueName = (typeof queueNames)[number];

/** `final`: the last attempt the queue makes (a failure now is the job's end). */
export type JobHandler<T> = (job: Job<T>, attempt: { final: boolean }) => Promise<void>;

interface Worker {
  handler: JobHandler<object>;
  /** Jobs a dead worker held are retried after this many seconds without a heartbeat. */
  heartbeatSeconds: number;
  retryLimit: number;
}

export interface JobQueue {
  /** The worker of a queue; register before the queue starts. */
  register<T extends object>(name: QueueName, handler: JobHandler<T>, options?: Partial<Worker>): void;
  /** Starts the queue and its workers (once; later calls wait for the same start). */
  start(): Promise<void>;
  /** Sends a job in the caller's transaction (start the queue first, outside it). */
  send(tx: Executor, name: QueueName, data: object): Promise<string>;
  stop(): Promise<void>;
}

export function createJobQueue(
  database: Database,
  options: { log?: (error: unknown) => void } = {},
): JobQueue {
  const workers = new Map<QueueName, Worker>();
  let boss: PgBoss | null = null;
  let starting: Promise<void> | null = null;
  let stopped = false;

  const connection: ConstructorOptions =
    database.queue.engine === 'postgres'
      ? { connectionString: database.queue.url, max: 3 }
      : { db: fromPglite(database.queue.client), backend: 'pglite' };

  async function begin() {
    const instance = new PgBoss({
      ...connection,
      application_name: 'jiangxuan-jobs',
      // the bureau's jobs are few: no need to poll for schedules or keep queue statistics
      schedule: false,
      superviseIntervalSeconds: 30,
    });
    instance.on('error', (error) => options.log?.(error));
    await instance.start();
    for (const [name, worker] of workers) {
      await instance.createQueue(name, {
        retryLimit: worker.retryLimit,
        heartbeatSeconds: worker.heartbeatSeconds,
        expireInSeconds: 30 * 60,
      });
      await instance.work<object>(name, { batchSize: 1, pollingIntervalSeconds: 1 }, async ([job]) => {
        if (job) await worker.handler(job, { final: job.retryCount >= worker.retryLimit });
      });
    }
    boss = instance;
  }

  return {
    register(name, handler, given = {}) {
      if (boss) throw new Error(`register ${name} before the queue starts`);
      workers.set(name, {
        handler: handler as JobHandler<object>,
        heartbeatSeconds: given.heartbeatSeconds ?? 30,
        retryLimit: given.retryLimit ?? 2,
      });
    },
    start() {
      if (stopped) return Promise.reject(new Error('the job queue has stopped'));
      starting ??= begin();
      return starting;
    },
    async send(tx, name, data) {
      if (!boss) throw new Error('start the job queue before sending (outside the transaction)');
      const id = await boss.send(name, data, { db: fromDrizzle(tx as never, sql as never) });
      if (!id) throw new Error(`the job queue refused a ${name} job`);
      return id;
    },
    async stop() {
      stopped = true;
      if (starting) await starting.catch(() => undefined);
      if (boss) await boss.stop({ graceful: true, timeout: 10_000 });
      boss = null;
    },
  };
}
