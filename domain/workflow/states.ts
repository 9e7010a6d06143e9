import type { Message } from '../message';

/**
 * Every state an application (申报) passes through, following the seven steps of the work plan (§三).
 * Order matters: it is the order of the happy path, used for progress displays.
 */
export const applicationStatuses = [
  // Step 2 — grassroots recommendation at the employer unit (基层推荐)
  'draft',
  'unit_decided',
  'unit_notice',
  'unit_noticed',
  'returned_to_unit',
  // Step 3 — level-by-level review at the recommender (逐级评审)
  'at_recommender',
  'recommender_decided',
  'recommender_notice',
  'recommender_noticed',
  'returned_to_recommender',
  // Bureau intake of the reported dossiers (报市人社局 / 受理)
  'at_bureau',
  'accepted',
  // Step 4 — comprehensive expert review (综合评审)
  'in_review',
  'proposed',
  // Step 5 — city-level notice (市级公示)
  'city_notice',
  'city_noticed',
  // Step 6 — talent office approval (上报审定)
  'pending_approval',
  'approved',
  // Step 7 — decision and prize (确定人员、颁奖)
  'awarded',
  'prize_paid',
  // Ends off the happy path
  'not_proposed',
  'withdrawn',
  'rejected',
  'disqualified',
  'revoked',
] as const;

export type ApplicationStatus = (typeof applicationStatuses)[number];

/** Statuses in which the unit may still change the form, its papers and the candidate's invitation. */
export const editableStatuses: readonly ApplicationStatus[] = ['draft', 'returned_to_unit'];

export const terminalStatuses: readonly ApplicationStatus[] = [
  'prize_paid',
  'not_proposed',
  'withdrawn',
  'rejected',
  'disqualified',
  'revoked',
];

export const statusLabels: Record<ApplicationStatus, Message> = {
  draft: { zh: '填写中', en: 'Draft' },
  unit_decided: { zh: '单位已集体研究', en: 'Decided by the unit' },
  unit_notice: { zh: '单位公示中', en: 'Unit notice running' },
  unit_noticed: { zh: '单位公示期满', en: 'Unit notice ended' },
  returned_to_unit: { zh: '已退回申报单位', en: 'Returned to the unit' },
  at_recommender: { zh: '推荐单位审核中', en: 'At the recommender' },
  recommender_decided: { zh: '推荐单位已集体研究', en: 'Decided by the recommender' },
  recommender_notice: { zh: '推荐单位公示中', en: 'Recommender notice running' },
  recommender_noticed: { zh: '推荐单位公示期满', en: 'Recommender notice ended' },
  returned_to_recommender: { zh: '已退回推荐单位', en: 'Returned to the recommender' },
  at_bureau: { zh: '已报市人社局', en: 'Reported to the bureau' },
  accepted: { zh: '市人社局已受理', en: 'Accepted by the bureau' },
  in_review: { zh: '专家评审中', en: 'In expert review' },
  proposed: { zh: '拟评选对象', en: 'Proposed winner' },
  city_notice: { zh: '市级公示中', en: 'City notice running' },
  city_noticed: { zh: '市级公示期满', en: 'City notice ended' },
  pending_approval: { zh: '人才办审定中', en: 'Awaiting approval' },
  approved: { zh: '人才办已审定', en: 'Approved' },
  awarded: { zh: '已获评', en: 'Awarded' },
  prize_paid: { zh: '奖金已发放', en: 'Prize paid' },
  not_proposed: { zh: '未入选', en: 'Not proposed' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn' },
  rejected: { zh: '不予受理', en: 'Rejected' },
  disqualified: { zh: '异议成立，已取消资格', en: 'Disqualified on an objection' },
  revoked: { zh: '已撤销资格', en: 'Revoked' },
};
