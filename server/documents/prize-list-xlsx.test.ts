import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { type PrizeListRow, prizeListTexts, renderPrizeListXlsx } from './prize-list-xlsx';

const rows: PrizeListRow[] = [
  {
    certificateNo: 'CCJNDJ-2026-001',
    name: '周铁军',
    awardName: '长春技能大奖',
    employer: '长春精工数控机床有限公司',
    idNumber: '22010219800101123X',
    idNumberMasked: '220102********123X',
    bank: '吉林银行',
    accountNo: '0081020000123456789',
    amountYuan: 10000,
    status: 'paid',
    paidOn: '2026-12-20',
    bankReference: '00202612200000001',
  },
  {
    certificateNo: 'CCJSNS-2026-001',
    name: '阿依古丽·买买提',
    awardName: '长春技术能手',
    employer: '中国第一汽车集团有限公司长春一汽富维汽车零部件股份有限公司',
    idNumber: '220104199002023456',
    idNumberMasked: '220104********3456',
    bank: '吉林银行',
    accountNo: '6231900000001234',
    amountYuan: 5000,
    status: 'pending',
    paidOn: null,
    bankReference: null,
  },
  {
    certificateNo: null,
    name: '李春燕',
    awardName: '长春技术能手',
    employer: '长春轨道客车股份有限公司',
    idNumber: '220105198512120021',
    idNumberMasked: '220105********0021',
    bank: '吉林银行',
    accountNo: '6231900000009876543',
    amountYuan: 5000.5,
    status: 'pending',
    paidOn: null,
    bankReference: null,
  },
];

const generatedAt = new Date('2026-12-06T02:30:00Z');
const HEADER_ROW = 2;
const FIRST_ROW = 3;
const column = (key: string) => prizeListTexts.columns.findIndex((c) => c.key === key) + 1;

async function readBack(bytes: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('no worksheet');
  return sheet;
}

describe('renderPrizeListXlsx', () => {
  let bytes: Buffer;
  let sheet: ExcelJS.Worksheet;

  beforeAll(async () => {
    bytes = await renderPrizeListXlsx({
      title: '第三届长春技能大奖和长春技术能手奖金发放名单',
      generatedAt,
      rows,
    });
    sheet = await readBack(bytes);
  });

  it('has one sheet, the title merged over the columns and the header row frozen', async () => {
    expect(bytes.subarray(0, 2).toString('ascii')).toBe('PK');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['奖金发放名单']);
    expect(sheet.getCell('A1').value).toBe('第三届长春技能大奖和长春技术能手奖金发放名单');
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.getCell('M1').master.address).toBe('A1');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: HEADER_ROW });
    const headings = prizeListTexts.columns.map((_, i) => sheet.getRow(HEADER_ROW).getCell(i + 1).value);
    expect(headings).toEqual([
      '序号',
      '证书编号',
      '姓名',
      '奖项',
      '工作单位',
      '身份证号（脱敏）',
      '身份证号',
      '开户银行',
      '银行账号',
      '金额（元）',
      '发放状态',
      '发放日期',
      '银行流水号',
    ]);
  });

  it('writes a row per winner with the values as given and the status in words', () => {
    const values = rows.map((_, i) =>
      prizeListTexts.columns.map((_, c) => sheet.getCell(FIRST_ROW + i, c + 1).value),
    );
    expect(values).toEqual([
      [
        1,
        'CCJNDJ-2026-001',
        '周铁军',
        '长春技能大奖',
        '长春精工数控机床有限公司',
        '220102********123X',
        '22010219800101123X',
        '吉林银行',
        '0081020000123456789',
        10000,
        '已发放',
        '2026-12-20',
        '00202612200000001',
      ],
      [
        2,
        'CCJSNS-2026-001',
        '阿依古丽·买买提',
        '长春技术能手',
        '中国第一汽车集团有限公司长春一汽富维汽车零部件股份有限公司',
        '220104********3456',
        '220104199002023456',
        '吉林银行',
        '6231900000001234',
        5000,
        '待发放',
        null,
        null,
      ],
      [
        3,
        null,
        '李春燕',
        '长春技术能手',
        '长春轨道客车股份有限公司',
        '220105********0021',
        '220105198512120021',
        '吉林银行',
        '6231900000009876543',
        5000.5,
        '待发放',
        null,
        null,
      ],
    ]);
  });

  it('keeps ID and account numbers as text: leading zeros, the X and every digit', () => {
    rows.forEach((row, i) => {
      for (const key of ['idNumber', 'idNumberMasked', 'accountNo', 'certificateNo'] as const) {
        if (row[key] === null) continue;
        const cell = sheet.getCell(FIRST_ROW + i, column(key));
        expect(cell.type, `${row.name} ${key}`).toBe(ExcelJS.ValueType.String);
        expect(cell.numFmt).toBe('@');
      }
      expect(sheet.getCell(FIRST_ROW + i, column('idNumber')).text).toBe(row.idNumber);
    });
    expect(sheet.getCell(FIRST_ROW, column('accountNo')).text).toBe('0081020000123456789');
    expect(sheet.getCell(FIRST_ROW, column('bankReference')).value).toBe('00202612200000001');
    // An unknown value leaves the cell empty, still formatted as text for when it is typed in.
    const blank = sheet.getCell(FIRST_ROW + 2, column('certificateNo'));
    expect(blank.value).toBeNull();
    expect(blank.numFmt).toBe('@');
  });

  it('stores the amounts as numbers and ends with a 合计 row: the SUM formula and its value', () => {
    for (let i = 0; i < rows.length; i += 1) {
      const amount = sheet.getCell(FIRST_ROW + i, column('amountYuan'));
      expect(amount.type).toBe(ExcelJS.ValueType.Number);
      expect(amount.numFmt).toBe('#,##0.00');
    }
    const totalRow = FIRST_ROW + rows.length;
    expect(sheet.getCell(totalRow, 1).value).toBe('合计（3人）');
    expect(sheet.getCell(totalRow, column('amountYuan') - 1).master.address).toBe(`A${totalRow}`);
    const total = sheet.getCell(totalRow, column('amountYuan'));
    expect(total.type).toBe(ExcelJS.ValueType.Formula);
    expect(total.formula).toBe(`SUM(J${FIRST_ROW}:J${totalRow - 1})`);
    expect(total.result).toBe(20000.5);
    expect(total.numFmt).toBe('#,##0.00');
  });

  it('says when it was generated, in Shanghai time, under the table and in the printed footer', () => {
    const line = sheet.getCell(FIRST_ROW + rows.length + 1, 1);
    expect(line.value).toBe('生成时间：2026年12月6日 10:30（北京时间）');
    expect(sheet.getCell(FIRST_ROW + rows.length + 1, 13).master.address).toBe(line.address);
    expect(sheet.headerFooter.oddFooter).toContain('生成时间：2026年12月6日 10:30');
  });

  it('prints on landscape A4, fit to one page wide, the header repeated', () => {
    expect(sheet.pageSetup).toMatchObject({
      orientation: 'landscape',
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    });
    expect(sheet.pageSetup.printTitlesRow).toMatch(/^\$?2:\$?2$/);
    expect(sheet.pageSetup.printArea).toBe(`A1:M${FIRST_ROW + rows.length + 1}`);
  });

  it('writes an empty list with a zero total', async () => {
    const empty = await readBack(await renderPrizeListXlsx({ title: '奖金发放名单', generatedAt, rows: [] }));
    expect(empty.getCell(FIRST_ROW, 1).value).toBe('合计（0人）');
    expect(empty.getCell(FIRST_ROW, column('amountYuan')).value).toBe(0);
  });
});
