import type { SkillLevel } from '../../domain/people/enumerations';
import type { AwardCode, RecommenderKind } from '../../domain/roles';

/**
 * The 3rd Changchun Skills Grand Award and Technical Expert selection, configured exactly as the
 * bureau's work plan (第三届长春技能大奖和长春技术能手评选工作方案) says. The plan gives no year: the
 * submission window is the next 24–26 October on or after the day the edition is set up.
 */
export interface EditionPreset {
  code: string;
  number: number;
  city: string;
  nameZh: string;
  nameEn: string;
  submissionWindow: { month: number; firstDay: number; lastDay: number };
  deliveryAddress: string;
  contactName: string;
  contactPhone: string;
  noticeText: string;
  awards: AwardPreset[];
  /** Annex 1: places per recommender kind and award. */
  quotas: Record<RecommenderKind, Record<AwardCode, number>>;
}

export interface AwardPreset {
  code: AwardCode;
  nameZh: string;
  nameEn: string;
  places: number;
  prizeYuan: number;
  minSkillLevel: SkillLevel;
  conditions: { no: number; zh: string; en: string }[];
  rules: Record<string, unknown>;
  rubric: {
    code: string;
    nameZh: string;
    nameEn: string;
    maxScore: number;
    guidanceZh?: string;
    guidanceEn?: string;
  }[];
}

// the seed's conditions (§二) as what the experts weigh under each criterion
const rubric = [
  {
    code: 'skill',
    nameZh: '技能水平',
    nameEn: 'Skill level',
    maxScore: 30,
    guidanceZh:
      '职业资格（职业技能等级）或专业技术职称的等级，在本职业（工种）中的技艺水平和在本企业、同行业中的领先程度，是否具备绝招绝技。',
    guidanceEn:
      'The level of the skill certificate or professional title, the mastery of the occupation and how far it leads in the enterprise and the trade; any unique skill.',
  },
  {
    code: 'performance',
    nameZh: '工作业绩',
    nameEn: 'Work performance',
    maxScore: 30,
    guidanceZh: '在生产服务一线的工作实绩，攻克技术难关、推广应用先进技术的贡献，取得的经济效益和社会效益。',
    guidanceEn:
      'The record of work on the front line, technical problems solved and advanced techniques spread, and the economic and social benefit achieved.',
  },
  {
    code: 'innovation',
    nameZh: '技术创新与成果',
    nameEn: 'Innovation and results',
    maxScore: 20,
    guidanceZh: '技术革新、技术改造和科技成果转化，总结出的独特操作技术方法，专利及其应用效果。',
    guidanceEn:
      'Technical innovation and renovation, results turned into production, operating methods of their own, patents and their use.',
  },
  {
    code: 'mentoring',
    nameZh: '带徒传艺',
    nameEn: 'Apprentice training',
    maxScore: 10,
    guidanceZh: '培养徒弟、传授技术技能的人数和成效，在全市、全省乃至全国的影响。',
    guidanceEn:
      'How many apprentices were trained and how well, and the influence in the city, the province or the country.',
  },
  {
    code: 'honours',
    nameZh: '荣誉与竞赛',
    nameEn: 'Honours and competitions',
    maxScore: 10,
    guidanceZh:
      '劳动模范、五一劳动奖章等荣誉，职业技能竞赛的名次（如代表吉林省参加全国职业技能大赛获铜牌及以上）。',
    guidanceEn:
      'Honours such as model worker or May Day Labour Medal, and placings in skills competitions (e.g. bronze or better at the national skills competition for Jilin).',
  },
];

export const changchun3: EditionPreset = {
  code: 'changchun-3',
  number: 3,
  city: '长春市',
  nameZh: '第三届长春技能大奖和长春技术能手评选',
  nameEn: 'The 3rd Changchun Skills Grand Award and Changchun Technical Expert Selection',
  submissionWindow: { month: 10, firstDay: 24, lastDay: 26 },
  deliveryAddress: '长春市朝阳区西民主大街809号A座2楼208室',
  contactName: '于昊辰',
  contactPhone: '0431-88522559',
  noticeText:
    '市人社局决定开展第三届长春技能大奖和长春技术能手评选工作。评选推荐工作采取基层推荐、自下而上、逐级审核、差额评选、民主择优的方式进行。' +
    '评选长春技能大奖10名、长春技术能手10名。各推荐单位于10月24-26日将申报材料报送至长春市朝阳区西民主大街809号A座2楼208室，提前或逾期均不予受理。',
  awards: [
    {
      code: 'grand_award',
      nameZh: '长春技能大奖',
      nameEn: 'Changchun Skills Grand Award',
      places: 10,
      prizeYuan: 10_000,
      minSkillLevel: 'level1',
      conditions: [
        {
          no: 1,
          zh: '获得市及以上劳动模范或五一劳动奖章、在生产服务一线工作的',
          en: 'City-level or higher model worker or May Day Labour Medal, working on the front line',
        },
        {
          no: 2,
          zh: '在技术创新、攻克技术难关等方面作出突出贡献，并总结出独特的操作技术方法，产生重大经济和社会效益',
          en: 'Outstanding contribution to technical innovation or breakthroughs, with a distinctive working method of major economic and social benefit',
        },
        {
          no: 3,
          zh: '在本职业（工种）中，具备了某种绝招绝技，并在带徒传艺方面做出了突出贡献，在全市、全省乃至全国产生重要影响的',
          en: 'A unique mastery in the occupation and outstanding apprentice training, influential in the city, province or country',
        },
        {
          no: 4,
          zh: '在推广应用先进技术等方面作出突出贡献',
          en: 'Outstanding contribution to spreading and applying advanced technology',
        },
        {
          no: 5,
          zh: '长春市代表吉林省参加中华人民共和国职业技能大赛获得铜牌及以上的选手',
          en: 'Bronze or better at the National Vocational Skills Competition, representing Jilin from Changchun',
        },
      ],
      rules: { formerTechnicalExpertInPrinciple: true },
      rubric,
    },
    {
      code: 'technical_expert',
      nameZh: '长春技术能手',
      nameEn: 'Changchun Technical Expert',
      places: 10,
      prizeYuan: 5_000,
      minSkillLevel: 'level3',
      conditions: [
        {
          no: 1,
          zh: '在本职业（工种）中具备较高技艺，并在培养徒弟、传授技术技能方面作出重要贡献',
          en: 'High craftsmanship and an important contribution to training apprentices',
        },
        {
          no: 2,
          zh: '在开展技术革新、技术改造活动中作出重要贡献，取得较大经济效益和社会效益',
          en: 'Important contribution to technical innovation or renovation, of considerable economic and social benefit',
        },
        {
          no: 3,
          zh: '在本企业、同行业中具有领先的技术技能水平，并在某一生产工作领域创造总结出先进的操作技术方法，取得较大经济效益和社会效益',
          en: 'Leading skill in the enterprise or trade, with an advanced working method of considerable benefit',
        },
        {
          no: 4,
          zh: '在开发、应用先进科学技术成果转化成现实生产力方面有重要贡献，并取得较大经济效益和社会效益',
          en: 'Important contribution to turning scientific results into production, of considerable benefit',
        },
      ],
      rules: {
        professionalQualificationAlternative: ['rural_revitalisation', 'new_occupation'],
        minQualificationLevel: 'intermediate',
      },
      rubric,
    },
  ],
  quotas: {
    district_hr: { grand_award: 3, technical_expert: 3 },
    technical_school: { grand_award: 2, technical_expert: 2 },
    state_enterprise: { grand_award: 2, technical_expert: 2 },
    city_department: { grand_award: 2, technical_expert: 2 },
  },
};

/** The next occurrence of the window on or after `today` (Asia/Shanghai calendar date). */
export function submissionWindowFor(preset: EditionPreset, today: string): { start: string; end: string } {
  const year = Number(today.slice(0, 4));
  const pad = (n: number) => String(n).padStart(2, '0');
  const { month, firstDay, lastDay } = preset.submissionWindow;
  const end = (y: number) => `${y}-${pad(month)}-${pad(lastDay)}`;
  const y = end(year) >= today ? year : year + 1;
  return { start: `${y}-${pad(month)}-${pad(firstDay)}`, end: end(y) };
}
