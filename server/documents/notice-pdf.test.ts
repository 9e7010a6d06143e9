import { beforeAll, describe, expect, it } from 'vitest';
import { makeApplication } from '../../domain/application/application.testing';
import { makeNotice } from './notice.testing';
import { type NoticeItem, redactPii, renderNoticePdf } from './notice-pdf';
import { compact, pdfFonts, pdfPageCount, pdfRawText, pdfText, pdfWords } from './poppler.testing';

describe('renderNoticePdf', () => {
  const candidate = makeApplication();
  let text: string;
  let raw: string;
  let bytes: Buffer;

  beforeAll(async () => {
    const notice = makeNotice();
    // What a caller might carelessly hand over: the whole application, PII included.
    const [first, ...others] = notice.items;
    if (!first) throw new Error('factory has items');
    const careless = { ...first, idNumber: candidate.idNumber, mobile: candidate.mobile };
    const items: NoticeItem[] = [careless, ...others];
    ({ bytes } = await renderNoticePdf({ ...notice, items }));
    text = compact(pdfText(bytes));
    raw = compact(pdfRawText(bytes));
  });

  it('lists the candidates in a table with their award', () => {
    for (const heading of [
      '序号',
      '姓名',
      '性别',
      '工作单位',
      '职业（工种）',
      '技能等级',
      '推荐类别',
      '主要业绩成果',
    ]) {
      expect(text).toContain(heading);
    }
    for (const value of ['周铁军', '李春燕', '数控车工', '装配钳工', '长春技能大奖', '长春技术能手']) {
      expect(text).toContain(value);
    }
    expect(raw).toContain('高级技师（一级）');
    expect(raw).toContain('合格率由85%提升至99.2%');
  });

  it('states the period in working days, how to object, and who issues it', () => {
    expect(text).toContain('公示期：2025年9月29日至2025年10月11日（5个工作日）');
    expect(text).toContain('书面形式实名');
    expect(text).toContain('联系人：王丽联系电话：0431-85551234地址：长春市朝阳区西民主大街809号人力资源部');
    expect(text).toMatch(/长春精工数控机床有限公司2025年9月29日$/);
  });

  it('says where to object with the parts of the contact that are known, after the objection line', async () => {
    const addressOnly = { name: null, phone: null, address: '长春市朝阳区西民主大街809号' };
    const partial = compact(pdfText((await renderNoticePdf(makeNotice({ contact: addressOnly }))).bytes));
    expect(partial).toContain('匿名反映不予受理。地址：长春市朝阳区西民主大街809号');
    expect(partial).not.toContain('联系人');
    expect(partial).not.toContain('联系电话');
    const phoneOnly = { name: null, phone: '0431-85551234', address: null };
    const phone = compact(pdfText((await renderNoticePdf(makeNotice({ contact: phoneOnly }))).bytes));
    expect(phone).toContain('匿名反映不予受理。联系电话：0431-85551234长春精工');
    const none = { name: null, phone: null, address: '  ' };
    const bare = compact(pdfText((await renderNoticePdf(makeNotice({ contact: none }))).bytes));
    expect(bare).toContain('匿名反映不予受理。长春精工数控机床有限公司2025年9月29日');
  });

  it("never shows a candidate's ID number or phone", () => {
    expect(text).not.toContain(candidate.idNumber);
    expect(text).not.toContain(candidate.mobile);
    expect(text).not.toContain(candidate.bankAccount);
  });

  it('masks digits that look like an ID number or a mobile in the texts the unit typed', async () => {
    const notice = makeNotice();
    const [first] = notice.items;
    if (!first) throw new Error('factory has items');
    const slipped = `${first.achievementsSummary}（身份证${candidate.idNumber}，电话${candidate.mobile}）`;
    const rendered = await renderNoticePdf({
      ...notice,
      body: `${notice.body}\n如有疑问请联系13904317788。`,
      items: [{ ...first, achievementsSummary: slipped }],
    });
    const output = compact(pdfText(rendered.bytes));
    expect(output).not.toContain(candidate.idNumber);
    expect(output).not.toContain(candidate.mobile);
    expect(output).not.toContain('13904317788');
    expect(compact(pdfRawText(rendered.bytes))).toContain('139****7788');
  });

  it('is portrait without summaries, landscape with them, and keeps inside the margins', async () => {
    const words = pdfWords(bytes);
    expect(words[0]?.pageWidth).toBeGreaterThan(words[0]?.pageHeight ?? 0);
    const items = makeNotice().items.map(({ achievementsSummary: _, ...item }) => item);
    const portrait = await renderNoticePdf(makeNotice({ items }));
    const portraitWords = pdfWords(portrait.bytes);
    expect(portraitWords[0]?.pageWidth).toBeLessThan(portraitWords[0]?.pageHeight ?? 0);
    for (const word of [...words, ...portraitWords]) {
      expect(word.xMin).toBeGreaterThanOrEqual(55.5);
      expect(word.xMax).toBeLessThanOrEqual(word.pageWidth - 55.5);
      expect(word.yMax).toBeLessThanOrEqual(word.pageHeight - 55.5);
    }
  });

  it('continues a long list on further pages with the headings repeated', async () => {
    const [first] = makeNotice().items;
    if (!first) throw new Error('factory has items');
    const items = Array.from({ length: 40 }, (_, i) => ({ ...first, name: `候选人${i + 1}` }));
    const long = await renderNoticePdf(makeNotice({ items }));
    const longText = compact(pdfText(long.bytes));
    expect(pdfPageCount(long.bytes)).toBeGreaterThan(1);
    for (let i = 1; i <= 40; i += 1) expect(longText).toContain(`候选人${i}`);
    expect(longText.match(/序号姓名性别/g)?.length).toBe(pdfPageCount(long.bytes));
  });

  it('embeds the Chinese font and renders the same bytes for the same notice', async () => {
    expect(pdfFonts(bytes).every((font) => font.embedded && font.subset)).toBe(true);
    const again = await renderNoticePdf(makeNotice());
    const once = await renderNoticePdf(makeNotice());
    expect(again.sha256).toBe(once.sha256);
  });

  it('redactPii leaves ordinary numbers alone', () => {
    expect(redactPii('带徒32名，节约46万元，2025年')).toBe('带徒32名，节约46万元，2025年');
    expect(redactPii('ZL201920123456.7')).toBe('ZL201920123456.7');
  });
});
