import { describe, expect, it } from 'vitest';
import { idNumberReasonMessages, personFieldMessages } from '../people';
import { makeIdNumber } from '../people/id-number.testing';
import { issuesToFields } from '../validation';
import { makeApplication } from './application.testing';
import { applicationFieldMessages, summaryTooLongMessage } from './messages';
import { applicationFields } from './registry';
import { ApplicationDraft, ApplicationSubmission, completeness } from './schema';

function fieldErrors(result: { success: boolean; error?: { issues: readonly unknown[] } }) {
  expect(result.success).toBe(false);
  return issuesToFields((result.error?.issues ?? []) as Parameters<typeof issuesToFields>[0]);
}

function errorAt(input: unknown, path: string) {
  const errors = fieldErrors(ApplicationDraft.safeParse(input));
  const error = errors.find((candidate) => candidate.path === path);
  expect(error, `an error at ${path} among ${JSON.stringify(errors)}`).toBeDefined();
  return error;
}

describe('ApplicationDraft', () => {
  it('accepts an empty draft: every field is optional', () => {
    expect(ApplicationDraft.parse({})).toEqual({});
  });

  it('reads blank and null as absent', () => {
    const draft = ApplicationDraft.parse({ mobile: '', landline: '   ', isUnitHead: null, name: '张三' });
    expect(draft).toMatchObject({ name: '张三' });
    expect(draft.mobile).toBeUndefined();
    expect(draft.landline).toBeUndefined();
    expect(draft.isUnitHead).toBeUndefined();
  });

  it('refuses a misspelt field instead of ignoring it', () => {
    expect(errorAt({ birthdate: '1980-01-01' }, '')?.code).toBe('validation.unrecognized_keys');
  });

  it('accepts the complete applications of both awards and normalises the person fields', () => {
    const draft = ApplicationDraft.parse(
      makeApplication({ mobile: '+86 138 0431 0123', bankAccount: '6217 0000 1000 1234 567' }),
    );
    expect(draft.mobile).toBe('13804310123');
    expect(draft.bankAccount).toBe('6217000010001234567');
    expect(ApplicationSubmission.safeParse(makeApplication({ award: 'technical_expert' })).success).toBe(
      true,
    );
  });

  it('uses the people schemas and their codes for ID, phones, postal code, e-mail and bank account', () => {
    expect(errorAt({ idNumber: makeIdNumber({ region: '990101' }) }, 'idNumber')).toMatchObject({
      code: 'id_number.invalid',
      message: idNumberReasonMessages.region,
    });
    for (const [field, value, code] of [
      ['mobile', '12812345678', 'mobile.invalid'],
      ['landline', '88522559', 'landline.invalid'],
      ['postalCode', '13000', 'postal_code.invalid'],
      ['email', 'yu@localhost', 'email.invalid'],
    ] as const) {
      expect(errorAt({ [field]: value }, field)).toMatchObject({ code, message: personFieldMessages[code] });
    }
    expect(errorAt({ bankAccount: '6217 0000' }, 'bankAccount')?.code).toBe('bank_account.invalid');
  });

  it('lets a bank account through that fails only its Luhn check', () => {
    expect(ApplicationDraft.parse({ bankAccount: '6217000010001234560' }).bankAccount).toBe(
      '6217000010001234560',
    );
  });

  it('counts the summary in characters: 300 emoji pass, 301 CJK characters fail with the count', () => {
    expect(ApplicationDraft.safeParse({ achievementsSummary: '🏆'.repeat(300) }).success).toBe(true);
    expect(errorAt({ achievementsSummary: '长'.repeat(301) }, 'achievementsSummary')).toMatchObject({
      code: 'summary.too_long',
      message: summaryTooLongMessage(301),
    });
    expect(summaryTooLongMessage(312).zh).toBe('主要业绩成果 312 字，超过 300 字上限');
  });

  it('limits the name to 2–30 characters, counting 𠮷 once', () => {
    expect(ApplicationDraft.safeParse({ name: '𠮷' }).success).toBe(false);
    expect(ApplicationDraft.safeParse({ name: '𠮷田' }).success).toBe(true);
    expect(ApplicationDraft.safeParse({ name: '𠮷'.repeat(30) }).success).toBe(true);
    expect(errorAt({ name: '张'.repeat(31) }, 'name')?.message).toEqual({
      zh: '不能超过 30 个字符',
      en: 'At most 30 characters',
    });
    expect(errorAt({ name: '张' }, 'name')?.message.zh).toBe('至少 2 个字符');
  });

  it.each([[''], [null], ['   '], ['\u3000']])(
    'refuses to clear the name with %j: it is required once given',
    (name) => {
      expect(errorAt({ name }, 'name')).toMatchObject({
        message: { zh: '此项为必填项', en: 'This field is required' },
      });
      expect(ApplicationDraft.parse({ occupation: '电工' })).toEqual({ occupation: '电工' });
    },
  );

  it('refuses invisible characters in the name but keeps the middle dot of minority names', () => {
    expect(ApplicationDraft.parse({ name: '迪丽热巴·迪力木拉提' }).name).toBe('迪丽热巴·迪力木拉提');
    expect(errorAt({ name: '周\u202e军铁' }, 'name')?.code).toBe('name.invisible_character');
    expect(errorAt({ name: '周\u200b军' }, 'name')?.code).toBe('name.invisible_character');
  });

  it('refuses NUL and lone surrogates in every text field, nested ones included, with the field path', () => {
    const input = {
      name: '周\u0000军',
      occupation: '电\ud800工',
      address: '\u0000',
      employerName: 'x\udfff',
      achievementsSummary: '业绩\u0000',
      idNumber: '\u0000',
      professionalQualification: { field: 'other', level: 'junior', title: '\ud800' },
      workHistory: [{ place: '长春', content: '\u0000', witness: 'a\ud800' }],
    };
    const byPath = Object.fromEntries(
      fieldErrors(ApplicationDraft.safeParse(input)).map((error) => [error.path, error.code]),
    );
    expect(byPath).toEqual({
      name: 'text.control_character',
      occupation: 'text.unpaired_surrogate',
      address: 'text.control_character',
      employerName: 'text.unpaired_surrogate',
      achievementsSummary: 'text.control_character',
      idNumber: 'text.control_character',
      'professionalQualification.title': 'text.unpaired_surrogate',
      'workHistory.0.content': 'text.control_character',
      'workHistory.0.witness': 'text.unpaired_surrogate',
    });
  });

  it('reads full-width digits in the ID, phone, postal code and bank account as ASCII', () => {
    const id = makeIdNumber({ region: '220102', birthDate: '1980-05-17' });
    const fullWidth = (text: string) =>
      text.replace(/[0-9A-Za-z+]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    const draft = ApplicationDraft.parse({
      idNumber: fullWidth(id.toLowerCase()),
      mobile: fullWidth('+86 138 0431 0123'),
      landline: fullWidth('0431-88522559'),
      postalCode: fullWidth('130012'),
      bankAccount: fullWidth('6217 0000 1000 1234 567'),
      email: fullWidth('yu@ccrs.gov.cn'),
      birthDate: fullWidth('1980-05-17'),
    });
    expect(draft).toEqual({
      idNumber: id,
      mobile: '13804310123',
      landline: '0431-88522559',
      postalCode: '130012',
      bankAccount: '6217000010001234567',
      email: 'yu@ccrs.gov.cn',
      birthDate: '1980-05-17',
    });
  });

  it('keeps the Chinese punctuation of prose fields as typed', () => {
    const draft = ApplicationDraft.parse({
      occupation: '数控车工（高级）',
      address: '长春市红旗街８８号，３楼',
    });
    expect(draft).toEqual({ occupation: '数控车工（高级）', address: '长春市红旗街８８号，３楼' });
  });

  it.each([
    ['occupation', '工'.repeat(51), 'validation.too_big'],
    ['address', '址'.repeat(101), 'validation.too_big'],
    ['employerName', '司'.repeat(101), 'validation.too_big'],
    ['birthDate', '1980-02-30', 'date.invalid'],
    ['workStartDate', '1997/07/01', 'date.invalid'],
    ['occupationStartDate', '1997-7-1', 'date.invalid'],
    ['skillLevel', 'level6', 'validation.invalid_value'],
    ['ethnicity', '57', 'validation.invalid_value'],
    ['politicalStatus', '14', 'validation.invalid_value'],
    ['education', '大学专科', 'validation.invalid_value'],
    ['award', 'gold', 'validation.invalid_value'],
    ['post', 'manager', 'validation.invalid_value'],
    ['isUnitHead', 'no', 'validation.invalid_type'],
  ])('refuses %s = %j with %s', (field, value, code) => {
    expect(errorAt({ [field]: value }, field)?.code).toBe(code);
  });

  it('takes 1–5 distinct condition numbers', () => {
    expect(ApplicationDraft.parse({ conditions: [] }).conditions).toEqual([]);
    expect(ApplicationDraft.parse({ conditions: [1, 5] }).conditions).toEqual([1, 5]);
    expect(errorAt({ conditions: [6] }, 'conditions.0')?.code).toBe('validation.too_big');
    expect(errorAt({ conditions: [0] }, 'conditions.0')?.code).toBe('validation.too_small');
    expect(errorAt({ conditions: [1.5] }, 'conditions.0')?.code).toBe('validation.invalid_type');
    expect(errorAt({ conditions: [2, 2] }, 'conditions')).toMatchObject({
      code: 'conditions.duplicate',
      message: applicationFieldMessages['conditions.duplicate'],
    });
  });

  it('checks the professional qualification as a whole', () => {
    const qualification = { field: 'rural_revitalisation', level: 'intermediate', title: '农业技术推广中级' };
    expect(
      ApplicationDraft.parse({ professionalQualification: qualification }).professionalQualification,
    ).toEqual(qualification);
    expect(
      errorAt(
        { professionalQualification: { ...qualification, level: 'middle' } },
        'professionalQualification.level',
      )?.code,
    ).toBe('validation.invalid_value');
    expect(
      errorAt(
        { professionalQualification: { ...qualification, title: '职'.repeat(51) } },
        'professionalQualification.title',
      )?.code,
    ).toBe('validation.too_big');
  });
});

describe('structured sections', () => {
  const row = { from: '2010-01', to: '2012-12', content: '技术革新', witness: '车间主任 刘强' };

  it('take rows with an optional period (no end = 至今) and witness', () => {
    expect(ApplicationDraft.parse({ innovations: [{ content: '导轨刮研操作法' }] }).innovations).toEqual([
      { content: '导轨刮研操作法' },
    ]);
    expect(ApplicationDraft.parse({ patents: [row] }).patents).toEqual([row]);
  });

  it('refuse a reversed period, a malformed month, an empty or long content, a long witness', () => {
    expect(errorAt({ honours: [{ ...row, to: '2009-12' }] }, 'honours.0.to')?.code).toBe('period.reversed');
    expect(errorAt({ honours: [{ ...row, from: '2010-13' }] }, 'honours.0.from')?.code).toBe('month.invalid');
    expect(errorAt({ honours: [{ ...row, content: ' ' }] }, 'honours.0.content')?.message.zh).toBe(
      '此项为必填项',
    );
    expect(
      errorAt({ otherAwards: [{ ...row, content: '奖'.repeat(301) }] }, 'otherAwards.0.content')?.code,
    ).toBe('validation.too_big');
    expect(errorAt({ patents: [{ ...row, witness: '证'.repeat(51) }] }, 'patents.0.witness')?.code).toBe(
      'validation.too_big',
    );
  });

  it('allow 20 rows per section, not 21', () => {
    expect(ApplicationDraft.safeParse({ sciTechAwards: Array(20).fill(row) }).success).toBe(true);
    expect(errorAt({ sciTechAwards: Array(21).fill(row) }, 'sciTechAwards')?.code).toBe('validation.too_big');
  });

  it('need the place in the work history, and only there', () => {
    expect(errorAt({ workHistory: [row] }, 'workHistory.0.place')?.message.zh).toBe('此项为必填项');
    expect(ApplicationDraft.safeParse({ workHistory: [{ ...row, place: '长春一汽' }] }).success).toBe(true);
    expect(errorAt({ patents: [{ ...row, place: '长春一汽' }] }, 'patents.0')?.code).toBe(
      'validation.unrecognized_keys',
    );
  });
});

describe('ApplicationSubmission and completeness', () => {
  it('report every missing required field as required, in the form order', () => {
    const errors = fieldErrors(ApplicationSubmission.safeParse({ name: '张三', email: '' }));
    const [alternative, ...plain] = [
      ...errors.filter((error) => error.path === 'skillLevel'),
      ...errors.filter((error) => error.path !== 'skillLevel'),
    ];
    expect(plain.every((error) => error.message.zh === '此项为必填项')).toBe(true);
    expect(alternative?.message.zh).toBe('请填写技能水平，或填写专业技术资格');
    const { missing, filled, required } = completeness({ name: '张三', email: '' });
    expect(errors.map((error) => error.path).sort()).toEqual([...missing].sort());
    expect(missing).toContain('skillLevel');
    expect(missing).not.toContain('email');
    expect(missing).not.toContain('landline');
    expect(filled).toBe(1);
    expect(required).toBe(missing.length + 1);
    expect(missing).toEqual(applicationFields.filter((field) => missing.includes(field)));
  });

  it('need at least one condition and one work-history row', () => {
    const application = makeApplication({ conditions: [], workHistory: [] });
    const paths = fieldErrors(ApplicationSubmission.safeParse(application)).map((error) => error.path);
    expect(paths).toEqual(['conditions', 'workHistory']);
    expect(completeness(application).missing).toEqual(['conditions', 'workHistory']);
  });

  it('accept a professional qualification in place of a skill level', () => {
    const { skillLevel: _, ...withoutSkill } = makeApplication({ award: 'technical_expert' });
    expect(completeness(withoutSkill).missing).toEqual(['skillLevel']);
    expect(ApplicationSubmission.safeParse(withoutSkill).success).toBe(false);
    const withQualification = {
      ...withoutSkill,
      professionalQualification: { field: 'new_occupation', level: 'senior', title: '网约配送' },
    } as const;
    expect(completeness(withQualification).missing).toEqual([]);
    expect(ApplicationSubmission.safeParse(withQualification).success).toBe(true);
  });

  it('find a complete application complete', () => {
    for (const award of ['grand_award', 'technical_expert'] as const) {
      const application = makeApplication({ award });
      expect(completeness(application)).toEqual({ filled: 22, required: 22, missing: [] });
      expect(ApplicationSubmission.safeParse(application).success).toBe(true);
    }
  });
});
