/**
 * Test factory for Annex2Data: the complete grand-award application of the domain factory, with a unit
 * opinion, an ID photo and entries in every section. Test-only.
 */
import { crc32, deflateSync } from 'node:zlib';
import type { ApplicationDraft } from '../../domain/application';
import { makeApplication } from '../../domain/application/application.testing';
import { type Annex2Data, annex2DataFromDraft } from './annex2-data';

/** The grand-award draft of the domain factory with an entry in every section. */
export function makeAnnex2Draft(): ApplicationDraft {
  return makeApplication({
    patents: [
      {
        from: '2019-06',
        content: '一种薄壁套类零件车削夹具（实用新型专利，ZL201920123456.7），第一发明人',
        witness: '专利证书复印件',
      },
    ],
    sciTechAwards: [
      {
        from: '2021-12',
        to: '2021-12',
        content: '长春市科学技术进步奖三等奖（薄壁件高效车削工艺）',
        witness: '获奖证书复印件',
      },
    ],
    innovations: [
      {
        from: '2018-03',
        to: '2019-11',
        content: '主持数控车床液压卡盘改造，年节约加工成本约46万元',
        witness: '技术中心主任 赵明',
      },
    ],
    otherAwards: [{ from: '2020-04', to: '2020-04', content: '长春市五一劳动奖章', witness: '市总工会文件' }],
  });
}

export function makeAnnex2Data(overrides: Partial<Annex2Data> = {}): Annex2Data {
  const draft = makeAnnex2Draft();
  const base = annex2DataFromDraft(draft, {
    unitOpinion:
      '该同志长期扎根生产一线，技艺精湛，带徒传艺成绩突出。经公司领导班子集体研究，并在本单位公示5个工作日无异议，同意推荐。',
    photo: { bytes: portraitPng(), mimeType: 'image/png' },
    referenceDate: '2025-10-24',
    verificationUrl: 'http://localhost:3000/verify/',
    generatedAt: new Date('2025-10-20T09:30:00+08:00'),
  });
  return { ...base, ...overrides };
}

/**
 * Three more titles with periods of every kind (one month, closed, open-ended): the merged
 * 曾获得的荣誉称号 group then reaches the foot of the form's third page, where it used to split.
 */
export function withManyHonours(data: Annex2Data = makeAnnex2Data()): Annex2Data {
  return {
    ...data,
    sections: {
      ...data.sections,
      honours: [
        ...data.sections.honours,
        { from: '2015-05', to: '2015-05', content: '长春市劳动模范', witness: '市政府文件' },
        { from: '2018-04', to: '2020-12', content: '吉林省技术能手（任期内）', witness: '省人社厅文件' },
        { from: '2021-01', content: '长春市首席技师（现任）', witness: '市人社局文件' },
      ],
    },
  };
}

/** A 150 × 210 px (25 × 35 mm proportions) ID-style portrait on the usual blue ground, as a PNG. */
export function portraitPng(width = 150, height = 210): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y += 1) {
    const row = Buffer.alloc(1 + width * 3); // filter byte 0, then RGB
    for (let x = 0; x < width; x += 1) {
      const [r, g, b] = portraitPixel(x / width, y / height);
      row.writeUInt8(r, 1 + x * 3);
      row.writeUInt8(g, 2 + x * 3);
      row.writeUInt8(b, 3 + x * 3);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, deflate, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(Buffer.concat(rows))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

function portraitPixel(u: number, v: number): [number, number, number] {
  const head = ((u - 0.5) / 0.2) ** 2 + ((v - 0.4) / 0.2) ** 2 <= 1;
  const hair = head && v < 0.3;
  const shoulders = v > 0.66 && ((u - 0.5) / 0.46) ** 2 + ((v - 1.05) / 0.4) ** 2 <= 1;
  const collar = shoulders && Math.abs(u - 0.5) < (v - 0.66) * 0.45;
  if (hair) return [35, 30, 30];
  if (head) return [236, 200, 172];
  if (collar) return [245, 245, 245];
  if (shoulders) return [38, 42, 62];
  return [67, 142, 219];
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}
