import { describe, expect, it } from 'vitest';
import { makeApplication } from '../application/application.testing';
import { findingsOf, findingsWith } from './eligibility.testing';

describe('person.already_titled', () => {
  it('fires when the person already holds the same title', () => {
    const [finding] = findingsWith(
      'person.already_titled',
      { award: 'technical_expert' },
      { personHistory: [{ awardCode: 'technical_expert' }] },
    );
    expect(finding).toMatchObject({
      severity: 'error',
      field: 'award',
      params: { award: 'technical_expert' },
    });
    expect(finding?.message.zh).toBe('申报人已获得“长春技术能手”称号，不再参与同一奖项的推荐申报');
  });

  it('stays silent for the other title, an empty history, no history or no award', () => {
    const history = { personHistory: [{ awardCode: 'technical_expert' as const }] };
    expect(findingsWith('person.already_titled', { award: 'grand_award' }, history)).toEqual([]);
    expect(findingsWith('person.already_titled', { award: 'grand_award' }, { personHistory: [] })).toEqual(
      [],
    );
    expect(findingsWith('person.already_titled', { award: 'grand_award' })).toEqual([]);
    expect(findingsWith('person.already_titled', {}, history)).toEqual([]);
  });

  it('uses the award of the context when the draft names none', () => {
    const context = {
      award: { code: 'grand_award', conditionNumbers: [1, 2, 3, 4, 5], minSkillLevel: 'level1' },
      personHistory: [{ awardCode: 'grand_award' }],
    } as const;
    expect(findingsWith('person.already_titled', {}, context)).toHaveLength(1);
  });
});

describe('person.both_awards and person.duplicate_application', () => {
  it('fire when the same ID number applied for the other award, or the same one, this edition', () => {
    const other = findingsOf(
      { award: 'grand_award' },
      { otherApplicationsThisEdition: [{ award: 'technical_expert' }] },
    );
    expect(other.map((finding) => finding.code)).toEqual(['person.both_awards']);
    expect(other[0]?.message.zh).toBe(
      '同一候选人不得同时申报两个奖项：本届已有该身份证号码申报“长春技术能手”，不能再申报“长春技能大奖”',
    );
    const same = findingsOf(
      { award: 'grand_award' },
      { otherApplicationsThisEdition: [{ award: 'grand_award' }] },
    );
    expect(same.map((finding) => finding.code)).toEqual(['person.duplicate_application']);
  });

  it('stay silent with no other application or no award', () => {
    expect(findingsOf({ award: 'grand_award' }, { otherApplicationsThisEdition: [] })).toEqual([]);
    expect(findingsOf({}, { otherApplicationsThisEdition: [{ award: 'technical_expert' }] })).toEqual([]);
  });
});

describe('grand_award.not_former_expert', () => {
  it('warns when a grand-award candidate was never a technical expert', () => {
    const [finding] = findingsWith(
      'grand_award.not_former_expert',
      { award: 'grand_award' },
      { personHistory: [] },
    );
    expect(finding).toMatchObject({ severity: 'warning', field: 'award' });
    expect(finding?.message.zh).toBe(
      '“长春技能大奖”原则上从历届“长春技术能手”中推荐，申报人未获得过该称号，请说明推荐理由',
    );
  });

  it('stays silent for a former technical expert, a technical-expert application, or an unknown history', () => {
    const former = { personHistory: [{ awardCode: 'technical_expert' as const }] };
    expect(findingsWith('grand_award.not_former_expert', { award: 'grand_award' }, former)).toEqual([]);
    expect(
      findingsWith('grand_award.not_former_expert', { award: 'technical_expert' }, { personHistory: [] }),
    ).toEqual([]);
    expect(findingsWith('grand_award.not_former_expert', makeApplication())).toEqual([]);
  });
});
