import {
  type ProfessionalQualification,
  type QualificationLevel,
  qualificationFields,
  qualificationLevelRank,
} from '../application';
import type { Message } from '../message';
import { isSkillLevelAtLeast, type SkillLevel, skillLevels } from '../people';
import type { AwardCode } from '../roles';
import { labelOf } from './format';
import { defineRule } from './types';

/**
 * Skill requirement (seed §二): the grand award needs 高级技师 or higher; the technical expert 高级工 or
 * higher, or an intermediate-or-higher ("中级以上", which includes 中级) professional-technical
 * qualification in rural revitalisation or a new occupation held by someone now in a frontline skill
 * post. The qualification route is judged only for the technical expert: the grand award names no
 * alternative to the skill level.
 */

const qualifyingFields: ReadonlySet<string> = new Set(['rural_revitalisation', 'new_occupation']);
const lowestQualifyingLevel: QualificationLevel = 'intermediate';

/** True when the qualification opens the technical-expert award (the frontline post is checked apart). */
export function isQualifyingQualification(qualification: Pick<ProfessionalQualification, 'field' | 'level'>) {
  return (
    qualifyingFields.has(qualification.field) &&
    qualificationLevelRank(qualification.level) >= qualificationLevelRank(lowestQualifyingLevel)
  );
}

type TooLow = {
  award: AwardCode;
  awardName: Message;
  minSkillLevel: SkillLevel;
  skillLevel?: SkillLevel;
  qualificationRoute: boolean;
};

function skillText(level: SkillLevel | undefined): Message {
  return level ? labelOf(skillLevels, level) : { zh: '未填写技能水平', en: 'no skill level given' };
}

export const skillLevelTooLow = defineRule({
  code: 'skill.level_too_low',
  severity: 'error',
  fields: ['award', 'skillLevel', 'professionalQualification', 'frontlinePost'],
  description: {
    zh: '长春技能大奖须高级技师及以上；长春技术能手须高级工及以上，或中级以上乡村振兴、新职业（新业态）专业技术资格且现从事一线技能岗位',
    en: 'Grand award: senior technician or higher; technical expert: senior worker or higher, or an intermediate-or-higher rural-revitalisation / new-occupation qualification while in a frontline skill post',
  },
  message: ({ awardName, minSkillLevel, skillLevel, qualificationRoute }: TooLow) => {
    const minimum = labelOf(skillLevels, minSkillLevel);
    const actual = skillText(skillLevel);
    const route = qualificationRoute
      ? {
          zh: `，或取得中级以上${qualificationFields[0].zh}、${qualificationFields[1].zh}专业技术资格并现从事生产服务一线技能岗位`,
          en: `, or an intermediate-or-higher professional-technical qualification in ${qualificationFields[0].en.toLowerCase()} or a ${qualificationFields[1].en.toLowerCase()} while working in a frontline skill post`,
        }
      : { zh: '', en: '' };
    return {
      zh: `“${awardName.zh}”要求${minimum.zh}及以上职业资格（或职业技能等级）${route.zh}；申报人为${actual.zh}`,
      en: `"${awardName.en}" requires ${minimum.en} or higher${route.en}; the candidate has ${actual.en}`,
    };
  },
  check: (draft, facts) => {
    const { award } = facts;
    if (!award) return [];
    const qualificationRoute = award.code === 'technical_expert';
    const { skillLevel, professionalQualification: qualification } = draft;
    // Judged once the field that can meet the requirement is there: the skill level, or for the
    // technical expert also the qualification.
    if (skillLevel === undefined && !(qualificationRoute && qualification)) return [];
    if (skillLevel !== undefined && isSkillLevelAtLeast(skillLevel, award.minSkillLevel)) return [];
    if (
      qualificationRoute &&
      qualification &&
      isQualifyingQualification(qualification) &&
      draft.frontlinePost !== false
    ) {
      return [];
    }
    return [
      {
        field: skillLevel === undefined ? 'professionalQualification' : 'skillLevel',
        params: {
          award: award.code,
          awardName: award.name,
          minSkillLevel: award.minSkillLevel,
          ...(skillLevel ? { skillLevel } : {}),
          qualificationRoute,
        },
      },
    ];
  },
});
