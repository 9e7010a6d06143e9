import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { createPdf, wrapText } from './pdf-layout';

describe('wrapText', () => {
  const { doc, finish } = createPdf({ Title: 'wrap', CreationDate: new Date(0) });
  afterAll(() => finish());
  const width = (text: string) => doc.font('regular').fontSize(10).widthOfString(text);

  it('keeps every character, in order, on lines no wider than the box', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom('长', '春', '技', '能', '，', '。', '（', '）', 'a', 'Z', '1', ' ', '-', '“', '”'),
          {
            maxLength: 200,
          },
        ),
        fc.integer({ min: 30, max: 300 }),
        (chars, box) => {
          const text = chars.join('');
          const lines = wrapText(doc, text, box);
          for (const line of lines) expect(width(line)).toBeLessThanOrEqual(box + 0.01);
          expect(lines.join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
        },
      ),
    );
  });

  it('never starts a line with closing punctuation nor ends one with an opening mark', () => {
    const text =
      '在数控车削薄壁套类零件加工中总结出“一次装夹、分层切削、对称去应力”操作法，解决了变形超差难题。'.repeat(
        4,
      );
    for (const box of [60, 95, 130, 201, 243]) {
      const lines = wrapText(doc, text, box);
      for (const line of lines.slice(1)) expect(line, `${box}: ${line}`).not.toMatch(/^[，。、；：？！）”]/);
      for (const line of lines) expect(line).not.toMatch(/[（“]$/);
    }
  });

  it('breaks before a short parenthesis rather than inside it, and keeps Latin words whole', () => {
    expect(wrapText(doc, '高级技师（一级）', 64)).toEqual(['高级技师', '（一级）']);
    const email = 'zhoutiejun@example.com';
    expect(wrapText(doc, `长春市 ${email}`, width(email) + 5)).toEqual(['长春市', email]);
    // A word wider than the box is cut where it must be.
    expect(wrapText(doc, email, width(email) / 2).join('')).toBe(email);
  });

  it('keeps line breaks typed by the user', () => {
    expect(wrapText(doc, '第一段\n第二段', 300)).toEqual(['第一段', '第二段']);
  });
});
