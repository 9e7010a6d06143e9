import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeApplication } from '../application/application.testing';
import {
  BLIND_PLACEHOLDER,
  blindDraft,
  blindHiddenFields,
  blindLabel,
  isWithheldInBlindReview,
} from './blind';

const identifying = fc.record({
  name: fc.string({
    minLength: 2,
    maxLength: 6,
    unit: fc.constantFrom(...'王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗'),
  }),
  employerName: fc.string({
    minLength: 4,
    maxLength: 20,
    unit: fc.constantFrom(...'长春一汽机床焊接技术有限公司学校厂'),
  }),
  witness: fc.string({ minLength: 2, maxLength: 8, unit: fc.constantFrom(...'人事处王敏李强赵刚科长') }),
  place: fc.string({
    minLength: 4,
    maxLength: 20,
    unit: fc.constantFrom(...'长春市第一汽车制造厂车间分公司'),
  }),
});

describe('a blind review’s form', () => {
  it('keeps no identifying field, unit or witness of any row, for any candidate', () => {
    fc.assert(
      fc.property(identifying, fc.integer({ min: 1, max: 500 }), (who, n) => {
        const draft = makeApplication({
          name: who.name,
          employerName: who.employerName,
          mobile: '13904310001',
          email: 'someone@example.cn',
          workHistory: [{ from: '2001-07', content: '车工', place: who.place, witness: who.witness }],
          honours: [{ from: '2020-05', content: '长春市劳动模范', witness: who.witness }],
        });
        const blind = blindDraft(draft, blindLabel(n));
        for (const field of blindHiddenFields) if (field !== 'name') expect(blind[field]).toBeUndefined();
        expect(blind.name).toBe(`候选人 ${n}`);
        const text = JSON.stringify(blind);
        expect(text).not.toContain(draft.idNumber as string);
        expect(text).not.toContain(draft.bankAccount as string);
        expect(text).not.toContain('13904310001');
        expect(text).not.toContain(who.employerName);
        expect(blind.workHistory?.[0]).toMatchObject({ content: '车工', place: BLIND_PLACEHOLDER.zh });
        expect(blind.honours?.[0]?.witness).toBe(BLIND_PLACEHOLDER.zh);
        // what the rubric scores stays
        expect(blind.occupation).toBe(draft.occupation);
        expect(blind.honours?.[0]?.content).toBe('长春市劳动模范');
      }),
    );
  });

  it('withholds the papers that are the person’s identity or their unit’s', () => {
    expect(['photo', 'id_card', 'integrity_certificate'].every(isWithheldInBlindReview)).toBe(true);
    expect(isWithheldInBlindReview('award_certificate')).toBe(false);
  });
});
