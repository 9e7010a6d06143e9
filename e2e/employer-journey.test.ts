import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachmentKindLabels, requiredAttachmentKinds } from '../domain/application';
import { idCheckChar, luhnCheckDigit } from '../domain/people';
import { shanghaiDate } from '../domain/time';
import { statusLabels } from '../domain/workflow';
import type { ApplicationDetail } from '../web/api/applications';
import type { Notice } from '../web/api/steps';
import { zhCN } from '../web/i18n/zh-CN';
import {
  button,
  confirmMove,
  isApi,
  logOutThroughMenu,
  pickOption,
  typeDate,
  waitForMessage,
} from './support/antd';
import { fitsWidth, screenshot } from './support/browser';
import { fakeExecutable, minimalPdf, tinyPng } from './support/files';
import { type Journey, startJourney } from './support/journey';
import type { TestServer } from './support/server';

/**
 * Step 2 of the work plan in the browser, as the employer unit's HR officer does it: a complete Annex 2
 * through the form, the dossier's attachments, the leadership's collective decision, the 5-working-day
 * notice (the server's clock is moved past it), closing it, ranking, the unit's opinion and the report
 * to the recommender. Screenshots of each step go to e2e/screenshots/.
 */

let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let pageErrors: string[] = [];
let journey: Journey;

const candidate = {
  name: '孙志刚',
  idNumber: `22010419850615123${idCheckChar('22010419850615123')}`,
  bankAccount: `621700001000777888${luhnCheckDigit('621700001000777888')}`,
  mobile: '13904318866',
  postalCode: '130041',
  address: '长春市朝阳区延安大路99号',
  email: 'sunzhigang@example.cn',
  occupation: '焊工',
  summary:
    '从事焊接工作十八年，攻克大型构件焊接变形难题，总结“分段反变形焊接法”，焊缝一次合格率由92%提升至99.6%，年节约返修成本二百余万元；带徒25人，其中9人取得技师职业技能等级。',
};

let applicationId = '';

beforeAll(async () => {
  journey = await startJourney();
  ({ server, browser, context, page, pageErrors } = journey);
});

afterAll(async () => journey?.close());

const signIn = (username: string) => journey.signIn(username);

const label = (key: keyof typeof zhCN) => zhCN[key];

/** A viewport screenshot with `part` in the middle of the screen, as the user sees it there. */
async function shotAt(part: ReturnType<Page['locator']>, name: string) {
  await part.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  await screenshot(page, name, { fullPage: false });
}

/**
 * Days pass, 09:00 in Changchun: the server's clock and the browser's (the forms' today) move together,
 * then the unit's steps are opened again — after days the session has expired and the SPA sends the
 * officer to the login page first.
 */
async function dayIs(at: Date) {
  server.clock.set(at);
  await context.clock.setFixedTime(at);
  await page.goto(`${server.url}/unit`);
  const unitHeading = page.getByRole('heading', { name: label('unit.heading') });
  await Promise.race([unitHeading.waitFor(), page.getByLabel(zhCN['login.username']).waitFor()]);
  if (!(await unitHeading.isVisible())) {
    await signIn('employer');
    await page.goto(`${server.url}/unit`);
    await unitHeading.waitFor();
  }
}

/** The demo unit's complete application (seeded with its dossier), nominated alongside. */
const colleague = '周铁军';

describe('the employer officer nominates a worker and reports to the recommender', () => {
  it('signs in and opens the applications list', async () => {
    await signIn('employer');
    await page
      .getByRole('link', { name: label('nav.applications') })
      .first()
      .click();
    await page.getByRole('heading', { name: label('applications.heading') }).waitFor();
    await page.locator('.ant-table-row').first().waitFor();
    await screenshot(page, 'journey-01-list');
  });

  it('fills in a complete Annex 2 and saves it as a draft', async () => {
    await page.getByRole('button', { name: label('applications.new') }).click();
    await page.getByRole('heading', { name: label('application.newTitle') }).waitFor();
    await page.getByRole('radio', { name: '长春技能大奖' }).check();

    await page.getByLabel('姓名', { exact: true }).fill(candidate.name);
    // The ID number fills the birth date and gender (the rules require them to agree).
    await page.getByLabel('身份证号码', { exact: true }).fill(candidate.idNumber);
    await page.getByText(label('form.fromIdNumber')).first().waitFor();
    const birthDate = page.getByLabel('出生日期', { exact: true });
    await expect.poll(() => birthDate.inputValue()).toBe('1985-06-15');
    expect(
      await page
        .locator('#gender')
        .locator('xpath=ancestor::*[contains(@class,"ant-select")][1]')
        .textContent(),
    ).toContain('男');

    await pickOption(page, '民族', '汉族');
    await pickOption(page, '政治面貌', '中共党员');
    await pickOption(page, '文化程度', '技工学校');
    await page.getByLabel('职业（工种）名称', { exact: true }).fill(candidate.occupation);
    await pickOption(page, '技能水平', '高级技师（一级）');
    await typeDate(page.getByLabel('参加工作时间', { exact: true }), '2004-07-01');
    await typeDate(page.getByLabel('从事本职业（工种）时间', { exact: true }), '2006-03-01');
    await page.getByText(/从事本职业（工种）\d+ 年/).waitFor();
    await page.getByLabel('邮政编码', { exact: true }).fill(candidate.postalCode);
    await page.getByLabel('吉林银行一类账户账号', { exact: true }).fill(candidate.bankAccount);
    await page.getByLabel('通讯地址', { exact: true }).fill(candidate.address);
    await page.getByLabel('手机', { exact: true }).fill(candidate.mobile);
    await page.getByLabel('电子邮箱', { exact: true }).fill(candidate.email);
    await page.getByTestId('field-isUnitHead').getByRole('radio', { name: '否' }).check();
    await page.getByTestId('field-frontlinePost').getByRole('radio', { name: '是' }).check();
    await page.getByTestId('field-workplaceInChangchun').getByRole('radio', { name: '是' }).check();

    // 主要经历: one row with period, place, post and witness.
    const history = page.getByTestId('section-workHistory');
    await history.getByRole('button', { name: /添加一行/ }).click();
    await typeDate(history.getByLabel('主要经历 第 1 行：起始年月'), '2004-07');
    await history.getByLabel('主要经历 第 1 行：在何单位学习、工作').fill('长春精工数控机床有限公司');
    await history.getByLabel('主要经历 第 1 行：岗位或学习内容').fill('焊工、焊接班班长');
    await history.getByLabel('主要经历 第 1 行：证明人').fill('人力资源部 王丽');
    // 技术革新情况: one row with its evidence.
    const innovations = page.getByTestId('section-innovations');
    await innovations.getByRole('button', { name: /添加一行/ }).click();
    await innovations
      .getByLabel('技术革新情况 第 1 行：内容')
      .fill('大型构件“分段反变形焊接法”，焊缝一次合格率提升至99.6%');
    await innovations.getByLabel('技术革新情况 第 1 行：证明人或证明材料').fill('公司技术中心鉴定意见');

    await page.getByRole('checkbox', { name: /第 2 项/ }).check();
    await page.getByLabel('主要业绩成果（不超过300字）', { exact: true }).fill(candidate.summary);
    await page
      .getByTestId('summary-counter')
      .getByText(`已输入 ${[...candidate.summary].length} / 300 字`)
      .waitFor();
    await screenshot(page, 'journey-02-form-filled');

    const [created] = await Promise.all([
      page.waitForResponse(isApi('POST', '/api/applications')),
      page.getByTestId('save-draft').click(),
    ]);
    expect(created.status()).toBe(201);
    applicationId = ((await created.json()) as ApplicationDetail).id;
    await page.waitForURL(`**/applications/${applicationId}`);
    await page.getByRole('heading', { name: candidate.name }).waitFor();
    // Everything required is filled in; only the attachments are missing.
    await page.getByText('必填项已填 22 / 22，缺少必需材料 5 项').waitFor();
    expect(await fitsWidth(page)).toBe(true);
    // a whole Annex 2 typed field by field: about a minute on a slow two-core machine
  }, 180_000);

  it('refuses a renamed executable with the server’s message, then takes the dossier’s attachments', async () => {
    const idCard = page.getByTestId('attachment-id_card');
    const [refused] = await Promise.all([
      page.waitForResponse(isApi('POST', `/api/applications/${applicationId}/attachments`)),
      idCard.locator('input[type=file]').setInputFiles({
        name: '身份证.pdf',
        mimeType: 'application/pdf',
        buffer: fakeExecutable(),
      }),
    ]);
    expect(refused.status()).toBe(415);
    const refusal = (await refused.json()) as { message: { zh: string } };
    await idCard.getByText(refusal.message.zh).first().waitFor();
    await shotAt(idCard, 'journey-03-upload-refused');

    for (const kind of requiredAttachmentKinds) {
      const file =
        kind === 'photo'
          ? { name: '孙志刚-照片.png', mimeType: 'image/png', buffer: tinyPng(48) }
          : { name: `孙志刚-${kind}.pdf`, mimeType: 'application/pdf', buffer: minimalPdf(kind) };
      const row = page.getByTestId(`attachment-${kind}`);
      const [uploaded] = await Promise.all([
        page.waitForResponse(isApi('POST', `/api/applications/${applicationId}/attachments`)),
        row.locator('input[type=file]').setInputFiles(file),
      ]);
      expect(uploaded.status(), attachmentKindLabels[kind].en).toBe(201);
      await row.getByText(file.name).waitFor();
    }
    await page.getByTestId('completeness-percent').getByText('100%').waitFor();
    await page.getByText(label('completeness.complete')).waitFor();
  });

  it('justifies the rules’ warning in writing, which unblocks the collective decision', async () => {
    // The grand award goes "in principle" to former technical experts (a warning, not an error): the
    // decision stays blocked until the unit explains in writing why it recommends this worker.
    const decide = page.getByRole('button', { name: '记录单位集体研究决定' });
    expect(await decide.isDisabled()).toBe(true);
    const findings = page.getByTestId('findings');
    await findings.getByText('长春技术能手').first().waitFor();
    await findings
      .getByLabel(label('findings.justification'))
      .first()
      .fill('该同志虽未获长春技术能手称号，但2023年获全国五一劳动奖章，技艺突出，经研究同意推荐。');
    const [saved] = await Promise.all([
      page.waitForResponse(isApi('PATCH', `/api/applications/${applicationId}`)),
      page.getByTestId('save-draft').click(),
    ]);
    expect(saved.status()).toBe(200);
    await expect.poll(() => decide.isDisabled()).toBe(false);
    await screenshot(page, 'journey-04-complete');
  });

  it('tells the officer to reload when the application changed since it was opened', async () => {
    // Someone else (a colleague, or the candidate through the invitation) saves in between.
    const current = (await (
      await page.request.get(`${server.url}/api/applications/${applicationId}`)
    ).json()) as ApplicationDetail;
    const other = await page.request.patch(`${server.url}/api/applications/${applicationId}`, {
      data: { version: current.version, draft: { email: 'sun.zhigang@example.cn' } },
      headers: { origin: server.url },
    });
    expect(other.status()).toBe(200);

    await page.getByLabel('通讯地址', { exact: true }).fill(`${candidate.address}2单元`);
    const [conflict] = await Promise.all([
      page.waitForResponse(isApi('PATCH', `/api/applications/${applicationId}`)),
      page.getByTestId('save-draft').click(),
    ]);
    expect(conflict.status()).toBe(409);
    expect(((await conflict.json()) as { code: string }).code).toBe('application.version_conflict');
    const dialog = page.getByRole('dialog').filter({ hasText: label('form.conflictTitle') });
    await dialog.getByText(label('form.conflictText')).waitFor();
    await page.waitForTimeout(500); // the dialog's zoom-in animation
    await screenshot(page, 'journey-05-version-conflict', { fullPage: false });
    await button(dialog, label('form.reload')).click();
    // Reloaded: the other save is there, the unsaved change is not.
    await expect
      .poll(() => page.getByLabel('电子邮箱', { exact: true }).inputValue())
      .toBe('sun.zhigang@example.cn');
    expect(await page.getByLabel('通讯地址', { exact: true }).inputValue()).toBe(candidate.address);
  });

  it('shows the form on a 375 px phone without sideways scrolling', async () => {
    const phone = await browser.newContext({
      viewport: { width: 375, height: 812 },
      timezoneId: 'Asia/Shanghai',
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      storageState: await context.storageState(),
    });
    try {
      const phonePage = await phone.newPage();
      await phonePage.goto(`${server.url}/applications/${applicationId}`);
      await phonePage.getByRole('heading', { name: candidate.name }).waitFor();
      await phonePage.getByTestId('completeness-percent').getByText('100%').waitFor();
      expect(await fitsWidth(phonePage)).toBe(true);
      await screenshot(phonePage, 'journey-05-phone-top', { fullPage: false });
      for (const [part, name] of [
        ['#part-personal', 'journey-05-phone-personal'],
        ['#part-history', 'journey-05-phone-history'],
        ['#part-claim', 'journey-05-phone-claim'],
        ['#attachments', 'journey-05-phone-attachments'],
      ] as const) {
        await phonePage.locator(part).evaluate((element) => element.scrollIntoView({ block: 'start' }));
        await phonePage.evaluate(() => window.scrollBy(0, -70));
        await screenshot(phonePage, name, { fullPage: false });
      }
    } finally {
      await phone.close();
    }
  });

  it('records the leadership collective decision with its minutes', async () => {
    await page.getByRole('button', { name: '记录单位集体研究决定' }).click();
    await page.waitForURL('**/unit?select=*');
    const picker = page.getByTestId('decision-picker');
    await picker.getByText(candidate.name).waitFor();
    expect(
      await picker.getByRole('checkbox', { name: `${label('steps.select')} ${candidate.name}` }).isChecked(),
    ).toBe(true);
    await picker.getByRole('checkbox', { name: `${label('steps.select')} ${colleague}` }).check();
    await page.getByLabel(label('steps.decision.participants')).fill('张厂长、李书记、王部长等 7 人');
    await page
      .getByLabel(label('steps.decision.summary'))
      .fill('同意推荐孙志刚、周铁军同志参评长春技能大奖。');
    await page.locator('#step-decision input[type=file]').setInputFiles({
      name: '领导班子会议纪要.pdf',
      mimeType: 'application/pdf',
      buffer: minimalPdf('minutes'),
    });
    await button(page, label('steps.decision.submit')).click();
    const [decided] = await Promise.all([
      page.waitForResponse(isApi('POST', '/api/transitions/recordUnitDecision')),
      confirmMove(page, label('steps.decision.submit')),
    ]);
    expect(decided.status()).toBeLessThan(300);
    await page.getByTestId('notice-picker').getByText(candidate.name).waitFor();
    await page.getByTestId('notice-picker').getByText(colleague).waitFor();
    await screenshot(page, 'journey-06-decided');
  });

  let notice: Notice;

  it('starts the 5-working-day notice and gets the end date from the calendar', async () => {
    const picker = page.getByTestId('notice-picker');
    for (const name of [candidate.name, colleague]) {
      expect(
        await picker.getByRole('checkbox', { name: `${label('steps.select')} ${name}` }).isChecked(),
      ).toBe(true);
    }
    await button(page, label('steps.notice.submit')).click();
    const [started] = await Promise.all([
      page.waitForResponse(isApi('POST', '/api/transitions/startUnitNotice')),
      confirmMove(page, label('steps.notice.submit')),
    ]);
    expect(started.status()).toBeLessThan(300);
    notice = ((await started.json()) as { notice: Notice }).notice;
    expect(notice.workingDays).toBe(5);
    const period = `${notice.startDate} 至 ${notice.endDate}，共 5 个工作日`;
    await page.getByTestId(`notice-${notice.id}`).getByTestId('notice-period').getByText(period).waitFor();
    const pdf = page.getByTestId(`notice-${notice.id}`).getByTestId('notice-pdf');
    const href = await pdf.getAttribute('href');
    expect(href).toBe(`/api/notices/${notice.id}/document.pdf`);
    const printable = await page.request.get(`${server.url}${href}`);
    expect(printable.status()).toBe(200);
    expect(printable.headers()['content-type']).toContain('application/pdf');
    expect((await printable.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await screenshot(page, 'journey-07-notice-started');
  });

  it('records an objection, dismisses it, and may not close the notice before it ends', async () => {
    // Objections come in during the notice. Started on a weekend or a holiday (Beijing time), it begins on
    // the next working day: until then no objection can be recorded, and the form says so.
    if (notice.startDate > shanghaiDate(server.clock.now())) {
      await page
        .getByTestId(`notice-${notice.id}`)
        .getByTestId('objection-not-yet')
        .getByText(notice.startDate, { exact: false })
        .waitFor();
      await dayIs(new Date(`${notice.startDate}T09:00:00+08:00`));
    }
    const card = page.getByTestId(`notice-${notice.id}`);
    await button(card, label('steps.objection.record')).click();
    await pickOption(page, label('steps.objection.application'), candidate.name);
    await card.getByLabel(label('steps.objection.submitterName')).fill('赵建国');
    await card.getByLabel(label('steps.objection.content')).fill('反映该同志获奖证书年份有误。');
    const [recorded] = await Promise.all([
      page.waitForResponse(isApi('POST', `/api/notices/${notice.id}/objections`)),
      button(card, label('steps.objection.submit')).click(),
    ]);
    expect(recorded.status(), await recorded.text()).toBe(201);
    // the row of the objection, once the page has reloaded (the form's own text area holds the same words
    // until then: React writes a controlled textarea's value into its text)
    const row = card.getByTestId(`objection-${((await recorded.json()) as { id: string }).id}`);
    await row.getByText('反映该同志获奖证书年份有误。').waitFor();
    await row.getByLabel(label('steps.objection.handling')).fill('经核对原件，证书年份无误，异议不成立。');
    await button(row, label('steps.objection.dismiss')).click();
    await Promise.all([
      page.waitForResponse(isApi('PATCH', /^\/api\/objections\//)),
      confirmMove(page, label('steps.objection.dismiss')),
    ]);
    await card.getByText(label('steps.objection.status.dismissed')).first().waitFor();

    // Before its last day the notice cannot be closed: the button is disabled and says why (the server's
    // workflow.notice_not_ended), instead of a click that is refused.
    await card
      .getByTestId('notice-close-blocked')
      .getByText(`公示期至 ${notice.endDate}，尚未期满`)
      .waitFor();
    expect(await card.getByTestId('notice-close').isDisabled()).toBe(true);
    await card.getByText(`收到日期：${notice.startDate}`).waitFor();
    await shotAt(card, 'journey-08-objection-and-early-close');
  });

  it('closes the notice once its working days have passed, ranks, writes the opinion and reports', async () => {
    // Let the notice's working days pass: the day after its end date, 09:00 in Changchun.
    const dayAfter = new Date(`${notice.endDate}T09:00:00+08:00`);
    dayAfter.setUTCDate(dayAfter.getUTCDate() + 1);
    await dayIs(dayAfter);

    const card = page.getByTestId(`notice-${notice.id}`);
    await card.getByTestId('notice-close').click();
    const [closed] = await Promise.all([
      page.waitForResponse(isApi('POST', `/api/notices/${notice.id}/close`)),
      confirmMove(page, label('steps.notice.close')),
    ]);
    expect(closed.status()).toBe(200);
    const ranking = page.getByTestId('ranking-grand_award');
    await ranking.getByText(candidate.name).waitFor();
    await screenshot(page, 'journey-09-notice-closed');

    // Two candidates of the same award: reorder with the keyboard-reachable buttons and by dragging.
    const rows = ranking.locator('li');
    const order = async () =>
      (await rows.allTextContents()).map((text) => (text.includes(colleague) ? colleague : candidate.name));
    await ranking.getByText(colleague).waitFor();
    expect(await order()).toEqual([candidate.name, colleague]);
    await ranking.getByRole('button', { name: `下移 ${candidate.name}` }).click();
    expect(await order()).toEqual([colleague, candidate.name]);
    await rows.filter({ hasText: candidate.name }).dragTo(rows.filter({ hasText: colleague }));
    expect(await order()).toEqual([candidate.name, colleague]);
    await ranking.getByRole('button', { name: `上移 ${colleague}` }).click();
    expect(await order()).toEqual([colleague, candidate.name]);
    await ranking.getByText(label('steps.ranking.unsaved')).waitFor();

    const [ranked] = await Promise.all([
      page.waitForResponse(isApi('PUT', '/api/rankings/unit')),
      page.getByTestId('ranking-save-grand_award').click(),
    ]);
    expect(ranked.status()).toBe(200);
    expect(JSON.parse(ranked.request().postData() ?? '{}')).toMatchObject({ award: 'grand_award' });
    const report = page.getByTestId(`report-${applicationId}`);
    await report.getByText('第 2 名').waitFor();
    const opinion = report.getByLabel(`${candidate.name} 的单位推荐意见`);
    // the server's suggestion arrives after the card: wait for it, then it says how the notice went
    await expect
      .poll(() => opinion.inputValue(), { timeout: 15_000 })
      .toContain(`同意推荐${candidate.name}同志参评长春技能大奖`);
    await shotAt(page.locator('#step-ranking'), 'journey-10-ranked');

    await button(report, label('unit.report.submit')).click();
    const [reported] = await Promise.all([
      page.waitForResponse(
        isApi('POST', `/api/applications/${applicationId}/transitions/reportToRecommender`),
      ),
      confirmMove(page, label('unit.report.submit')),
    ]);
    expect(reported.status()).toBe(200);
    await waitForMessage(page, `已报送：${candidate.name}`);
    const other = page.locator('[data-testid^="report-"]').filter({ hasText: colleague });
    await button(other, label('unit.report.submit')).click();
    await Promise.all([
      page.waitForResponse(isApi('POST', /\/transitions\/reportToRecommender$/)),
      confirmMove(page, label('unit.report.submit')),
    ]);
    await waitForMessage(page, `已报送：${colleague}`);
  });

  it('lists the application as at the recommender, with its history', async () => {
    await page.goto(`${server.url}/applications`);
    const row = page.locator('.ant-table-row').filter({ hasText: candidate.name });
    await row.getByText(statusLabels.at_recommender.zh).waitFor();
    const colleagueRow = page.locator('.ant-table-row').filter({ hasText: colleague });
    await colleagueRow.getByText(statusLabels.at_recommender.zh).waitFor();
    expect(await colleagueRow.locator('td').nth(3).textContent()).toBe('1');
    expect(await row.locator('td').nth(3).textContent()).toBe('2');
    await screenshot(page, 'journey-11-list-reported');

    await row.getByRole('link', { name: candidate.name }).click();
    await page.getByTestId('history').getByText('报送推荐单位').waitFor();
    await page.getByTestId('read-only-note').waitFor();
    await shotAt(page.getByTestId('history'), 'journey-12-history');
    // The recommendation form the header links to, as PDF and Word.
    for (const [name, type, magic] of [
      [label('application.annex2Pdf'), 'application/pdf', '%PDF-'],
      [label('application.annex2Docx'), 'officedocument.wordprocessingml', 'PK'],
    ] as const) {
      const href = await page.getByRole('link', { name: new RegExp(name) }).getAttribute('href');
      const file = await page.request.get(`${server.url}${href}`);
      expect(file.status(), name).toBe(200);
      expect(file.headers()['content-type']).toContain(type);
      expect((await file.body()).subarray(0, magic.length).toString('latin1')).toBe(magic);
    }
  });

  it('shows the recommender the application read-only with masked personal data', async () => {
    await logOutThroughMenu(page, { userMenu: label('shell.userMenu'), logout: label('shell.logout') });
    await signIn('recommender');
    await page.goto(`${server.url}/applications/${applicationId}`);
    await page.getByRole('heading', { name: candidate.name }).waitFor();
    await page.getByText(label('application.readOnlyNote')).waitFor();
    // a description, not disabled inputs (issue 10, item 12)
    const id = page.getByTestId('view-idNumber');
    expect(await id.textContent()).toMatch(/^220104\*+/);
    expect(await id.textContent()).not.toBe(candidate.idNumber);
    expect(await page.getByLabel('身份证号码', { exact: true }).count()).toBe(0);
    await screenshot(page, 'journey-13-recommender-read-only');
    expect(pageErrors).toEqual([]);
  });
});

describe('the candidate fills in their own part through the unit’s one-time link', () => {
  it('opens the link without an account, sees only the personal part, and submits once', async () => {
    await logOutThroughMenu(page, { userMenu: label('shell.userMenu'), logout: label('shell.logout') });
    await signIn('employer');
    const list = (await (await page.request.get(`${server.url}/api/applications?status=draft`)).json()) as {
      items: { id: string; name: string }[];
    };
    const invited = list.items.find((item) => item.name === '韩雪梅');
    expect(invited).toBeDefined();
    await page.goto(`${server.url}/applications/${invited?.id}`);
    await page.getByRole('button', { name: label('invite.button') }).click();
    const url = ((await page.getByTestId('invite-url').textContent()) ?? '').trim();
    expect(url).toMatch(/\/invite\/[\w-]{40,}$/);
    await page.waitForTimeout(400);
    await screenshot(page, 'journey-14-invitation-link', { fullPage: false });

    const stranger = await browser.newContext({
      viewport: { width: 375, height: 812 },
      deviceScaleFactor: 2,
      isMobile: true,
      timezoneId: 'Asia/Shanghai',
    });
    try {
      const phone = await stranger.newPage();
      await phone.goto(url);
      await phone.getByRole('heading', { name: label('invitePage.title') }).waitFor();
      // The unit's declarations and the skill level are not the candidate's to fill in.
      expect(await phone.getByText(label('form.declarations')).count()).toBe(0);
      await phone.getByText(/单位已登记：220102\*+0425/).waitFor();
      await phone.getByLabel('电子邮箱', { exact: true }).fill('hanxuemei@example.cn');
      await screenshot(phone, 'journey-15-invitation-phone', { fullPage: false });
      const [submitted] = await Promise.all([
        phone.waitForResponse(isApi('PUT', /^\/api\/invitations\//)),
        phone.getByTestId('invitation-submit').click(),
      ]);
      expect(submitted.status()).toBe(204);
      // Only what was filled in travels: the ID number and the history on file stay untouched.
      const sent = JSON.parse(submitted.request().postData() ?? '{}') as { draft: Record<string, unknown> };
      expect(sent.draft.email).toBe('hanxuemei@example.cn');
      expect(sent.draft).not.toHaveProperty('idNumber');
      expect(sent.draft).not.toHaveProperty('workHistory');
      await phone.getByText(label('invitePage.doneTitle')).waitFor();
      // Used up: the same link no longer opens.
      await phone.goto(url);
      await phone.getByText(label('invitePage.loadFailed')).waitFor();
    } finally {
      await stranger.close();
    }
    const after = (await (
      await page.request.get(`${server.url}/api/applications/${invited?.id}`)
    ).json()) as ApplicationDetail;
    expect(after.draft.email).toBe('hanxuemei@example.cn');
    expect(after.draft.idNumber).toBe('220102198611050425');
    expect(after.draft.workHistory?.length).toBeGreaterThan(0);
    expect(pageErrors).toEqual([]);
  });
});
