/**
 * The closed lists of values the records beside the application take: their statuses, levels and kinds
 * (the application's own statuses are `workflow/states.ts`). The database schema types its columns by
 * these lists and builds its CHECK constraints from them, so a value outside a list neither compiles
 * nor is stored.
 */

/** 届次: being prepared, open for applications, closed. */
export const editionStatuses = ['draft', 'published', 'closed'] as const;
export type EditionStatus = (typeof editionStatuses)[number];

/** 公示 levels: the employer unit's, the recommender's, the city's (run by the bureau). */
export const noticeLevels = ['unit', 'recommender', 'city'] as const;
export type NoticeLevel = (typeof noticeLevels)[number];

/** 领导集体研究: at the employer unit or at the recommender (the city's is the bureau's decision). */
export const collectiveDecisionLevels = ['unit', 'recommender'] as const satisfies readonly NoticeLevel[];
export type CollectiveDecisionLevel = (typeof collectiveDecisionLevels)[number];

/** A notice runs (`open`), has been closed after its period, or was withdrawn. */
export const noticeStatuses = ['open', 'closed', 'withdrawn'] as const;
export type NoticeStatus = (typeof noticeStatuses)[number];

/** 异议: not yet handled, upheld (异议成立), dismissed (异议不成立). */
export const objectionStatuses = ['open', 'upheld', 'dismissed'] as const;
export type ObjectionStatus = (typeof objectionStatuses)[number];

/** 评审组: formed, scoring, closed. */
export const panelStatuses = ['open', 'scoring', 'closed'] as const;
export type PanelStatus = (typeof panelStatuses)[number];

/** A panel member: its chair (组长) or a member. */
export const panelMemberRoles = ['chair', 'member'] as const;
export type PanelMemberRole = (typeof panelMemberRoles)[number];

/** A panel member takes part (`seated`) or declined the invitation (`declined`: the next one drawn replaces them). */
export const panelMemberStatuses = ['seated', 'declined'] as const;
export type PanelMemberStatus = (typeof panelMemberStatuses)[number];

/** How a member came onto the panel: the random draw, a replacement from the same draw, the bureau's choice. */
export const panelMemberSources = ['draw', 'replacement', 'manual'] as const;
export type PanelMemberSource = (typeof panelMemberSources)[number];

/** 抽取: the seed committed (its hash recorded), then the panel drawn and the seed revealed. */
export const panelDrawStatuses = ['committed', 'drawn'] as const;
export type PanelDrawStatus = (typeof panelDrawStatuses)[number];

/**
 * 回避 reasons. `same_employer` and `same_recommender` are found by the server from the expert's organisation
 * (and recorded by the bureau for an employer outside the platform); the relations are declared: relatives
 * (近亲属), teacher and apprentice (师徒), the same team (同一团队), anything else.
 */
export const conflictReasons = [
  'same_employer',
  'same_recommender',
  'relative',
  'teacher_apprentice',
  'same_team',
  'other',
] as const;
export type ConflictReason = (typeof conflictReasons)[number];

/** Who recorded a conflict: the expert declaring it, or the bureau. */
export const conflictSources = ['expert', 'bureau'] as const;
export type ConflictSource = (typeof conflictSources)[number];

/** A conflict holds (`active`) until the bureau, vetting it, dismisses it with a reason. */
export const conflictStatuses = ['active', 'dismissed'] as const;
export type ConflictStatus = (typeof conflictStatuses)[number];

/** 评分表: an expert's sheet for one candidate, saved as a draft, then submitted (locked until reopened). */
export const scoreSheetStatuses = ['draft', 'submitted'] as const;
export type ScoreSheetStatus = (typeof scoreSheetStatuses)[number];

/** 人才办审定: sent and waiting, approved, returned to the bureau. */
export const approvalStatuses = ['pending', 'approved', 'returned'] as const;
export type ApprovalStatus = (typeof approvalStatuses)[number];

/** 奖金发放: to be paid, paid, the transfer failed. */
export const prizePaymentStatuses = ['pending', 'paid', 'failed'] as const;
export type PrizePaymentStatus = (typeof prizePaymentStatuses)[number];

/**
 * The papers the register of issued documents knows: Annex 2 in full or masked, the unit's notice, and the
 * recommender's papers (Annex 3 summary table, recommendation report, Annex 4 envelope cover, the bound
 * dossier).
 */
export const issuedDocumentKinds = [
  'annex2',
  'annex2_masked',
  'unit_notice',
  'summary_table',
  'recommendation_report',
  'cover',
  'dossier',
  'review_opinion',
  'award_decision',
  'certificate',
] as const;
export type IssuedDocumentKind = (typeof issuedDocumentKinds)[number];

/** A batch of bound dossiers: waiting for a worker, being built, ready to download, or failed for good. */
export const dossierBatchStatuses = ['queued', 'running', 'done', 'failed'] as const;
export type DossierBatchStatus = (typeof dossierBatchStatuses)[number];
