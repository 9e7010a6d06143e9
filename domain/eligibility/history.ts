import { awardLabels } from '../application';
import type { Message } from '../message';
import type { AwardCode } from '../roles';
import { defineRule } from './types';

/**
 * The person's titles and applications: not the same title twice (seed §一（一）), not both awards in one
 * edition (§三（二）3), not the same award twice in one edition, and — in principle — a grand award only
 * for a former technical expert (§二（一）). Judged only when the server supplied the history.
 */

type AwardParams = { award: AwardCode; awardName: Message };

export const personAlreadyTitled = defineRule({
  code: 'person.already_titled',
  severity: 'error',
  fields: ['award', 'idNumber'],
  description: {
    zh: '已获得同一称号的，不再参与同一奖项的推荐申报（已获另一称号的不受限）',
    en: 'Someone who already holds the title may not apply for the same award again (the other title is no bar)',
  },
  message: ({ awardName }: AwardParams) => ({
    zh: `申报人已获得“${awardName.zh}”称号，不再参与同一奖项的推荐申报`,
    en: `The candidate already holds the title "${awardName.en}" and may not apply for the same award again`,
  }),
  check: (_draft, facts) => {
    const { award, personHistory } = facts;
    if (!award || !personHistory?.some((title) => title.awardCode === award.code)) return [];
    return [{ field: 'award', params: { award: award.code, awardName: award.name } }];
  },
});

type BothParams = AwardParams & { otherAward: AwardCode; otherAwardName: Message };

export const personBothAwards = defineRule({
  code: 'person.both_awards',
  severity: 'error',
  fields: ['award', 'idNumber'],
  description: {
    zh: '同一候选人不得同时申报长春技能大奖和长春技术能手',
    en: 'The same person may not apply for both awards in one edition',
  },
  message: ({ awardName, otherAwardName }: BothParams) => ({
    zh: `同一候选人不得同时申报两个奖项：本届已有该身份证号码申报“${otherAwardName.zh}”，不能再申报“${awardName.zh}”`,
    en: `The same person may not apply for both awards: this ID number already applied for "${otherAwardName.en}" in this edition, so not for "${awardName.en}" too`,
  }),
  check: (_draft, facts) => {
    const { award, otherApplicationsThisEdition: others } = facts;
    const other = award && others?.find((application) => application.award !== award.code);
    if (!award || !other) return [];
    return [
      {
        field: 'award',
        params: {
          award: award.code,
          awardName: award.name,
          otherAward: other.award,
          otherAwardName: awardLabels[other.award],
        },
      },
    ];
  },
});

export const personDuplicateApplication = defineRule({
  code: 'person.duplicate_application',
  severity: 'error',
  fields: ['award', 'idNumber'],
  description: {
    zh: '同一人在一届评选中对同一奖项只能申报一次',
    en: 'A person applies for an award at most once per edition',
  },
  message: ({ awardName }: AwardParams) => ({
    zh: `本届已有该身份证号码申报“${awardName.zh}”，同一人同一奖项只能申报一次`,
    en: `This ID number already applied for "${awardName.en}" in this edition; one person applies once per award`,
  }),
  check: (_draft, facts) => {
    const { award, otherApplicationsThisEdition: others } = facts;
    if (!award || !others?.some((application) => application.award === award.code)) return [];
    return [{ field: 'award', params: { award: award.code, awardName: award.name } }];
  },
});

export const grandAwardNotFormerExpert = defineRule({
  code: 'grand_award.not_former_expert',
  severity: 'warning',
  fields: ['award', 'idNumber'],
  description: {
    zh: '长春技能大奖原则上从历届长春技术能手中推荐（警告，需书面说明理由）',
    en: 'The Skills Grand Award goes in principle to a former Technical Expert (warning: needs a written reason)',
  },
  message: ({ awardName, formerTitleName }: AwardParams & { formerTitleName: Message }) => ({
    zh: `“${awardName.zh}”原则上从历届“${formerTitleName.zh}”中推荐，申报人未获得过该称号，请说明推荐理由`,
    en: `"${awardName.en}" goes in principle to a former "${formerTitleName.en}"; the candidate has never held that title, so give the reason for the nomination`,
  }),
  check: (_draft, facts) => {
    const { award, personHistory } = facts;
    if (award?.code !== 'grand_award' || !personHistory) return [];
    if (personHistory.some((title) => title.awardCode === 'technical_expert')) return [];
    return [
      {
        field: 'award',
        params: { award: award.code, awardName: award.name, formerTitleName: awardLabels.technical_expert },
      },
    ];
  },
});
