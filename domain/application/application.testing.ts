/**
 * Test factories for the recommendation form: complete, valid drafts for either award. Test-only
 * (imports the ID-number test helpers); not re-exported from the package index.
 */
import { luhnCheckDigit } from '../people';
import { makeIdNumber } from '../people/id-number.testing';
import type { AwardCode } from '../roles';
import type { ApplicationDraft } from './schema';

/** A 19-digit account that passes the Luhn check. */
export const validBankAccount = `621700001000123456${luhnCheckDigit('621700001000123456')}`;

const grandAward = {
  award: 'grand_award',
  name: '周铁军',
  gender: 'male',
  birthDate: '1978-03-12',
  ethnicity: '01',
  politicalStatus: '01',
  education: '31',
  occupation: '数控车工',
  skillLevel: 'level1',
  post: 'worker',
  workStartDate: '1997-07-01',
  occupationStartDate: '1997-07-01',
  postalCode: '130000',
  employerName: '长春精工数控机床有限公司',
  idNumber: makeIdNumber({ region: '220104', birthDate: '1978-03-12', gender: 'male', seq: 15 }),
  bankAccount: validBankAccount,
  address: '长春市朝阳区西民主大街 809 号',
  landline: '0431-85551234',
  mobile: '13804310123',
  email: 'zhoutiejun@example.com',
  isUnitHead: false,
  frontlinePost: true,
  workplaceInChangchun: true,
  conditions: [2, 3],
  achievementsSummary:
    '从事数控车削加工二十余年，首创薄壁套类零件一次装夹成形方法，合格率由85%提升至99.2%；带徒32名。',
  declassified: false,
  workHistory: [
    {
      from: '1997-07',
      to: '2010-12',
      place: '长春精工数控机床有限公司',
      content: '数控车工',
      witness: '人力资源部 王丽',
    },
    {
      from: '2011-01',
      place: '长春精工数控机床有限公司',
      content: '数控车间班组长',
      witness: '人力资源部 王丽',
    },
  ],
  uniqueSkills: [{ content: '薄壁套类零件一次装夹成形绝技', witness: '车间主任 刘强' }],
  competitionPrizes: [
    {
      from: '2022-09',
      to: '2022-09',
      content: '吉林省职工职业技能大赛数控车工项目第二名',
      witness: '获奖证书复印件',
    },
  ],
  honours: [{ from: '2023-05', content: '第二届长春技术能手', witness: '证书复印件' }],
} satisfies ApplicationDraft;

const technicalExpert = {
  award: 'technical_expert',
  name: '李春燕',
  gender: 'female',
  birthDate: '1988-06-20',
  ethnicity: '10',
  politicalStatus: '13',
  education: '47',
  occupation: '装配钳工',
  skillLevel: 'level3',
  post: 'worker',
  workStartDate: '2006-08-01',
  occupationStartDate: '2007-03-01',
  postalCode: '130012',
  idNumber: makeIdNumber({ region: '220102', birthDate: '1988-06-20', gender: 'female', seq: 7 }),
  bankAccount: validBankAccount,
  address: '长春市南关区人民大街 100 号',
  mobile: '13904317788',
  isUnitHead: false,
  frontlinePost: true,
  workplaceInChangchun: true,
  conditions: [1],
  achievementsSummary: '导轨刮研“点面结合”操作法，装配返修率下降70%。',
  workHistory: [
    { from: '2006-08', place: '长春精工数控机床有限公司', content: '装配钳工', witness: '人力资源部 王丽' },
  ],
  innovations: [{ content: '导轨刮研“点面结合”操作法', witness: '公司技术中心' }],
} satisfies ApplicationDraft;

/** A complete application for the award, valid and eligible on 2025-10-24; `overrides` replace fields. */
export function makeApplication(
  overrides: Partial<ApplicationDraft> & { award?: AwardCode } = {},
): ApplicationDraft {
  const base = overrides.award === 'technical_expert' ? technicalExpert : grandAward;
  return { ...base, ...overrides };
}
