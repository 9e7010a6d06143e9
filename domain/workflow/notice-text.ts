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
