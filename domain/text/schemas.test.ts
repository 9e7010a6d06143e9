import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { issuesToFields } from '../validation';
import { identifierText, personName, plainText, textField } from './schemas';

function fieldsOf(result: { success: boolean; error?: { issues: readonly unknown[] } }) {
  expect(result.success).toBe(false);
  return issuesToFields((result.error?.issues ?? []) as Parameters<typeof issuesToFields>[0]);
}

describe('text schemas', () => {
  it('refuse NUL with a specific code and a bilingual message saying where', () => {
    expect(fieldsOf(textField({ max: 30 }).safeParse('长春\u0000市'))).toEqual([
      {
        path: '',
        code: 'text.control_character',
        message: {
          zh: '第 3 个字符是不可见的控制字符（U+0000），不能保存，请删除后重新输入',
          en: 'Character 3 is an invisible control character (U+0000) that cannot be stored; delete it and type again',
        },
      },
    ]);
  });

  it('refuse a lone surrogate, and stop there (one problem per field)', () => {
    const fields = fieldsOf(textField({ min: 5, max: 30 }).safeParse('\ud800'));
    expect(fields).toHaveLength(1);
    expect(fields[0]?.code).toBe('text.unpaired_surrogate');
    expect(fields[0]?.message.zh).toContain('U+D800');
  });

  it('keep line breaks only in a text area', () => {
    expect(textField({ max: 100, multiline: true }).parse(' 一、改造\n二、带徒 ')).toBe('一、改造\n二、带徒');
    expect(fieldsOf(textField({ max: 100 }).safeParse('一、改造\n二、带徒'))[0]?.message.zh).toContain(
      '只能填写一行',
    );
  });

  it('keep Chinese prose exactly as typed, only trimmed', () => {
    const prose = '数控车工（高级），主持改造１２项；';
    expect(plainText().parse(`\u3000${prose} `)).toBe(prose);
  });

  it('count lengths in characters, not UTF-16 units', () => {
    expect(textField({ min: 2, max: 3 }).safeParse('𠮷野家').success).toBe(true);
    expect(fieldsOf(textField({ min: 2, max: 3 }).safeParse('𠮷野家丁'))[0]?.code).toBe('validation.too_big');
    expect(fieldsOf(textField({ max: 3 }).safeParse('   '))[0]?.message.zh).toBe('此项为必填项');
  });

  it('fold identifiers to ASCII', () => {
    expect(identifierText().parse('　１３８　１２３４　５６７８　')).toBe('138 1234 5678');
  });

  it('refuse invisible characters in names, keep the middle dot', () => {
    const name = personName({ min: 2, max: 30 });
    expect(name.parse('迪丽热巴·迪力木拉提')).toBe('迪丽热巴·迪力木拉提');
    expect(name.parse(' 周铁军 ')).toBe('周铁军');
    const fields = fieldsOf(name.safeParse('周\u202e军铁'));
    expect(fields).toEqual([
      {
        path: '',
        code: 'name.invisible_character',
        message: {
          zh: '第 2 个字符是不可见字符（U+202E，如零宽字符或文字方向控制符），请删除后重新输入',
          en: 'Character 2 is invisible (U+202E: a zero-width or text-direction character); delete it and type again',
        },
      },
    ]);
    expect(fieldsOf(name.safeParse('周\u200b军'))[0]?.code).toBe('name.invisible_character');
    expect(fieldsOf(name.safeParse('周\u0000军'))[0]?.code).toBe('text.control_character');
  });

  it('refuse every string with a lone surrogate or a control character, in every kind of field', () => {
    const bad = fc
      .tuple(
        fc.string({ maxLength: 10 }),
        fc.oneof(
          fc.integer({ min: 0xd800, max: 0xdfff }).map((unit) => String.fromCharCode(unit)),
          fc.integer({ min: 0, max: 0x08 }).map((cp) => String.fromCharCode(cp)),
        ),
        fc.string({ maxLength: 10 }),
      )
      // printable ASCII around it, so an inserted surrogate stays unpaired
      .map(([before, character, after]) => `${before}${character}${after}`);
    const schemas = [
      plainText(),
      plainText({ multiline: true }),
      identifierText(),
      textField({ max: 100, multiline: true }),
      personName({ max: 100 }),
    ];
    fc.assert(
      fc.property(bad, fc.constantFrom(...schemas), (text, schema) => {
        const fields = fieldsOf(schema.safeParse(text));
        expect(['text.control_character', 'text.unpaired_surrogate']).toContain(fields[0]?.code);
      }),
    );
  });
});
