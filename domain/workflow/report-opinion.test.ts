import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suggestedReportOpinion } from './notice-text';

const base = { name: '周铁军', award: '长春技能大奖' };

describe('suggestedReportOpinion', () => {
  it('says "no objection" only when the notice received none', () => {
    expect(suggestedReportOpinion('unit', { ...base, notice: { workingDays: 5, objections: [] } })).toBe(
      '经单位领导集体研究决定，并在本单位公示5个工作日无异议，同意推荐周铁军同志参评长春技能大奖。',
    );
  });

  it('states an objection received and dismissed', () => {
    const text = suggestedReportOpinion('recommender', {
      ...base,
      notice: { workingDays: 7, objections: [{ status: 'dismissed' }] },
    });
    expect(text).toBe(
      '经推荐单位领导集体研究决定，并公示7个工作日，公示期间收到异议1件，经调查核实，异议不成立，同意推荐周铁军同志参评长春技能大奖。',
    );
  });

  it('never says 无异议 when any objection was received, and counts them', () => {
    const status = fc.constantFrom('open' as const, 'upheld' as const, 'dismissed' as const);
    fc.assert(
      fc.property(
        fc.constantFrom('unit' as const, 'recommender' as const),
        fc.integer({ min: 5, max: 15 }),
        fc.array(
          status.map((s) => ({ status: s })),
          { minLength: 1, maxLength: 5 },
        ),
        (level, workingDays, objections) => {
          const text = suggestedReportOpinion(level, { ...base, notice: { workingDays, objections } });
          expect(text).not.toContain('无异议');
          expect(text).toContain(`收到异议${objections.length}件`);
          expect(text).toContain(`公示${workingDays}个工作日`);
        },
      ),
    );
  });
});
