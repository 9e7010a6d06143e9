import { describe, expect, it } from 'vitest';
import { permissionsOf } from '../../../domain/roles';
import type { ApplicationStatus } from '../../../domain/workflow';
import type { ApplicationSummary } from '../../api/applications';
import type { Session } from '../../api/session';
import { zhCN } from '../../i18n/zh-CN';
import { actsAt, byStep, levelText, ownStaffOf, ownStaffTexts, pageLevels } from './stepLevel';

const org = (id: string, kind: Session['organisation']['kind']): Session['organisation'] => ({
  id,
  code: id,
  kind,
  name: { zh: id, en: id },
  recommenderKind: null,
});
const session = (role: Session['role'], organisation: Session['organisation']): Session => ({
  user: { id: 'u', username: 'u', displayName: 'u' },
  role,
  organisation,
  memberships: [],
  permissions: permissionsOf(role),
});
const application = (
  id: string,
  status: ApplicationStatus,
  employer: string,
  recommender: string,
  ranks: { unitRank?: number; recommenderRank?: number } = {},
): ApplicationSummary => ({
  id,
  award: 'grand_award',
  status,
  name: id,
  gender: null,
  occupation: null,
  skillLevel: null,
  unitRank: ranks.unitRank ?? null,
  recommenderRank: ranks.recommenderRank ?? null,
  idNumberMasked: null,
  mobileMasked: null,
  employer: { id: employer, name: { zh: employer, en: employer } },
  recommender: { id: recommender, name: { zh: recommender, en: recommender } },
  updatedAt: '2026-09-15T00:00:00Z',
  returnReason: null,
  unitOpinion: null,
  missingAttachments: [],
  attachmentCount: 0,
});

const unitOfficer = session('employer_officer', org('unit', 'employer'));
const recommenderOfficer = session('recommender_officer', org('district', 'recommender'));
const soeOfficer = session('employer_officer', org('soe', 'recommender'));

describe('the levels of the steps page', () => {
  it('lets each officer act at the levels its organisation takes part in', () => {
    expect(pageLevels.filter((level) => actsAt(unitOfficer, level))).toEqual(['unit']);
    expect(pageLevels.filter((level) => actsAt(recommenderOfficer, level))).toEqual(['recommender']);
    // A state-owned enterprise recommends its own staff: its officer takes both levels' steps.
    expect(pageLevels.filter((level) => actsAt(soeOfficer, level))).toEqual(['unit', 'recommender']);
    expect(actsAt(session('bureau_admin', org('bureau', 'bureau')), 'recommender')).toBe(false);
  });

  it('sorts the level’s own applications into its steps by the statuses its transitions start from', () => {
    const seen = [
      application('draft', 'draft', 'unit', 'district'),
      application('reported', 'at_recommender', 'unit', 'district'),
      application('decided', 'recommender_decided', 'unit', 'district'),
      application('on-notice', 'recommender_notice', 'unit', 'district'),
      application('noticed', 'recommender_noticed', 'unit', 'district', { unitRank: 1 }),
      application('ranked', 'recommender_noticed', 'unit', 'district', { recommenderRank: 1 }),
      application('elsewhere', 'at_recommender', 'other', 'other-district'),
    ];
    const ids = (list: ApplicationSummary[]) => list.map((a) => a.id);
    const steps = byStep('recommender', recommenderOfficer, seen);
    expect(ids(steps.toDecide)).toEqual(['reported']);
    expect(ids(steps.toNotice)).toEqual(['decided']);
    expect(ids(steps.onNotice)).toEqual(['on-notice']);
    expect(ids(steps.noticed)).toEqual(['noticed', 'ranked']);
    // The recommender's rank counts at its level, not the unit's.
    expect(ids(steps.ranked)).toEqual(['ranked']);
    expect(ids(byStep('unit', unitOfficer, seen).toDecide)).toEqual(['draft']);
  });

  it('names each level in its own words', () => {
    expect(zhCN[levelText('unit', 'notice.title')]).toBe('2. 单位公示（5 个工作日）');
    expect(zhCN[levelText('recommender', 'notice.title')]).toBe('2. 推荐单位公示（5 个工作日）');
    expect(zhCN[levelText('recommender', 'report.submit')]).toBe('报送市人社局');
  });

  it('tells an organisation recommending its own staff that it reports to the bureau', () => {
    expect(ownStaffOf(soeOfficer)).toBe(true);
    expect(ownStaffOf(unitOfficer)).toBe(false);
    // a district bureau is a recommender too, but of other units' staff
    expect(ownStaffOf(recommenderOfficer)).toBe(false);
    for (const level of pageLevels)
      for (const name of ownStaffTexts[level]) expect(zhCN).toHaveProperty(levelText(level, name, true));
    expect(zhCN[levelText('unit', 'report.submit', true)]).toBe('转入本单位推荐评审');
    expect(zhCN[levelText('unit', 'report.submit', true)]).not.toBe(zhCN[levelText('unit', 'report.submit')]);
    expect(zhCN[levelText('recommender', 'heading', true)]).toContain('报送市人社局');
    // a text the organisation shares with every unit stays the level's own
    expect(levelText('unit', 'notice.title', true)).toBe('unit.notice.title');
  });

  it('counts the unit as done with a candidate once it is reported, not back at the first step', () => {
    const { progress } = byStep('unit', unitOfficer, [
      application('a', 'at_recommender', 'unit', 'district'),
      application('b', 'at_bureau', 'unit', 'district'),
    ]);
    expect(progress.current).toBe(5);
    expect(progress.reported).toBe(2);
  });
});
