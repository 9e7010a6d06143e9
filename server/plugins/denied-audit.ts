import type { FastifyInstance, FastifyRequest } from 'fastify';
import { type AuditActor, recordAudit } from '../services/audit';
import { auditActor } from './context';

/** At most this many `denied` entries per caller (user, else IP) and minute; the rest are counted. */
export const DENIED_ENTRIES_PER_MINUTE = 20;
/** And at most this many in all per minute, so that many callers at once cannot swamp the log either. */
export const DENIED_ENTRIES_PER_MINUTE_IN_ALL = 300;
const WINDOW_MS = 60_000;

/**
 * `/api/applications/:id/attachments/:attachmentId` → the attachment: the object named by the last id
 * parameter (`:id`, `:…Id`). Other parameters (`:name` of a transition, an invitation's secret `:token`)
 * name no object and are never written.
 */
function targetOf(request: FastifyRequest): { objectType: string; objectId?: string } {
  const route = request.routeOptions.url ?? '';
  const segments = route.split('/').filter(Boolean);
  const params = (request.params ?? {}) as Record<string, unknown>;
  for (let i = segments.length - 1; i > 0; i--) {
    const segment = segments[i] ?? '';
    if (!segment.startsWith(':')) continue;
    const name = segment.slice(1);
    if (name !== 'id' && !name.endsWith('Id')) continue;
    const objectType = (segments[i - 1] ?? 'object').replace(/s$/, '');
    const value = params[name];
    return { objectType, ...(typeof value === 'string' ? { objectId: value.slice(0, 100) } : {}) };
  }
  return { objectType: 'route' };
}

interface Window {
  startedAt: number;
  written: number;
  suppressed: number;
}

/**
 * Writes a `denied` audit entry for every refused access to an object (403, or the 404 given for
 * anything outside the caller's scope) — rate-limited per caller and in all, so that a flood of refusals
 * cannot swamp the chained log: what is held back is counted and written as one summary entry once the
 * minute is over (or when the server stops).
 */
export class DeniedAuditLog {
  private readonly windows = new Map<string, Window>();
  private total: Window = { startedAt: 0, written: 0, suppressed: 0 };

  constructor(private readonly app: FastifyInstance) {}

  async record(request: FastifyRequest, refusal: { status: number; code: string }): Promise<void> {
    const now = this.app.clock.now();
    await this.flushExpired(now.getTime());
    const key = request.actor ? `user:${request.actor.userId}` : `ip:${request.ip}`;
    const window = this.windowFor(key, now.getTime());
    if (this.total.startedAt + WINDOW_MS <= now.getTime())
      this.total = { startedAt: now.getTime(), written: 0, suppressed: 0 };
    if (
      window.written >= DENIED_ENTRIES_PER_MINUTE ||
      this.total.written >= DENIED_ENTRIES_PER_MINUTE_IN_ALL
    ) {
      window.suppressed++;
      return;
    }
    window.written++;
    this.total.written++;
    const { objectType, objectId } = targetOf(request);
    await this.write(auditActor(request), now, {
      action: `${objectType}.${request.method === 'GET' || request.method === 'HEAD' ? 'read' : 'write'}`,
      objectType,
      objectId,
      outcome: 'denied',
      detail: {
        method: request.method,
        route: request.routeOptions.url ?? null,
        status: refusal.status,
        code: refusal.code,
      },
    });
  }

  /** Writes the summaries of the windows that are over (all of them when `everything`). */
  async flushExpired(nowMs: number, everything = false): Promise<void> {
    for (const [key, window] of this.windows) {
      if (!everything && window.startedAt + WINDOW_MS > nowMs) continue;
      this.windows.delete(key);
      if (window.suppressed === 0) continue;
      await this.write(
        {
          ip: key.startsWith('ip:') ? key.slice(3) : null,
          userId: key.startsWith('user:') ? key.slice(5) : null,
        },
        new Date(nowMs),
        {
          action: 'access.denied_suppressed',
          objectType: 'route',
          outcome: 'denied',
          detail: {
            count: window.suppressed,
            from: new Date(window.startedAt).toISOString(),
            to: new Date(window.startedAt + WINDOW_MS).toISOString(),
          },
        },
      );
    }
  }

  private windowFor(key: string, nowMs: number): Window {
    const window = this.windows.get(key);
    if (window && window.startedAt + WINDOW_MS > nowMs) return window;
    const fresh = { startedAt: nowMs, written: 0, suppressed: 0 };
    this.windows.set(key, fresh);
    return fresh;
  }

  private async write(actor: AuditActor, at: Date, entry: Parameters<typeof recordAudit>[2]) {
    try {
      await recordAudit(this.app.db, actor, entry, at);
    } catch (error) {
      // a refusal must still answer; the log line says what could not be recorded
      this.app.log.error({ err: error, action: entry.action }, 'could not record a denied access');
    }
  }
}
