import { and, desc, eq, inArray } from 'drizzle-orm';
import { DomainError } from '../../domain/errors';
import { type EnvelopeItemCode, intakeState } from '../../domain/intake/envelope';
import { parseIntakeCode } from '../../domain/intake/intake-code';
import { windowPhase, windowText } from '../../domain/workflow';
import type { Db } from '../db/database';
import { applications, editions, workflowEvents } from '../db/schema';
import type { Actor } from '../plugins/context';
import { notFound } from '../plugins/errors';
import { applicationScope } from '../policies/application';
import { scopedSummaries } from './applications';
import { currentEdition, submissionWindowOf } from './editions-query';

type Summary = Awaited<ReturnType<typeof scopedSummaries>>[number];

/** The window as the desk shows it, by the server's clock. */
function windowView(edition: Parameters<typeof submissionWindowOf>[0], now: Date) {
  const window = submissionWindowOf(edition);
  return { phase: windowPhase(window, now), ...windowText(window) };
}

/** Each envelope's state at the desk: the applications in the caller's scope, with their intake if received. */
async function entriesOf(db: Db, actor: Actor, ids: string[], now: Date) {
  if (ids.length === 0) return [];
  const summaries = await scopedSummaries(db, actor, ids);
  const rows = await db
    .select({ id: applications.id, editionId: applications.editionId })
    .from(applications)
    .where(inArray(applications.id, ids));
  const editionIds = [...new Set(rows.map((r) => r.editionId))];
  const editionRows = await db.select().from(editions).where(inArray(editions.id, editionIds));
  const windows = new Map(editionRows.map((e) => [e.id, windowView(e, now)]));
  const editionOf = new Map(rows.map((r) => [r.id, r.editionId]));
  const accepted = await db
    .select({ applicationId: workflowEvents.applicationId, data: workflowEvents.data })
    .from(workflowEvents)
    .where(and(inArray(workflowEvents.applicationId, ids), eq(workflowEvents.transition, 'accept')))
    .orderBy(desc(workflowEvents.at));
  const intake = new Map<string, { receivedOn?: string; items?: EnvelopeItemCode[] }>();
  for (const event of accepted) {
    if (!intake.has(event.applicationId)) intake.set(event.applicationId, event.data as never);
  }
  return summaries.map((application: Summary) => {
    const window = windows.get(editionOf.get(application.id) ?? '');
    const received = intake.get(application.id);
    return {
      application,
      state: intakeState(application.status, received !== undefined, window?.phase ?? 'open'),
      receivedOn: received?.receivedOn ?? null,
      items: received?.items ?? [],
      window,
    };
  });
}

/** The envelope of an intake code, typed or scanned (a malformed code is 400, an unknown one 404). */
export async function findEnvelope(db: Db, actor: Actor, input: string, now: Date) {
  const code = parseIntakeCode(input);
  if (!code) {
    const message = {
      zh: '编码应为8位字母或数字，如 7K3Q-9XPA',
      en: 'A code is 8 letters or digits, like 7K3Q-9XPA',
    };
    throw new DomainError('intake.code_invalid', message, {
      fields: [{ path: 'code', code: 'intake.code_invalid', message }],
    });
  }
  const [found] = await db
    .select({ id: applications.id })
    .from(applications)
    .where(and(eq(applications.intakeCode, code), applicationScope(actor)));
  if (!found) throw notFound();
  const [entry] = await entriesOf(db, actor, [found.id], now);
  if (!entry?.window) throw notFound();
  return { ...entry, window: entry.window };
}

/** Every envelope reported to the bureau (or one recommender's), with the count per recommender and state. */
export async function intakeList(db: Db, actor: Actor, recommenderId: string | undefined, now: Date) {
  const ids = await db
    .select({ id: applications.id })
    .from(applications)
    .where(
      and(applicationScope(actor), recommenderId ? eq(applications.recommenderId, recommenderId) : undefined),
    );
  const entries = await entriesOf(
    db,
    actor,
    ids.map((r) => r.id),
    now,
  );
  const counts = new Map<
    string,
    {
      recommender: Summary['recommender'];
      awaiting: number;
      received: number;
      returned: number;
      late: number;
    }
  >();
  for (const entry of entries) {
    const key = entry.application.recommender.id;
    const row = counts.get(key) ?? {
      recommender: entry.application.recommender,
      awaiting: 0,
      received: 0,
      returned: 0,
      late: 0,
    };
    row[entry.state] += 1;
    counts.set(key, row);
  }
  return {
    window: windowView(await currentEdition(db), now),
    items: entries.map(({ window: _w, ...entry }) => entry),
    recommenders: [...counts.values()].sort((a, b) =>
      a.recommender.name.zh.localeCompare(b.recommender.name.zh, 'zh'),
    ),
  };
}
