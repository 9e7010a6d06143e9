import { beforeAll, describe, expect, it } from 'vitest';
import { unzip } from './files.testing';
import { pdfText, pdfWords } from './poppler.testing';
import { qrFor } from './qr';
import {
  candidateRows,
  expectedReportTexts,
  makeReport,
  textWithoutPageNumbers,
  withObjection,
} from './report-data.testing';
import { renderRecommendationReportDocx } from './report-docx';
import { docxToPdf } from './soffice.testing';

/** The visible text of a part, runs joined, white space dropped. */
function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
    .map((match) => match[1] ?? '')
    .join('')
    .replace(/\s/gu, '');
}

/** The paragraphs of document.xml whose text starts with `start`. */
function paragraphsStarting(xml: string, start: string): string[] {
  return (xml.match(/<w:p>.*?<\/w:p>|<w:p [^>]*>.*?<\/w:p>/g) ?? []).filter((p) =>
    textOf(p).startsWith(start),
  );
}

describe('renderRecommendationReportDocx', () => {
  let bytes: Buffer;
  let entries: Map<string, Buffer>;
  let xml: string;
  let converted: Buffer;

  beforeAll(async () => {
    ({ bytes } = await renderRecommendationReportDocx(makeReport()));
    entries = unzip(bytes);
    xml = entries.get('word/document.xml')?.toString('utf8') ?? '';
    converted = docxToPdf(bytes);
  });

  it('is an A4 Word document with the margins of an official letter', () => {
    expect(bytes.subarray(0, 2).toString('ascii')).toBe('PK');
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838"');
    expect(xml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588"/);
  });

  it('holds every text of the report in order', () => {
    const text = textOf(xml);
    let at = -1;
    for (const expected of expectedReportTexts) {
      const found = text.indexOf(expected);
      expect(found, expected).toBeGreaterThan(at);
      at = found;
    }
  });

  it('sets the title in 宋体 bold 二号, the headings in 黑体, the body in 仿宋 三号 on exact 28 pt lines', () => {
    const styles = entries.get('word/styles.xml')?.toString('utf8') ?? '';
    expect(styles).toContain('w:eastAsia="仿宋"');
    expect(styles).toMatch(/<w:sz w:val="32"\/>/);
    const [title] = paragraphsStarting(xml, '关于推荐第三届长春技能大奖');
    expect(title).toContain('w:eastAsia="宋体"');
    expect(title).toContain('<w:b/>');
    expect(title).toContain('<w:sz w:val="44"/>');
    expect(title).toContain('<w:jc w:val="center"/>');
    for (const heading of ['一、推荐人选', '二、专家评议情况', '三、公示情况', '四、联系人及联系方式']) {
      const [paragraph] = paragraphsStarting(xml, heading);
      expect(paragraph, heading).toContain('w:eastAsia="黑体"');
      expect(paragraph, heading).toContain('<w:keepNext/>');
    }
    const [opening] = paragraphsStarting(xml, '根据《');
    expect(opening).toContain('w:eastAsia="仿宋"');
    expect(opening).toContain('<w:sz w:val="32"/>');
    expect(opening).toContain('w:firstLine="640"');
    expect(opening).toMatch(/w:line="560" w:lineRule="exact"/);
    expect(opening).toContain('<w:jc w:val="both"/>');
  });

  it('has a bordered table of the candidates, the awards merged down their rows', () => {
    const table = xml.slice(xml.indexOf('<w:tbl>'), xml.indexOf('</w:tbl>'));
    expect(table).toMatch(/<w:tblBorders><w:top w:val="single"/);
    expect(table).toContain('<w:insideV w:val="single"');
    expect(table).toContain('<w:tblHeader/>');
    expect(table.match(/<w:vMerge w:val="restart"\/>/g)).toHaveLength(2);
    const columns = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((match) => Number(match[1]));
    expect(columns).toHaveLength(7);
    expect(columns.reduce((sum, width) => sum + width, 0)).toBe(11906 - 1588 - 1474);
    expect(textOf(table)).toContain(
      '长春技能大奖1周铁军男长春精工数控机床有限公司数控车工高级技师（一级）2孙立伟',
    );
    expect(textOf(table)).toContain('长春技术能手1李春燕女');
  });

  it('indents the attachments under 附件 and puts the signature at the right', () => {
    const [first] = paragraphsStarting(xml, '附件：');
    expect(first).toContain('w:left="1600" w:hanging="960"');
    const [second] = paragraphsStarting(xml, '2.公示截图');
    expect(second).toContain('w:left="1600"');
    const [date] = paragraphsStarting(xml, '2027年10月19日');
    expect(date).toContain('<w:jc w:val="center"/>');
    expect(date).toMatch(/w:right="640"/);
  });

  it('numbers the pages and prints the QR code of the verification link on the first page', async () => {
    const footers = [...entries].filter(([name]) => /^word\/footer\d+\.xml$/.test(name));
    expect(footers.length).toBeGreaterThan(0);
    for (const [, footer] of footers) expect(footer.toString('utf8')).toMatch(/PAGE/);
    const qr = await qrFor(makeReport().verification?.url ?? '');
    const media = [...entries].filter(([name]) => name.startsWith('word/media/')).map(([, file]) => file);
    expect(media.some((file) => file.equals(qr))).toBe(true);
    expect(xml).toContain('<w:titlePg/>');
    const headers = [...entries].filter(([name]) => /^word\/header\d+\.xml$/.test(name)).map(([, x]) => x);
    expect(headers.some((header) => textOf(header.toString('utf8')) === '核验码R7K2-9QXD')).toBe(true);
  });

  it('lays out in LibreOffice with the same texts, the candidates in rank order and page numbers', () => {
    const text = textWithoutPageNumbers(converted);
    let at = -1;
    for (const expected of expectedReportTexts) {
      const found = text.indexOf(expected);
      expect(found, expected).toBeGreaterThan(at);
      at = found;
    }
    const { rows, labelAt } = candidateRows(pdfWords(converted));
    expect(rows.map((row) => row.cells.slice(0, 3).join(' '))).toEqual([
      '1 周铁军 男',
      '2 孙立伟 男',
      '1 李春燕 女',
      '2 王海涛 男',
      '3 刘佳琪 女',
    ]);
    const grand = labelAt('长春技能');
    expect(grand?.y).toBeGreaterThan(rows[0]?.y ?? 0);
    expect(grand?.y).toBeLessThan(rows[2]?.y ?? 0);
    const pages = pdfText(converted)
      .split('\f')
      .filter((page) => page.trim());
    expect(pages.length).toBeGreaterThanOrEqual(2);
    pages.forEach((page, index) => {
      expect(page.replace(/\s/gu, '')).toMatch(new RegExp(`—${index + 1}—$`));
    });
  });

  it('reports an objection in the document too', async () => {
    const objected = textOf(
      unzip((await renderRecommendationReportDocx(withObjection())).bytes)
        .get('word/document.xml')
        ?.toString('utf8') ?? '',
    );
    expect(objected).toContain('公示期间收到异议1件，经核查，所反映问题与事实不符，不影响其推荐资格。');
  });
});
