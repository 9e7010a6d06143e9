import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  applications,
  conflicts,
  experts,
  panelMembers,
  panels,
  reviewVotes,
  scoreSheets,
  scores,
} from '../server/db/schema';
import { createTestApp, engines, type TestApp } from '../server/testing/harness';

/**
 * Issue 12 as an attacker sends it: malformed bodies to every write of the review stage — wrong types,
 * NUL bytes and lone surrogates as JSON escapes, huge and deeply nested values, unknown keys — answer 400
 * (never 5xx, never a stack trace or SQL) and write nothing.
 */
const NUL = '\\u0000';
const LONE = '\\ud800';
const SOME_ID = '00000000-0000-4000-8000-000000000001';
const tables = { applications, conflicts, experts, panelMembers, panels, reviewVotes, scoreSheets, scores };

function nested(depth: number): string {
  return `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

describe.each(engines)('malformed input to the review stage on %s', (engine) => {
  let t: TestApp;
  let bureau: string;
  let expert: string;
  let talent: string;
  let candidate = '';
  let awardId = '';
  let panelId = '';

  const counts = async () => {
    const found: Record<string, number> = {};
    for (const [name, table] of Object.entries(tables)) {
      const [row] = await t.database.db.select({ n: count() }).from(table);
      found[name] = Number(row?.n ?? 0);
    }
    return found;
  };

  beforeAll(async () => {
    t = await createTestApp(engine);
    bureau = await t.login('bureau');
    expert = await t.login('expert');
    talent = await t.login('talent');
    const list = (await t.request({ method: 'GET', url: '/api/review/candidates', cookie: expert })).json();
    candidate = list.items[0].applicationId;
    const panel = (await t.request({ method: 'GET', url: '/api/panels', cookie: bureau })).json().items[0];
    panelId = panel.id;
    awardId = panel.awardId;
  });
  afterAll(async () => t?.close());

  it('answers 400 and writes nothing', async () => {
    const bodies = [
      '{',
      '[]',
      '"text"',
      nested(200),
      `{"name":"张${NUL}三","workplace":"x","specialty":"y","specialties":["焊工"],"mobile":"13904310001","username":"u1"}`,
      `{"name":"${LONE}","workplace":"x","specialty":"y","specialties":["焊工"],"mobile":"13904310001","username":"u2"}`,
      `{"name":"${'长'.repeat(100_000)}"}`,
      '{"unknown":true}',
    ];
    const sends: { role: string; cookie: string; method: 'POST' | 'PUT'; url: string; payloads: string[] }[] =
      [
        { role: 'bureau', cookie: bureau, method: 'POST', url: '/api/experts', payloads: bodies },
        {
          role: 'bureau',
          cookie: bureau,
          method: 'POST',
          url: '/api/panels',
          payloads: [
            '{"awardId":"not-a-uuid","name":"x","seats":"3"}',
            '{"awardId":null}',
            ...bodies.slice(0, 4),
          ],
        },
        {
          role: 'bureau',
          cookie: bureau,
          method: 'POST',
          url: `/api/panels/${panelId}/members`,
          payloads: ['{"expertId":42}', `{"expertId":"${SOME_ID}","role":"king"}`, nested(200)],
        },
        {
          role: 'bureau',
          cookie: bureau,
          method: 'PUT',
          url: `/api/awards/${awardId}/rubric`,
          payloads: [
            '{"aggregation":"median","blind":false,"criteria":[]}',
            '{"aggregation":"mean","blind":"yes","criteria":[{"code":"a","nameZh":"技能","nameEn":"S","maxScore":-1}]}',
            `{"aggregation":"mean","blind":false,"criteria":[{"code":"a${NUL}","nameZh":"技能","nameEn":"S","maxScore":60}]}`,
          ],
        },
        {
          role: 'bureau',
          cookie: bureau,
          method: 'POST',
          url: '/api/review-votes',
          payloads: [
            `{"awardId":"${awardId}","heldOn":"2026-02-30","voters":3,"votes":[],"minutes":"x"}`,
            `{"awardId":"${awardId}","heldOn":"2026-12-01","voters":-1,"votes":[{"applicationId":"${SOME_ID}","votes":1e308}],"minutes":"纪要"}`,
          ],
        },
        {
          role: 'expert',
          cookie: expert,
          method: 'PUT',
          url: `/api/applications/${candidate}/score-sheet`,
          payloads: [
            '{"scores":"all"}',
            `{"scores":[{"criterionId":"${SOME_ID}","score":"NaN"}]}`,
            `{"scores":[],"comment":"${LONE}"}`,
            `{"scores":[{"criterionId":"${SOME_ID}","score":1e400}]}`,
            nested(200),
          ],
        },
        {
          role: 'expert',
          cookie: expert,
          method: 'POST',
          url: '/api/conflicts',
          payloads: [`{"applicationId":"${candidate}","reason":"enemy"}`, '{"applicationId":[1,2]}'],
        },
        {
          role: 'talent',
          cookie: talent,
          method: 'POST',
          url: '/api/transitions/approve',
          payloads: [
            '{"applicationIds":"all","documentNo":"x","approvedOn":"today"}',
            `{"applicationIds":["${SOME_ID}"],"documentNo":"${NUL}${NUL}","approvedOn":"2026-12-01"}`,
          ],
        },
      ];
    const before = await counts();
    for (const send of sends) {
      for (const payload of send.payloads) {
        const res = await t.request({
          method: send.method,
          url: send.url,
          cookie: send.cookie,
          headers: { 'content-type': 'application/json' },
          payload,
        });
        const what = `${send.role} ${send.method} ${send.url} ${payload.slice(0, 80)}`;
        expect(res.statusCode, `${what} → ${res.body.slice(0, 200)}`).toBe(400);
        expect(res.body, what).not.toMatch(/\bat .*\.ts:\d+|select |insert into|stack/i);
      }
    }
    expect(await counts()).toEqual(before);
  });
});
