import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requiredAttachmentKinds } from '../domain/application';
import { luhnCheckDigit } from '../domain/people';
import { makeIdNumber } from '../domain/people/id-number.testing';
import { tinyPdf, tinyPng } from '../server/cli/sample-files';
import { auditLog, workflowEvents } from '../server/db/schema';
import { createTestApp, engines, type TestApp } from '../server/testing/harness';

const idNumber = makeIdNumber({ region: '220104', birthDate: '1982-06-09', gender: 'male' });

const completeDraft = {
  award: 'technical_expert',
  name: '高志强',
  gender: 'male',
  birthDate: '1982-06-09',
  ethnicity: '01',
  politicalStatus: '01',
  education: '31',
  occupation: '电工',
  skillLevel: 'level2',
  post: 'worker',
  workStartDate: '2002-07-01',
  occupationStartDate: '2002-07-01',
  postalCode: '130012',
  employerName: '长春精工数控机床有限公司',
  idNumber,
  bankAccount: `621700001000111122${luhnCheckDigit('621700001000111122')}`,
  address: '长春市朝阳区红旗街88号',
  mobile: '13904318888',
  email: 'gaozhiqiang@example.cn',
  isUnitHead: false,
  frontlinePost: true,
  workplaceInChangchun: true,
  conditions: [1, 2],
  achievementsSummary: '长期从事设备电气维修，主持数控机床电气系统改造12项，年节约成本150万元；带徒10人。',
  workHistory: [
    {
      from: '2002-07',
      place: '长春精工数控机床有限公司',
      content: '维修电工、班长',
      witness: '人力资源部 王丽',
    },
  ],
  innovations: [{ content: '数控机床伺服系统改造，故障率下降60%', witness: '公司技术中心' }],
};

describe.each(engines)('the employer unit’s journey through the API on %s', (engine) => {
  let t: TestApp;
  let cookie: string;
  let id: string;
  beforeAll(async () => {
    t = await createTestApp(engine);
    cookie = await t.login('employer');
  });
  afterAll(async () => t?.close());

  const call = (method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: unknown) =>
    t.request({ method, url, cookie, ...(payload === undefined ? {} : { payload: payload as object }) });
  const upload = (kind: string, file: { name: string; type: string; bytes: Buffer }) =>
    t.upload(id, { kind }, file, cookie);
  /** Days pass: the clock moves and the officer logs in again (sessions expire after 8 idle hours). */
  const advanceTo = async (at: string) => {
    t.clock.set(at);
    cookie = await t.login('employer');
  };
  const step = (name: string, body: object = {}) =>
    call('POST', `/api/applications/${id}/transitions/${name}`, body);
  const expectRefusal = async (res: Awaited<ReturnType<typeof call>>, code: string) => {
    expect(res.json().code, res.body).toBe(code);
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(res.json().message.zh).toMatch(/[\u4e00-\u9fa5]/);
  };

  it('creates a draft with the complete Annex 2 form; personal data comes back in clear only to its unit', async () => {
    const res = await call('POST', '/api/applications', completeDraft);
    expect(res.statusCode, res.body).toBe(201);
    const detail = res.json();
    id = detail.id;
    expect(detail.status).toBe('draft');
    expect(detail.draft.idNumber).toBe(idNumber);
    expect(detail.masked.idNumber).toMatch(/^220104\*{8}/);
    expect(detail.findings.filter((f: { severity: string }) => f.severity === 'error')).toEqual([]);
    expect(detail.completeness.missing).toEqual([]);
    expect(detail.missingAttachments).toEqual(requiredAttachmentKinds);
    // neither the recommender nor the bureau's staff see anything of a unit's draft until it is reported
    for (const username of ['recommender', 'staff', 'bureau', 'talent']) {
      const cookie = await t.login(username);
      const seen = await t.request({ method: 'GET', url: `/api/applications/${id}`, cookie });
      expect(seen.statusCode, username).toBe(404);
    }
  });

  it('saves with optimistic locking: a stale version is refused', async () => {
    const current = (await call('GET', `/api/applications/${id}`)).json();
    const saved = await call('PATCH', `/api/applications/${id}`, {
      version: current.version,
      draft: { occupation: '维修电工' },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().draft.occupation).toBe('维修电工');
    const stale = await call('PATCH', `/api/applications/${id}`, {
      version: current.version,
      draft: { occupation: '电工' },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('application.version_conflict');
  });

  it('refuses a collective decision while materials are missing, with the rule’s code', async () => {
    const minutes = await upload('decision_minutes', {
      name: '会议纪要.pdf',
      type: 'application/pdf',
      bytes: tinyPdf('minutes'),
    });
    expect(minutes.statusCode, minutes.body).toBe(201);
    const res = await call('POST', '/api/transitions/recordUnitDecision', {
      applicationIds: [id],
      decidedOn: '2026-09-14',
      participants: '总经理、党委书记、人力资源部部长',
      minutesAttachmentId: minutes.json().id,
    });
    await expectRefusal(res, 'workflow.materials_incomplete');
  });

  it('refuses an executable renamed to .pdf (415) and stores the real files with their SHA-256', async () => {
    const exe = await upload('id_card', {
      name: '身份证.pdf',
      type: 'application/pdf',
      bytes: Buffer.from('MZ\x90\x00\x03\x00\x00\x00 not a pdf'),
    });
    expect(exe.statusCode).toBe(415);
    expect(exe.json().code).toBe('attachment.type_not_allowed');
    const photoAsPdf = await upload('photo', {
      name: 'photo.pdf',
      type: 'application/pdf',
      bytes: tinyPdf(),
    });
    expect(photoAsPdf.statusCode).toBe(415);
    for (const kind of requiredAttachmentKinds) {
      const file =
        kind === 'photo'
          ? { name: '照片.png', type: 'image/png', bytes: tinyPng(40) }
          : { name: `${kind}.pdf`, type: 'application/pdf', bytes: tinyPdf(kind) };
      const res = await upload(kind, file);
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json().sha256).toMatch(/^[0-9a-f]{64}$/);
    }
    const detail = (await call('GET', `/api/applications/${id}`)).json();
    expect(detail.missingAttachments).toEqual([]);
    const download = await call('GET', `/api/applications/${id}/attachments/${detail.attachments.at(-1).id}`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-disposition']).toContain("filename*=UTF-8''");
  });

  it('refuses reporting or a notice before the collective decision', async () => {
    await expectRefusal(
      await step('reportToRecommender', { opinion: '同意推荐' }),
      'workflow.not_allowed_from_status',
    );
    await expectRefusal(
      await call('POST', '/api/transitions/startUnitNotice', {
        applicationIds: [id],
        startDate: '2026-09-15',
      }),
      'workflow.not_allowed_from_status',
    );
  });

  let noticeId: string;
  it('records the collective decision and starts a 5-working-day notice computed by the calendar', async () => {
    const minutes = (await call('GET', `/api/applications/${id}`))
      .json()
      .attachments.find((a: { kind: string }) => a.kind === 'decision_minutes');
    const decided = await call('POST', '/api/transitions/recordUnitDecision', {
      applicationIds: [id],
      decidedOn: '2026-09-14',
      participants: '总经理、党委书记、人力资源部部长',
      summary: '同意推荐高志强同志申报长春技术能手',
      minutesAttachmentId: minutes.id,
    });
    expect(decided.statusCode, decided.body).toBe(201);
    expect(decided.json().applications[0].status).toBe('unit_decided');

    const notice = await call('POST', '/api/transitions/startUnitNotice', {
      applicationIds: [id],
      startDate: '2026-09-15',
      days: 5,
    });
    expect(notice.statusCode, notice.body).toBe(201);
    noticeId = notice.json().notice.id;
    // 2026-09-20 is a make-up Sunday workday in the official 2026 arrangement
    const period = (await call('GET', '/api/calendar/notice-period?start=2026-09-15&days=5')).json();
    expect(notice.json().notice).toMatchObject({
      startDate: '2026-09-15',
      endDate: period.end,
      workingDays: 5,
      status: 'open',
    });
    expect(notice.json().notice.items).toEqual([
      expect.objectContaining({ applicationId: id, name: '高志强' }),
    ]);
    const own = await call('GET', '/api/notices?level=unit');
    expect(own.json().items.map((n: { id: string }) => n.id)).toEqual([noticeId]);
    const otherUnit = await t.request({
      method: 'GET',
      url: `/api/notices/${noticeId}`,
      cookie: await t.login('soe'),
    });
    expect(otherUnit.statusCode).toBe(404);
  });

  it('will not close the notice before its last day', async () => {
    await expectRefusal(await call('POST', `/api/notices/${noticeId}/close`), 'workflow.notice_not_ended');
  });

  it('holds the notice while an objection is open, then closes it once the objection is handled', async () => {
    await advanceTo('2026-09-16T03:00:00Z');
    const future = await call('POST', `/api/notices/${noticeId}/objections`, {
      submitterName: '李四',
      content: '对公示人选有不同意见',
      receivedOn: '2026-09-17',
    });
    await expectRefusal(future, 'objection.outside_notice');
    const objection = await call('POST', `/api/notices/${noticeId}/objections`, {
      applicationId: id,
      submitterName: '匿名不行',
      submitterPhone: '13800001111',
      content: '反映该同志技能等级证书取得时间有误',
      receivedOn: '2026-09-16',
    });
    expect(objection.statusCode, objection.body).toBe(201);
    expect(objection.json().submitterPhoneMasked).toBe('138****1111');
    await advanceTo('2026-09-28T02:00:00Z');
    await expectRefusal(await call('POST', `/api/notices/${noticeId}/close`), 'workflow.open_objection');
    const handled = await call('PATCH', `/api/objections/${objection.json().id}`, {
      status: 'dismissed',
      handling: '经核查人社部门证书信息，取证时间无误，异议不成立',
    });
    expect(handled.json().status).toBe('dismissed');
    const closed = await call('POST', `/api/notices/${noticeId}/close`);
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json().status).toBe('closed');
    expect(closed.json().items[0].status).toBe('unit_noticed');
  });

  it('refuses the report before ranking, and without the unit’s opinion', async () => {
    await expectRefusal(await step('reportToRecommender', { opinion: '同意推荐' }), 'workflow.not_ranked');
    const ranked = await call('PUT', '/api/rankings/unit', {
      award: 'technical_expert',
      applicationIds: [id],
    });
    expect(ranked.statusCode, ranked.body).toBe(200);
    expect(ranked.json().items[0].unitRank).toBe(1);
    // the report's record is the unit's opinion: without it the payload is refused with the field's path
    const bare = await step('reportToRecommender');
    await expectRefusal(bare, 'validation.failed');
    expect(bare.statusCode).toBe(400);
    expect(bare.json().fields).toEqual([expect.objectContaining({ path: 'opinion' })]);
  });

  it('reports to the recommender; the history and the audit log hold every step', async () => {
    const res = await step('reportToRecommender', { opinion: '该同志技术精湛，业绩突出，同意推荐。' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().status).toBe('at_recommender');
    expect(res.json().unitOpinion).toContain('同意推荐');
    expect(res.json().history.map((h: { toStatus: string }) => h.toStatus)).toEqual([
      'unit_decided',
      'unit_notice',
      'unit_noticed',
      'at_recommender',
    ]);
    const events = await t.database.db
      .select()
      .from(workflowEvents)
      .where(eq(workflowEvents.applicationId, id));
    expect(events.every((e) => e.actorRole === 'employer_officer')).toBe(true);
    const audited = await t.database.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.objectType, 'application'), eq(auditLog.objectId, id)));
    expect(audited.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        'application.create',
        'application.update',
        'application.recordUnitDecision',
        'application.reportToRecommender',
      ]),
    );
    // the unit can no longer change it
    const edit = await call('PATCH', `/api/applications/${id}`, {
      version: res.json().version,
      draft: { occupation: 'x' },
    });
    expect(edit.json().code).toBe('application.not_editable');
    const recommender = await t.login('recommender');
    const todo = await t.request({ method: 'GET', url: '/api/todo', cookie: recommender });
    expect(todo.json().items).toEqual([
      // the journey's candidate beside the four the demo's Chaoyang units reported
      expect.objectContaining({ key: 'applications.at_recommender', count: 5 }),
    ]);
  });
});
