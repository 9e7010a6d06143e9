import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { luhnCheckDigit } from '../domain/people';
import { makeIdNumber } from '../domain/people/id-number.testing';
import { tinyPdf } from '../server/cli/sample-files';
import {
  applicationEntries,
  applications,
  attachments,
  auditLog,
  collectiveDecisions,
  invitations,
  objections,
} from '../server/db/schema';
import { createTestApp, engines, type TestApp } from '../server/testing/harness';

/**
 * Bodies are sent as raw JSON text, so `\u0000` and `\ud800` arrive as the JSON escapes a client sends
 * (a lone surrogate cannot even be encoded as UTF-8 bytes).
 */
const NUL = '\\u0000';
const LONE = '\\ud800';
const ESC = '\\u001b';
const RLO = '\\u202e';
const SOME_ID = '00000000-0000-4000-8000-000000000001';

const tables = {
  applications,
  applicationEntries,
  attachments,
  collectiveDecisions,
  objections,
  invitations,
};

describe.each(engines)('text input hygiene on %s', (engine) => {
  let t: TestApp;
  let cookie: string;
  let draftId: string;
  let draftVersion: number;

  beforeAll(async () => {
    t = await createTestApp(engine);
    cookie = await t.login('employer');
    const created = await t.request({
      method: 'POST',
      url: '/api/applications',
      cookie,
      payload: { award: 'technical_expert', name: '高志强', occupation: '电工' },
    });
    expect(created.statusCode, created.body).toBe(201);
    draftId = created.json().id;
    draftVersion = created.json().version;
  });
  afterAll(async () => t?.close());

  const send = (method: 'POST' | 'PATCH' | 'PUT', url: string, json: string, withCookie = true) =>
    t.request({
      method,
      url,
      ...(withCookie ? { cookie } : {}),
      headers: { 'content-type': 'application/json' },
      payload: json,
    });

  /** Rows of every table a refused request could have written to, and the audit trail. */
  const rowCounts = async () => {
    const counts: Record<string, number> = {};
    for (const [name, table] of Object.entries({ ...tables, auditLog })) {
      const [row] = await t.database.db.select({ n: count() }).from(table);
      counts[name] = Number(row?.n ?? 0);
    }
    return counts;
  };

  /** The request is refused with 400, the field named, a zh and an en message, and nothing written. */
  const expectRefused = async (
    request: () => ReturnType<typeof send>,
    expected: { path: string; code: string },
  ) => {
    const before = await rowCounts();
    const res = await request();
    expect(res.statusCode, res.body).toBe(400);
    const body = res.json();
    expect(body.code).toBe('validation.failed');
    expect(body.message.zh).toMatch(/[\u4e00-\u9fa5]/);
    const field = body.fields.find((f: { path: string }) => f.path === expected.path);
    expect(field, `a field ${expected.path} in ${res.body}`).toMatchObject({ code: expected.code });
    expect(field.message.zh).toMatch(/[\u4e00-\u9fa5]/);
    expect(field.message.en).toMatch(/[a-z]/);
    expect(await rowCounts()).toEqual(before);
    return field as { message: { zh: string; en: string } };
  };

  describe('creating a draft', () => {
    it.each([
      ['name', `"周${NUL}军"`, 'text.control_character'],
      ['name', `"周${LONE}军"`, 'text.unpaired_surrogate'],
      ['name', `"周${ESC}军"`, 'text.control_character'],
      ['name', `"周${RLO}军铁"`, 'name.invisible_character'],
      ['address', `"长春市${NUL}"`, 'text.control_character'],
      ['occupation', `"电${LONE}"`, 'text.unpaired_surrogate'],
      ['idNumber', `"${NUL}"`, 'text.control_character'],
      ['achievementsSummary', `"业绩${ESC}"`, 'text.control_character'],
    ])('refuses %s = %s with %s', async (field, value, code) => {
      const body =
        field === 'name'
          ? `{"award":"technical_expert","name":${value}}`
          : `{"award":"technical_expert","name":"李明","${field}":${value}}`;
      const refused = await expectRefused(() => send('POST', '/api/applications', body), {
        path: field,
        code,
      });
      expect(refused.message.zh).toContain('第');
    });

    it('refuses a broken character deep in a section row, naming the row', async () => {
      const json = `{"award":"technical_expert","name":"李明","workHistory":[{"place":"长春","content":"班长${LONE}"}]}`;
      await expectRefused(() => send('POST', '/api/applications', json), {
        path: 'workHistory.0.content',
        code: 'text.unpaired_surrogate',
      });
    });

    it.each([['""'], ['null'], ['"   "']])('refuses the name %s as required', async (name) => {
      await expectRefused(
        () => send('POST', '/api/applications', `{"award":"technical_expert","name":${name}}`),
        {
          path: 'name',
          code: 'validation.invalid_type',
        },
      );
    });

    it('accepts full-width digits in the ID, phone, postal code and account, and stores them as ASCII', async () => {
      const idNumber = makeIdNumber({ region: '220104', birthDate: '1985-03-02', seq: 77 });
      const account = `621700001000222233${luhnCheckDigit('621700001000222233')}`;
      const fullWidth = (text: string) =>
        text.replace(/[0-9A-Za-z+]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
      const res = await t.request({
        method: 'POST',
        url: '/api/applications',
        cookie,
        payload: {
          award: 'technical_expert',
          name: '赵　丽',
          idNumber: fullWidth(idNumber.toLowerCase()),
          mobile: fullWidth('+86 139 0431 7777'),
          postalCode: fullWidth('130012'),
          bankAccount: fullWidth(account),
        },
      });
      expect(res.statusCode, res.body).toBe(201);
      const detail = res.json();
      expect(detail.draft).toMatchObject({
        idNumber,
        mobile: '13904317777',
        postalCode: '130012',
        bankAccount: account,
      });
      expect(detail.masked.idNumber).toBe(`220104********${idNumber.slice(-4)}`);
      expect(detail.findings.map((f: { field?: string }) => f.field)).not.toContain('idNumber');
      const [row] = await t.database.db.select().from(applications).where(eq(applications.id, detail.id));
      expect(row?.postalCode).toBe('130012');
      expect(t.sealer.openOptional(row?.idNumberEnc ?? null)).toBe(idNumber);
      expect(t.sealer.openOptional(row?.mobileEnc ?? null)).toBe('13904317777');
      expect(t.sealer.openOptional(row?.bankAccountEnc ?? null)).toBe(account);
      expect(row?.idNumberHash).toBe(t.sealer.lookupHash(idNumber));
      // the same person typed in ASCII is the same person: one application per edition
      const again = await t.request({
        method: 'POST',
        url: '/api/applications',
        cookie,
        payload: { award: 'grand_award', name: '赵丽', idNumber },
      });
      expect(again.statusCode, again.body).toBe(409);
      expect(again.json().code).toBe('person.both_awards');
    });
  });

  describe('saving a draft', () => {
    const patch = (draft: string, version = draftVersion) =>
      send('PATCH', `/api/applications/${draftId}`, `{"version":${version},"draft":${draft}}`);

    it.each([['""'], ['null'], ['"   "']])(
      'refuses to clear the name with %s, and keeps the draft',
      async (name) => {
        const field = await expectRefused(() => patch(`{"name":${name},"occupation":"钳工"}`), {
          path: 'draft.name',
          code: 'validation.invalid_type',
        });
        expect(field.message).toEqual({ zh: '此项为必填项', en: 'This field is required' });
        const [row] = await t.database.db.select().from(applications).where(eq(applications.id, draftId));
        expect(row).toMatchObject({ name: '高志强', occupation: '电工', version: draftVersion });
      },
    );

    it.each([
      ['occupation', `"钳${NUL}工"`, 'text.control_character'],
      ['name', `"高${LONE}强"`, 'text.unpaired_surrogate'],
      ['name', `"高\\u200b志强"`, 'name.invisible_character'],
      ['employerName', `"长春${ESC}"`, 'text.control_character'],
    ])('refuses draft.%s = %s with %s', async (field, value, code) => {
      await expectRefused(() => patch(`{"${field}":${value}}`), { path: `draft.${field}`, code });
    });

    it('refuses a broken warning justification, and a broken key of one', async () => {
      const body = (justifications: string) =>
        `{"version":${draftVersion},"draft":{},"warningJustifications":${justifications}}`;
      await expectRefused(
        () => send('PATCH', `/api/applications/${draftId}`, body(`{"bank_account.luhn":"已核对${NUL}"}`)),
        { path: 'warningJustifications.bank_account.luhn', code: 'text.control_character' },
      );
      await expectRefused(
        () => send('PATCH', `/api/applications/${draftId}`, body(`{"bank${LONE}":"已核对"}`)),
        { path: 'warningJustifications', code: 'text.unpaired_surrogate' },
      );
    });

    it('still saves a clean draft, trimmed, with Chinese punctuation as typed', async () => {
      const res = await patch('{"occupation":" 数控车工（高级） ","name":"高志强"}');
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().draft).toMatchObject({ occupation: '数控车工（高级）', name: '高志强' });
      draftVersion = res.json().version;
    });
  });

  describe('the unit’s steps', () => {
    it('refuses broken participants and summary of a collective decision', async () => {
      const decision = (participants: string, summary = '"同意推荐"') =>
        `{"applicationIds":["${draftId}"],"decidedOn":"2026-09-14","participants":${participants},"summary":${summary},"minutesAttachmentId":"${SOME_ID}"}`;
      await expectRefused(
        () => send('POST', '/api/transitions/recordUnitDecision', decision(`"王刚、李${NUL}"`)),
        {
          path: 'participants',
          code: 'text.control_character',
        },
      );
      await expectRefused(
        () => send('POST', '/api/transitions/recordUnitDecision', decision(`"王刚、${RLO}李"`)),
        {
          path: 'participants',
          code: 'name.invisible_character',
        },
      );
      await expectRefused(
        () => send('POST', '/api/transitions/recordUnitDecision', decision('"王刚、李强"', `"${LONE}"`)),
        {
          path: 'summary',
          code: 'text.unpaired_surrogate',
        },
      );
    });

    it('refuses a broken objection and a broken handling', async () => {
      const objection = (name: string, content = '"材料不实，请核查"') =>
        `{"submitterName":${name},"submitterPhone":"13800000000","content":${content},"receivedOn":"2026-09-14"}`;
      const url = `/api/notices/${SOME_ID}/objections`;
      await expectRefused(() => send('POST', url, objection(`"张${LONE}"`)), {
        path: 'submitterName',
        code: 'text.unpaired_surrogate',
      });
      await expectRefused(() => send('POST', url, objection(`"张\\ufeff三"`)), {
        path: 'submitterName',
        code: 'name.invisible_character',
      });
      await expectRefused(() => send('POST', url, objection('"张三"', `"材料不实${NUL}请核查"`)), {
        path: 'content',
        code: 'text.control_character',
      });
      await expectRefused(
        () =>
          send('PATCH', `/api/objections/${SOME_ID}`, `{"status":"dismissed","handling":"经核查${ESC}不实"}`),
        { path: 'handling', code: 'text.control_character' },
      );
    });

    it('refuses a broken reason of a workflow step', async () => {
      await expectRefused(
        () =>
          send('POST', `/api/applications/${draftId}/transitions/withdraw`, `{"reason":"本人${NUL}申请"}`),
        { path: 'reason', code: 'text.control_character' },
      );
    });
  });

  describe('the candidate’s invitation', () => {
    it('refuses to clear the name or break a field, and the link stays usable', async () => {
      const res = await t.request({
        method: 'POST',
        url: `/api/applications/${draftId}/invitations`,
        cookie,
      });
      expect(res.statusCode, res.body).toBe(201);
      const token = new URL(res.json().url).pathname.split('/').at(-1) ?? '';
      const url = `/api/invitations/${token}`;
      await expectRefused(() => send('PUT', url, '{"draft":{"name":""}}', false), {
        path: 'draft.name',
        code: 'validation.invalid_type',
      });
      await expectRefused(() => send('PUT', url, `{"draft":{"address":"长春${NUL}"}}`, false), {
        path: 'draft.address',
        code: 'text.control_character',
      });
      const links = await t.database.db
        .select()
        .from(invitations)
        .where(eq(invitations.applicationId, draftId));
      expect(links.map((link) => link.usedAt)).toEqual([null]);
    });
  });

  describe('file names of uploads', () => {
    const upload = (name: string) =>
      t.upload(
        draftId,
        { kind: 'other_evidence' },
        { name, type: 'application/pdf', bytes: tinyPdf('x') },
        cookie,
      );

    it.each([
      ['证明\u0000.pdf', 'text.control_character'],
      ['证明\u001b.pdf', 'text.control_character'],
      ['\u202egdp.exe', 'name.invisible_character'],
    ])('refuses %j with 400 on `file` (%s) and keeps nothing', async (name, code) => {
      const field = await expectRefused(() => upload(name), { path: 'file', code });
      expect(field.message.zh).toContain('第');
    });

    it('still takes a Chinese file name with brackets, as sent', async () => {
      const res = await upload('身份证（正反面）.pdf');
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json().fileName).toBe('身份证（正反面）.pdf');
    });
  });
});
