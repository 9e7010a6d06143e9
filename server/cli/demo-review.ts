import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Sealer } from '../crypto/sealed';
import type { Executor } from '../db/database';
import {
  applications,
  approvals,
  experts,
  panelMembers,
  panels,
  rubricCriteria,
  scoreSheets,
  scores,
} from '../db/schema';
import { createUser } from '../services/accounts';

/**
 * The review stage of the demo: 孙卫东 (the `expert` account) chairs the panel of 长春技术能手 with two more
 * experts, who have already scored its four candidates in review, so that he has candidates to score and
 * the bureau sees the panel's progress; the two candidates of 长春技能大奖 past the city notice wait in the
 * list sent to the talent office, for the `talent` account to approve.
 */
export async function seedReviewStage(
  tx: Executor,
  input: {
    sealer: Sealer;
    password: string;
    now: Date;
    editionId: string;
    awardIds: Record<'grand_award' | 'technical_expert', string>;
    expertUserId: string;
    bureauUserId: string;
  },
) {
  const { sealer, now, editionId, awardIds } = input;
  const [chair] = await tx
    .update(experts)
    .set({ specialties: ['数控车工', '焊工', '工具钳工', '电工'] })
    .where(eq(experts.userId, input.expertUserId))
    .returning();
  if (!chair) throw new Error('demo expert missing');
  const colleagues = [
    {
      username: 'expert-li',
      name: '李淑华',
      workplace: '长春工业大学',
      title: '教授',
      specialties: ['焊工', '电工'],
    },
    {
      username: 'expert-zhou',
      name: '周宏伟',
      workplace: '一汽解放技术中心',
      title: '高级技师',
      specialties: ['数控车工', '工具钳工'],
    },
  ];
  const members = [chair];
  for (const [index, c] of colleagues.entries()) {
    const user = await createUser(tx, {
      username: c.username,
      password: input.password,
      displayName: c.name,
      role: 'expert',
      organisationCode: 'experts',
    });
    const mobile = `1390431000${index + 2}`;
    const [expert] = await tx
      .insert(experts)
      .values({
        userId: user.id,
        name: c.name,
        workplace: c.workplace,
        specialty: c.specialties.join('、'),
        specialties: c.specialties,
        title: c.title,
        mobileEnc: sealer.seal(mobile),
        mobileMasked: `${mobile.slice(0, 3)}****${mobile.slice(-4)}`,
      })
      .returning();
    if (!expert) throw new Error('demo expert insert returned nothing');
    members.push(expert);
  }
  const [panel] = await tx
    .insert(panels)
    .values({
      editionId,
      awardId: awardIds.technical_expert,
      name: '第三届长春技术能手评审组',
      seats: 3,
      specialties: ['数控车工', '焊工', '工具钳工', '电工'],
      createdBy: input.bureauUserId,
    })
    .returning();
  if (!panel) throw new Error('demo panel insert returned nothing');
  for (const [index, expert] of members.entries()) {
    await tx.insert(panelMembers).values({
      panelId: panel.id,
      expertId: expert.id,
      role: index === 0 ? 'chair' : 'member',
      source: 'manual',
      seatedAt: now,
    });
  }

  // the two colleagues' sheets, submitted: a spread of results for the ranking to show once 孙卫东 scores
  const criteria = await tx
    .select()
    .from(rubricCriteria)
    .where(eq(rubricCriteria.awardId, awardIds.technical_expert))
    .orderBy(asc(rubricCriteria.position));
  const candidates = await tx
    .select({ id: applications.id, name: applications.name })
    .from(applications)
    .where(and(eq(applications.awardId, awardIds.technical_expert), eq(applications.status, 'in_review')))
    .orderBy(asc(applications.name));
  const share = [0.92, 0.85, 0.78, 0.88];
  for (const [c, candidate] of candidates.entries()) {
    for (const [m, expert] of members.slice(1).entries()) {
      const ratio = (share[c % share.length] ?? 0.8) - m * 0.03;
      const points = criteria.map((criterion) => Math.round(criterion.maxScore * ratio * 2) / 2);
      const total = points.reduce((sum, p) => sum + p, 0);
      await tx.insert(scoreSheets).values({
        panelId: panel.id,
        expertId: expert.id,
        applicationId: candidate.id,
        status: 'submitted',
        total: String(total),
        comment: '材料真实完整，业绩突出',
        savedAt: now,
        submittedAt: now,
      });
      for (const [i, criterion] of criteria.entries()) {
        await tx.insert(scores).values({
          panelId: panel.id,
          expertId: expert.id,
          applicationId: candidate.id,
          criterionId: criterion.id,
          score: String(points[i]),
          createdAt: now,
        });
      }
    }
  }

  // the list of 长春技能大奖 sent to the talent office after the city notice
  const sent = await tx
    .select({ id: applications.id })
    .from(applications)
    .where(
      and(eq(applications.awardId, awardIds.grand_award), inArray(applications.status, ['pending_approval'])),
    );
  if (sent.length > 0)
    await tx.insert(approvals).values({
      editionId,
      awardId: awardIds.grand_award,
      applicationIds: sent.map((s) => s.id),
      status: 'pending',
      submittedBy: input.bureauUserId,
      submittedAt: new Date(now.getTime() - 86_400_000),
    });
}
