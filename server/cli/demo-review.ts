import { and, asc, eq, inArray } from 'drizzle-orm';
import { shanghaiDate } from '../../domain/time';
import { defaultNoticeText } from '../../domain/workflow/notice-text';
import type { Sealer } from '../crypto/sealed';
import type { Executor } from '../db/database';
import {
  applications,
  approvals,
  editions,
  experts,
  memberships,
  noticeItems,
  notices,
  organisations,
  panelMembers,
  panels,
  scoreSheets,
  scores,
  workflowEvents,
} from '../db/schema';
import { createUser } from '../services/accounts';
import { loadCalendar } from '../services/calendar';
import { awardReviewChanged } from '../services/review-ranking';
import { criteriaOf } from '../services/score-sheets';

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
  await seatMembers(tx, panel.id, members, now);

  // the two colleagues' sheets, submitted: a spread of results for the ranking to show once 孙卫东 scores
  const criteria = await criteriaOf(tx, awardIds.technical_expert);
  const candidates = await tx
    .select({ id: applications.id, name: applications.name })
    .from(applications)
    .where(and(eq(applications.awardId, awardIds.technical_expert), eq(applications.status, 'in_review')))
    .orderBy(asc(applications.name));
  const share = [0.92, 0.85, 0.78, 0.88];
  for (const [c, candidate] of candidates.entries()) {
    for (const [m, expert] of members.slice(1).entries()) {
      await submittedSheet(tx, {
        sheet: { panelId: panel.id, expertId: expert.id, applicationId: candidate.id },
        criteria,
        ratio: (share[c % share.length] ?? 0.8) - m * 0.03,
        comment: '材料真实完整，业绩突出',
        now,
      });
    }
  }

  await seedGrandAwardReview(tx, { ...input, members });
  // the ranking reads what counts of each candidate's scores, kept as the sheets come in
  await awardReviewChanged(tx, [awardIds.technical_expert, awardIds.grand_award]);

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

/**
 * What the talent office weighs for the two candidates of 长春技能大奖 sent to it: the panel of the award
 * (the same three experts) with every sheet submitted, and the city notice (市级公示) they went through,
 * closed without objections on the days their history records.
 */
async function seedGrandAwardReview(
  tx: Executor,
  input: {
    now: Date;
    editionId: string;
    awardIds: Record<'grand_award' | 'technical_expert', string>;
    bureauUserId: string;
    members: (typeof experts.$inferSelect)[];
  },
) {
  const { now, editionId, awardIds, members } = input;
  const candidates = await tx
    .select({ id: applications.id, name: applications.name })
    .from(applications)
    .where(and(eq(applications.awardId, awardIds.grand_award), eq(applications.status, 'pending_approval')))
    .orderBy(asc(applications.name));
  if (candidates.length === 0) return;
  const [panel] = await tx
    .insert(panels)
    .values({
      editionId,
      awardId: awardIds.grand_award,
      name: '第三届长春技能大奖评审组',
      seats: members.length,
      specialties: ['数控车工', '焊工', '工具钳工', '电工'],
      status: 'closed',
      reviewedOn: shanghaiDate(new Date(now.getTime() - 20 * 86_400_000)),
      createdBy: input.bureauUserId,
    })
    .returning();
  if (!panel) throw new Error('demo panel insert returned nothing');
  await seatMembers(tx, panel.id, members, now);
  const criteria = await criteriaOf(tx, awardIds.grand_award);
  const share = [
    [0.94, 0.91, 0.93],
    [0.9, 0.87, 0.89],
  ];
  for (const [c, candidate] of candidates.entries()) {
    for (const [m, expert] of members.entries()) {
      await submittedSheet(tx, {
        sheet: { panelId: panel.id, expertId: expert.id, applicationId: candidate.id },
        criteria,
        ratio: share[c % share.length]?.[m] ?? 0.85,
        comment: '技艺精湛，贡献突出，同意推荐',
        now,
      });
    }
  }

  // the city notice, on the day the candidates' history says it started, for the calendar's 5 working days
  const [started] = await tx
    .select({ at: workflowEvents.at })
    .from(workflowEvents)
    .where(
      and(
        inArray(
          workflowEvents.applicationId,
          candidates.map((c) => c.id),
        ),
        eq(workflowEvents.transition, 'startCityNotice'),
      ),
    )
    .orderBy(asc(workflowEvents.at))
    .limit(1);
  const [bureau] = await tx
    .select()
    .from(organisations)
    .innerJoin(memberships, eq(memberships.organisationId, organisations.id))
    .where(eq(memberships.userId, input.bureauUserId))
    .limit(1);
  const [edition] = await tx.select().from(editions).where(eq(editions.id, editionId));
  if (!started || !bureau || !edition)
    throw new Error('demo city notice: history, bureau or edition missing');
  const calendar = await loadCalendar(tx);
  const period = calendar.noticePeriod(shanghaiDate(new Date(started.at)), 5);
  const text = defaultNoticeText('city', {
    organisation: bureau.organisations.nameZh,
    edition: edition.nameZh,
    workingDays: period.workingDays.length,
  });
  const [notice] = await tx
    .insert(notices)
    .values({
      editionId,
      organisationId: bureau.organisations.id,
      level: 'city',
      title: text.title,
      body: text.body,
      startDate: period.start,
      endDate: period.end,
      workingDays: period.workingDays.length,
      status: 'closed',
      contactName: bureau.organisations.contactName,
      contactPhone: bureau.organisations.contactPhone,
      contactAddress: bureau.organisations.address,
      createdBy: input.bureauUserId,
      createdAt: new Date(started.at),
    })
    .returning();
  if (!notice) throw new Error('demo notice insert returned nothing');
  await tx
    .insert(noticeItems)
    .values(candidates.map((c, position) => ({ noticeId: notice.id, applicationId: c.id, position })));
}

/** Seats the demo's experts on a panel by the bureau's choice, the first as chair. */
async function seatMembers(tx: Executor, panelId: string, members: readonly { id: string }[], now: Date) {
  for (const [index, expert] of members.entries()) {
    await tx.insert(panelMembers).values({
      panelId,
      expertId: expert.id,
      role: index === 0 ? 'chair' : 'member',
      source: 'manual',
      seatedAt: now,
    });
  }
}

/** A submitted score sheet: each criterion scored at `ratio` of its maximum (in half points), and its total. */
async function submittedSheet(
  tx: Executor,
  input: {
    sheet: { panelId: string; expertId: string; applicationId: string };
    criteria: readonly { id: string; maxScore: number }[];
    ratio: number;
    comment: string;
    now: Date;
  },
) {
  const { sheet, criteria, ratio, now } = input;
  const points = criteria.map((criterion) => Math.round(criterion.maxScore * ratio * 2) / 2);
  await tx.insert(scoreSheets).values({
    ...sheet,
    status: 'submitted',
    total: String(points.reduce((sum, p) => sum + p, 0)),
    comment: input.comment,
    savedAt: now,
    submittedAt: now,
  });
  for (const [i, criterion] of criteria.entries()) {
    await tx
      .insert(scores)
      .values({ ...sheet, criterionId: criterion.id, score: String(points[i]), createdAt: now });
  }
}
