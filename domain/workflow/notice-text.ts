import type { StepLevel } from './levels';

/**
 * The default title and text of a notice (公示) at each level, as the work plan has them posted: the unit
 * and the recommender announce the candidates they will recommend after their collective decision, the
 * bureau the proposed winners after the expert review. The officer may replace both before starting it.
 */
export function defaultNoticeText(
  level: StepLevel,
  p: { organisation: string; edition: string; workingDays: number },
): { title: string; body: string } {
  const period = `现予以公示，公示期为${p.workingDays}个工作日。`;
  switch (level) {
    case 'unit':
      return {
        title: `${p.organisation}关于${p.edition}推荐人选的公示`,
        body: `经本单位领导集体研究，拟推荐以下同志参加${p.edition}。${period}如有异议，请在公示期内以书面形式实名向本单位人事部门反映。`,
      };
    case 'recommender':
      return {
        title: `${p.organisation}关于${p.edition}推荐人选的公示`,
        body: `经本单位评审和领导集体研究，拟推荐以下同志参加${p.edition}。${period}如有异议，请在公示期内以书面形式实名向本单位反映。`,
      };
    case 'city':
      return {
        title: `关于${p.edition}拟评选对象的公示`,
        body: `经专家综合评审，拟确定以下同志为${p.edition}评选对象。${period}如有异议，请在公示期内以书面形式实名向${p.organisation}反映。`,
      };
  }
}

/** What became of the objections to a candidate at their level's notice, as the opinion reports it. */
export interface NoticeOutcome {
  workingDays: number;
  /** Objections about the candidate or the whole notice, by how they were handled. */
  objections: { status: 'open' | 'upheld' | 'dismissed' }[];
}

/**
 * The opinion a level pre-fills when it reports a candidate upwards (本人所在单位推荐意见 at the unit, 推荐单位
 * 意见 at the recommender), stating what happened: the collective decision, the notice's length and any
 * objection received and how it was handled. It is printed on the Chinese recommendation form, so it is
 * Chinese whatever the screen's language; the officer may change it before reporting.
 */
export function suggestedReportOpinion(
  level: 'unit' | 'recommender',
  p: { name: string; award: string; notice: NoticeOutcome | null },
): string {
  const decided = level === 'unit' ? '经单位领导集体研究决定' : '经推荐单位领导集体研究决定';
  const where = level === 'unit' ? '在本单位' : '';
  const recommend = `同意推荐${p.name}同志参评${p.award}。`;
  if (!p.notice) return `${decided}，${recommend}`;
  const period = `并${where}公示${p.notice.workingDays}个工作日`;
  const received = p.notice.objections.length;
  if (received === 0) return `${decided}，${period}无异议，${recommend}`;
  const dismissed = p.notice.objections.filter((o) => o.status === 'dismissed').length;
  const handled =
    dismissed === received
      ? received === 1
        ? '经调查核实，异议不成立'
        : '经调查核实，异议均不成立'
      : `经调查核实，${dismissed}件异议不成立，其余${received - dismissed}件${
          p.notice.objections.some((o) => o.status === 'open') ? '尚在处理中' : '已按规定处理'
        }`;
  return `${decided}，${period}，公示期间收到异议${received}件，${handled}，${recommend}`;
}
