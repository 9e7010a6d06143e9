import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import { awardCodes, recommenderKinds } from '../roles';
import { evaluateGuard } from '../workflow/guards';
import { checkWithinQuota, type QuotaPenalty, type QuotaTable, quotaFor } from './quota';
import { quotaPenaltySchema, quotaTableSchema } from './schemas';

/** Annex 1 of the seed, as the Changchun edition configures it. */
const annex1: QuotaTable = {
  district_hr: { grand_award: 3, technical_expert: 3 },
  technical_school: { grand_award: 2, technical_expert: 2 },
  state_enterprise: { grand_award: 2, technical_expert: 2 },
  city_department: { grand_award: 2, technical_expert: 2 },
};

describe('quotaFor', () => {
  it('gives the table’s places when there is no penalty', () => {
    expect(quotaFor({ table: annex1, recommenderKind: 'district_hr', award: 'grand_award' })).toEqual({
      base: 3,
      reduction: 0,
      places: 3,
      disqualified: false,
      reasons: [],
    });
    expect(
      quotaFor({
        table: annex1,
        recommenderKind: 'state_enterprise',
        award: 'technical_expert',
        penalties: [],
      }).places,
    ).toBe(2);
  });

  it('reads the table passed in, not a built-in one', () => {
    const other: QuotaTable = { ...annex1, city_department: { grand_award: 0, technical_expert: 5 } };
    expect(
      quotaFor({ table: other, recommenderKind: 'city_department', award: 'technical_expert' }).places,
    ).toBe(5);
    expect(quotaFor({ table: other, recommenderKind: 'city_department', award: 'grand_award' }).places).toBe(
      0,
    );
  });

  it('applies a reduction for one award to that award only', () => {
    const penalties: QuotaPenalty[] = [{ kind: 'quota_reduction', awardCode: 'grand_award', reduction: 1 }];
    const grand = quotaFor({
      table: annex1,
      recommenderKind: 'district_hr',
      award: 'grand_award',
      penalties,
    });
    expect(grand).toMatchObject({ base: 3, reduction: 1, places: 2, disqualified: false });
    expect(grand.reasons).toEqual([
      {
        zh: '上一届评选中受到处理：本奖项推荐名额扣减 1 名',
        en: 'Penalty from the previous edition: 1 place(s) fewer for this award',
      },
    ]);
    const expert = quotaFor({
      table: annex1,
      recommenderKind: 'district_hr',
      award: 'technical_expert',
      penalties,
    });
    expect(expert).toMatchObject({ reduction: 0, places: 3, reasons: [] });
  });

  it('applies a reduction without an award to every award, and adds several reductions up', () => {
    const penalties: QuotaPenalty[] = [
      { kind: 'quota_reduction', reduction: 1, reason: '推荐对象伪造获奖证书' },
      { kind: 'quota_reduction', awardCode: 'technical_expert', reduction: 1 },
    ];
    const grand = quotaFor({
      table: annex1,
      recommenderKind: 'district_hr',
      award: 'grand_award',
      penalties,
    });
    expect(grand).toMatchObject({ reduction: 1, places: 2 });
    expect(grand.reasons[0]?.zh).toBe(
      '上一届评选中受到处理：各奖项推荐名额均扣减 1 名（推荐对象伪造获奖证书）',
    );
    const expert = quotaFor({
      table: annex1,
      recommenderKind: 'district_hr',
      award: 'technical_expert',
      penalties,
    });
    expect(expert).toMatchObject({ reduction: 2, places: 1 });
    expect(expert.reasons).toHaveLength(2);
  });

  it('never goes below zero', () => {
    const quota = quotaFor({
      table: annex1,
      recommenderKind: 'technical_school',
      award: 'grand_award',
      penalties: [{ kind: 'quota_reduction', reduction: 5 }],
    });
    expect(quota).toMatchObject({ base: 2, reduction: 5, places: 0, disqualified: false });
  });

  it('gives 0 places with a reason to a disqualified recommender', () => {
    const quota = quotaFor({
      table: annex1,
      recommenderKind: 'city_department',
      award: 'technical_expert',
      penalties: [{ kind: 'disqualification' }],
    });
    expect(quota).toEqual({
      base: 2,
      reduction: 0,
      places: 0,
      disqualified: true,
      reasons: [
        {
          zh: '上一届评选中受到处理：取消本届推荐资格',
          en: 'Penalty from the previous edition: not eligible to recommend in this edition',
        },
      ],
    });
  });

  it('refuses a penalty that would add places or is not a whole number', () => {
    for (const bad of [
      { kind: 'quota_reduction', reduction: -1 },
      { kind: 'quota_reduction', reduction: 0 },
      { kind: 'quota_reduction', reduction: 1.5 },
      { kind: 'quota_reduction', awardCode: 'best_award', reduction: 1 },
      { kind: 'warning' },
    ]) {
      const run = () =>
        quotaFor({
          table: annex1,
          recommenderKind: 'district_hr',
          award: 'grand_award',
          penalties: [bad as unknown as QuotaPenalty],
        });
      expect(run).toThrow(DomainError);
      expect(run).toThrow(/quota\.penalty_invalid/);
    }
  });

  it('refuses a table without a valid count for the pair asked', () => {
    const broken = { ...annex1, district_hr: { grand_award: -1, technical_expert: 3 } } as QuotaTable;
    expect(() => quotaFor({ table: broken, recommenderKind: 'district_hr', award: 'grand_award' })).toThrow(
      /quota\.table_invalid/,
    );
    const partial = { district_hr: annex1.district_hr } as unknown as QuotaTable;
    expect(() =>
      quotaFor({ table: partial, recommenderKind: 'city_department', award: 'grand_award' }),
    ).toThrow(/quota\.table_invalid/);
  });
});

describe('quotaFor properties', () => {
  const table = fc.record(
    Object.fromEntries(
      recommenderKinds.map((kind) => [
        kind,
        fc.record(
          Object.fromEntries(awardCodes.map((award) => [award, fc.nat(10)])) as Record<
            (typeof awardCodes)[number],
            fc.Arbitrary<number>
          >,
        ),
      ]),
    ) as Record<(typeof recommenderKinds)[number], fc.Arbitrary<Record<(typeof awardCodes)[number], number>>>,
  );
  const penalty: fc.Arbitrary<QuotaPenalty> = fc.oneof(
    fc.record(
      {
        kind: fc.constant('quota_reduction' as const),
        awardCode: fc.constantFrom(...awardCodes),
        reduction: fc.integer({ min: 1, max: 5 }),
      },
      { requiredKeys: ['kind', 'reduction'] },
    ),
    fc.constant({ kind: 'disqualification' as const }),
  );

  it('places = 0 when disqualified, else max(0, base − Σ applicable reductions); never negative', () => {
    fc.assert(
      fc.property(
        table,
        fc.constantFrom(...recommenderKinds),
        fc.constantFrom(...awardCodes),
        fc.array(penalty, { maxLength: 6 }),
        (t, recommenderKind, award, penalties) => {
          const quota = quotaFor({ table: t, recommenderKind, award, penalties });
          const applicable = penalties.flatMap((p) =>
            p.kind === 'quota_reduction' && (p.awardCode === undefined || p.awardCode === award)
              ? [p.reduction]
              : [],
          );
          const sum = applicable.reduce((a, b) => a + b, 0);
          const disqualified = penalties.some((p) => p.kind === 'disqualification');
          expect(quota.base).toBe(t[recommenderKind][award]);
          expect(quota.reduction).toBe(sum);
          expect(quota.disqualified).toBe(disqualified);
          expect(quota.places).toBe(disqualified ? 0 : Math.max(0, quota.base - sum));
          expect(quota.places).toBeGreaterThanOrEqual(0);
          expect(quota.places).toBeLessThanOrEqual(quota.base);
          expect(quota.reasons).toHaveLength(
            applicable.length + penalties.filter((p) => p.kind === 'disqualification').length,
          );
        },
      ),
    );
  });
});

describe('checkWithinQuota', () => {
  it('lets one more in while places remain', () => {
    expect(checkWithinQuota({ places: 3, used: 0 })).toEqual({ ok: true });
    expect(checkWithinQuota({ places: 3, used: 2 })).toEqual({ ok: true });
  });

  it('refuses with the workflow’s own quota_exceeded code and message once the places are used', () => {
    const result = checkWithinQuota({ places: 3, used: 3 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe('quota.exceeded');
    expect(result.params).toEqual({ used: 3, places: 3, reasons: [] });
    const guard = evaluateGuard('within_quota', { now: '2026-10-24', quota: { used: 3, places: 3 } });
    expect(guard.ok ? undefined : guard.failures[0]?.message).toEqual(result.message);
  });

  it('refuses a disqualified recommender (0 places) before the first report, and says why', () => {
    const { places, reasons } = quotaFor({
      table: annex1,
      recommenderKind: 'district_hr',
      award: 'grand_award',
      penalties: [{ kind: 'disqualification', reason: '上届推荐人选伪造身份' }],
    });
    const result = checkWithinQuota({ places, used: 0, reasons });
    expect(result).toMatchObject({ ok: false, code: 'quota.exceeded' });
    if (result.ok) return;
    expect(result.message.zh).toContain('取消本届推荐资格');
    expect(result.message.zh).toContain('上届推荐人选伪造身份');
    expect(result.message.en).toContain('not eligible to recommend in this edition');
  });

  it('fails closed on counts that are not whole numbers, 0 or more', () => {
    expect(checkWithinQuota({ places: -1, used: 0 })).toMatchObject({
      ok: false,
      code: 'workflow.guard_data_missing',
    });
    expect(checkWithinQuota({ places: 2, used: 0.5 })).toMatchObject({ ok: false });
  });

  it('property: ok exactly when used < places', () => {
    fc.assert(
      fc.property(fc.nat(20), fc.nat(20), (places, used) => {
        expect(checkWithinQuota({ places, used }).ok).toBe(used < places);
      }),
    );
  });
});

describe('schemas', () => {
  it('read a database row: null award means every award, unknown keys are dropped', () => {
    expect(
      quotaPenaltySchema.parse({
        id: 'x',
        kind: 'quota_reduction',
        awardCode: null,
        reduction: 2,
        reason: '材料造假',
      }),
    ).toEqual({ kind: 'quota_reduction', awardCode: undefined, reduction: 2, reason: '材料造假' });
    expect(quotaPenaltySchema.parse({ kind: 'disqualification', awardCode: null, reduction: 0 })).toEqual({
      kind: 'disqualification',
    });
  });

  it('refuse a reduction that is not a positive whole number', () => {
    expect(quotaPenaltySchema.safeParse({ kind: 'quota_reduction', reduction: 0 }).success).toBe(false);
    expect(quotaPenaltySchema.safeParse({ kind: 'quota_reduction', reduction: -2 }).success).toBe(false);
    expect(quotaPenaltySchema.safeParse({ kind: 'quota_reduction' }).success).toBe(false);
  });

  it('accept Annex 1 and refuse a table with a missing pair or a negative count', () => {
    expect(quotaTableSchema.parse(annex1)).toEqual(annex1);
    expect(quotaTableSchema.safeParse({ ...annex1, district_hr: { grand_award: 3 } }).success).toBe(false);
    expect(
      quotaTableSchema.safeParse({ ...annex1, district_hr: { grand_award: -1, technical_expert: 3 } })
        .success,
    ).toBe(false);
  });
});
