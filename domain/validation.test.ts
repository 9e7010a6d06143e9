import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { idNumberSchema } from './people/schemas';
import { issueMessage, issuesToFields } from './validation';

describe('schema issues as bilingual field errors', () => {
  it('says "required" for a missing or empty string in both languages', () => {
    const result = z.object({ name: z.string().min(1) }).safeParse({});
    expect(result.success).toBe(false);
    const [field] = issuesToFields(result.error?.issues ?? []);
    expect(field).toMatchObject({
      path: 'name',
      message: { zh: '此项为必填项', en: 'This field is required' },
    });
    const empty = z.object({ name: z.string().min(1) }).safeParse({ name: '' });
    expect(issuesToFields(empty.error?.issues ?? [])[0]?.message.zh).toBe('此项为必填项');
  });

  it('names the limit of a too-long text', () => {
    const result = z.string().max(300).safeParse('长'.repeat(301));
    expect(issueMessage(result.error?.issues[0] ?? { code: 'x', path: [] })).toEqual({
      zh: '不能超过 300 个字符',
      en: 'At most 300 characters',
    });
  });

  it("keeps a domain rule's own code and message for custom issues", () => {
    const result = z.object({ idNumber: idNumberSchema }).safeParse({ idNumber: '220102198005170010' });
    expect(result.success).toBe(false);
    const [field] = issuesToFields(result.error?.issues ?? [], 'applicant');
    expect(field?.path).toBe('applicant.idNumber');
    expect(field?.code).toBe('id_number.invalid');
    expect(field?.message.zh).not.toBe('输入不正确');
  });
});
