import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issuedDocuments } from '../server/db/schema';
import { createTestApp, engines, type TestApp } from '../server/testing/harness';

/**
 * The public verification page (/verify/{hash}) shows what a paper is and a masked name, never the
 * name itself, whatever the name holds: brackets like the ones the title used to put it in, markup,
 * ampersands.
 */
describe.each(engines)('the public verification page on %s', (engine) => {
  let t: TestApp;
  let cookie: string;
  beforeAll(async () => {
    t = await createTestApp(engine);
    cookie = await t.login('employer');
  });
  afterAll(async () => t?.close());

  const printAnnex2 = async (name: string) => {
    const created = await t.request({
      method: 'POST',
      url: '/api/applications',
      cookie,
      payload: { award: 'grand_award', name },
    });
    expect(created.statusCode, created.body).toBe(201);
    const id: string = created.json().id;
    const paper = await t.request({ method: 'GET', url: `/api/applications/${id}/annex2.pdf`, cookie });
    expect(paper.statusCode).toBe(200);
    return { id, hash: String(paper.headers['x-content-hash']), paper };
  };

  it.each([
    ['王）小明', '王**明'],
    ['李（明）华）', '李****）'],
    ['<script>alert(1)</script>', `&lt;${'*'.repeat(23)}&gt;`],
    ['张&amp;三', '张*****三'],
    ['A&B "Q\' 李', `A${'*'.repeat(7)}李`],
  ])('shows %s only masked, as %s, and escaped', async (name, shown) => {
    const { id, hash, paper } = await printAnnex2(name);
    // the download still carries the name; the register of issued papers does not
    expect(decodeURIComponent(String(paper.headers['content-disposition']))).toContain(`（${name}）.pdf`);
    const [registered] = await t.database.db
      .select()
      .from(issuedDocuments)
      .where(eq(issuedDocuments.applicationId, id));
    expect(registered?.title).toBe('长春技能大奖候选人推荐表');

    const page = await t.app.inject({ method: 'GET', url: `/verify/${hash}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<dd>长春技能大奖候选人推荐表</dd>');
    expect(page.body).toContain(`<dd>${shown}</dd>`);
    expect(page.body).not.toContain(name);
    expect(page.body).not.toContain('<script');
    expect(page.body).not.toMatch(/&(?!amp;|lt;|gt;|quot;|#39;)/);
  });

  it('never shows the name of a paper registered under the old title, brackets in the name or not', async () => {
    const { id, hash } = await printAnnex2('赵钱孙');
    for (const old of ['长春技能大奖候选人推荐表（王）小明）', '长春技能大奖候选人推荐表（赵钱孙）']) {
      await t.database.db
        .update(issuedDocuments)
        .set({ title: old })
        .where(eq(issuedDocuments.applicationId, id));
      const page = await t.app.inject({ method: 'GET', url: `/verify/${hash}` });
      expect(page.body).toContain('<dd>长春技能大奖候选人推荐表</dd>');
      expect(page.body).not.toContain('王）小明');
      expect(page.body).not.toContain('赵钱孙');
      expect(page.body).toContain('赵*孙');
    }
  });

  it.each([
    ['cut short', 'abc123'],
    ['not hexadecimal', 'z'.repeat(64)],
    ['too long', 'a'.repeat(65)],
    ['with markup', encodeURIComponent('<script>alert(1)</script>')],
  ])('answers a code %s with an HTML page that says so, not with JSON', async (_case, code) => {
    const page = await t.app.inject({ method: 'GET', url: `/verify/${code}` });
    expect(page.statusCode).toBe(400);
    expect(page.headers['content-type']).toMatch(/^text\/html; charset=utf-8/);
    expect(page.body).toMatch(/^<!doctype html>/);
    expect(page.body).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(page.body).toContain('链接中的校验码不完整或有误');
    expect(page.body).toContain('The code in this link is incomplete or wrong');
    expect(page.body).not.toContain('<script>');
    expect(() => JSON.parse(page.body)).toThrow();
  });

  it('answers a well-formed code no paper carries with an HTML 404 page', async () => {
    const page = await t.app.inject({ method: 'GET', url: `/verify/${'0'.repeat(64)}` });
    expect(page.statusCode).toBe(404);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.body).toContain('未找到该文件');
  });

  it('reads a code typed in capitals as the same code', async () => {
    const { hash } = await printAnnex2('钱小红');
    const page = await t.app.inject({ method: 'GET', url: `/verify/${hash.toUpperCase()}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<dd>钱*红</dd>');
  });
});
