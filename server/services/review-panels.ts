import { createHash, randomBytes } from 'node:crypto';
import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { PanelView } from '../../contract/review-stage';
import { drawPanel, rankedStatuses } from '../../domain/review';
import type { declineInput, panelInput, seatInput } from '../../domain/review/inputs';
import type { Db, Executor } from '../db/database';
import { applications, awards, experts, panelDraws, panelMembers, panels, scoreSheets } from '../db/schema';
import { notFound } from '../plugins/errors';
import { expertConflicted } from '../policies/review';
import { refuse } from '../workflow/record-types';
import { appendAudit } from './audit';
import { currentEdition } from './editions-query';
import { awardReviewChanged } from './review-ranking';
import type { Acting } from './workflow';

type PanelRow = typeof panels.$inferSelect;

/** The candidates a panel is drawn for and scores: the award's accepted ones and those in the review on. */
const drawnForStatuses = ['accepted', ...rankedStatuses] as const;

/** SM3 (GB/T 32905) of the seed's text: the commitment recorded before the draw. */
export function seedCommitment(seed: string): string {
  return createHash('sm3').update(seed, 'utf8').digest('hex');
}

/** An award of the current edition, or 404. */
export async function currentAward(tx: Executor, awardId: string) {
  const edition = await currentEdition(tx);
  const [award] = await tx
    .select()
    .from(awards)
    .where(and(eq(awards.id, awardId), eq(awards.editionId, edition.id)));
  if (!award) throw notFound();
  return award;
}

async function lockedPanel(tx: Executor, panelId: string): Promise<PanelRow> {
  const edition = await currentEdition(tx);
  const [panel] = await tx
    .select()
    .from(panels)
    .where(and(eq(panels.id, panelId), eq(panels.editionId, edition.id)))
    .for('update');
  if (!panel) throw notFound();
  return panel;
}

/** Experts of the pool conflicted with any of the award's candidates (回避 for the whole panel's draw). */
async function conflictedWithAward(tx: Executor, awardId: string): Promise<string[]> {
  const rows = await tx
    .select({ id: experts.id })
    .from(experts)
    .where(
      sql`exists (select 1 from ${applications} where ${applications.awardId} = ${awardId}
          and ${inArray(applications.status, [...drawnForStatuses])} and ${expertConflicted(experts.id)})`,
    );
  return rows.map((r) => r.id).sort();
}

export async function panelViews(tx: Executor, panelIds?: readonly string[]): Promise<PanelView[]> {
  const edition = await currentEdition(tx);
  const rows = await tx
    .select({ panel: panels, award: awards.code })
    .from(panels)
    .innerJoin(awards, eq(awards.id, panels.awardId))
    .where(and(eq(panels.editionId, edition.id), panelIds ? inArray(panels.id, [...panelIds]) : undefined))
    .orderBy(asc(awards.code));
  const views: PanelView[] = [];
  for (const { panel, award } of rows) {
    const [candidates] = await tx
      .select({ n: count() })
      .from(applications)
      .where(and(eq(applications.awardId, panel.awardId), inArray(applications.status, [...rankedStatuses])));
    const members = await tx
      .select({
        member: panelMembers,
        name: experts.name,
        workplace: experts.workplace,
        title: experts.title,
        // the candidates in the review this member scores (not those they stand aside from), and their sheets
        expected: sql<number>`(select count(*) from ${applications} where ${applications.awardId} = ${panel.awardId}
          and ${inArray(applications.status, [...rankedStatuses])} and not ${expertConflicted(panelMembers.expertId)})`,
        submitted: sql<number>`(select count(*) from ${scoreSheets} join ${applications} on ${applications.id} = ${scoreSheets.applicationId}
          where ${scoreSheets.panelId} = ${panel.id} and ${scoreSheets.expertId} = ${panelMembers.expertId}
          and ${scoreSheets.status} = 'submitted' and not ${expertConflicted(panelMembers.expertId)})`,
        drafts: sql<number>`(select count(*) from ${scoreSheets} where ${scoreSheets.panelId} = ${panel.id}
          and ${scoreSheets.expertId} = ${panelMembers.expertId} and ${scoreSheets.status} = 'draft')`,
      })
      .from(panelMembers)
      .innerJoin(experts, eq(experts.id, panelMembers.expertId))
      .where(eq(panelMembers.panelId, panel.id))
      .orderBy(sql`${panelMembers.role} = 'chair' desc`, asc(panelMembers.seatedAt), asc(experts.name));
    const [draw] = await tx.select().from(panelDraws).where(eq(panelDraws.panelId, panel.id));
    // the chair first, then in the order seated; those seated by one draw in the draw's order
    const drawn = new Map((draw?.drawOrder ?? []).map((id, index) => [id, index]));
    const place = (m: (typeof members)[number]) => drawn.get(m.member.expertId) ?? -1;
    members.sort(
      (a, b) =>
        Number(b.member.role === 'chair') - Number(a.member.role === 'chair') ||
        new Date(a.member.seatedAt).getTime() - new Date(b.member.seatedAt).getTime() ||
        place(a) - place(b),
    );
    views.push({
      id: panel.id,
      awardId: panel.awardId,
      award,
      name: panel.name,
      status: panel.status,
      seats: panel.seats,
      specialties: panel.specialties,
      candidates: Number(candidates?.n ?? 0),
      members: members.map((m) => ({
        expertId: m.member.expertId,
        name: m.name,
        workplace: m.workplace,
        title: m.title,
        role: m.member.role,
        status: m.member.status,
        source: m.member.source,
        declineReason: m.member.declineReason,
        expected: Number(m.expected),
        submitted: Number(m.submitted),
        drafts: Number(m.drafts),
      })),
      draw: draw
        ? {
            status: draw.status,
            seedHash: draw.seedHash,
            seed: draw.seed,
            pool: draw.pool,
            conflicted: draw.conflicted,
            specialties: draw.specialties,
            seats: draw.seats,
            order: draw.drawOrder,
            committedAt: new Date(draw.committedAt).toISOString(),
            drawnAt: draw.drawnAt ? new Date(draw.drawnAt).toISOString() : null,
          }
        : null,
    });
  }
  return views;
}

async function onePanel(tx: Executor, panelId: string): Promise<PanelView> {
  const [view] = await panelViews(tx, [panelId]);
  if (!view) throw notFound();
  return view;
}

export async function listPanels(db: Db) {
  return db.transaction(async (tx) => ({ items: await panelViews(tx) }));
}

/** 组建评审组: one panel per award of the current edition. */
export async function createPanel(db: Db, acting: Acting, input: z.output<typeof panelInput>) {
  return db.transaction(async (tx) => {
    const award = await currentAward(tx, input.awardId);
    const [known] = await tx
      .select({ id: panels.id })
      .from(panels)
      .where(and(eq(panels.editionId, award.editionId), eq(panels.awardId, award.id)));
    if (known)
      refuse('panel.exists', '该奖项已有评审组', 'This award already has a panel', { path: 'awardId' });
    const [panel] = await tx
      .insert(panels)
      .values({
        editionId: award.editionId,
        awardId: award.id,
        name: input.name,
        seats: input.seats,
        specialties: [...new Set(input.specialties)],
        createdBy: acting.actor.userId,
      })
      .returning();
    if (!panel) throw new Error('panel insert returned nothing');
    await audit(tx, acting, 'panel.create', panel.id, {
      award: award.code,
      seats: panel.seats,
      specialties: panel.specialties,
    });
    return onePanel(tx, panel.id);
  });
}

const seated = (tx: Executor, panelId: string) =>
  tx
    .select({ expertId: panelMembers.expertId, role: panelMembers.role, status: panelMembers.status })
    .from(panelMembers)
    .where(eq(panelMembers.panelId, panelId));

function refuseFull(panel: PanelRow) {
  refuse('panel.full', `评审组已满 ${panel.seats} 人`, `The panel's ${panel.seats} seats are taken`, {
    params: { seats: panel.seats },
  });
}

/** Seats an expert by the bureau's choice (recorded as manual): the chair takes over from any other chair. */
export async function seatExpert(db: Db, acting: Acting, panelId: string, input: z.output<typeof seatInput>) {
  return db.transaction(async (tx) => {
    const panel = await lockedPanel(tx, panelId);
    const [expert] = await tx.select().from(experts).where(eq(experts.id, input.expertId));
    if (!expert?.active)
      refuse('panel.expert_unknown', '专家库中没有该专家', 'No such expert in the pool', {
        path: 'expertId',
      });
    const members = await seated(tx, panel.id);
    if (members.some((m) => m.expertId === expert.id))
      refuse('panel.already_member', '该专家已在评审组中', 'The expert is already on the panel', {
        path: 'expertId',
      });
    if (members.filter((m) => m.status === 'seated').length >= panel.seats) refuseFull(panel);
    if (input.role === 'chair')
      await tx.update(panelMembers).set({ role: 'member' }).where(eq(panelMembers.panelId, panel.id));
    await tx.insert(panelMembers).values({
      panelId: panel.id,
      expertId: expert.id,
      role: input.role,
      source: 'manual',
      seatedAt: acting.now,
    });
    await awardReviewChanged(tx, [panel.awardId]);
    await audit(tx, acting, 'panel.seat', panel.id, {
      expertId: expert.id,
      name: expert.name,
      role: input.role,
    });
    return onePanel(tx, panel.id);
  });
}

/**
 * 抽取前承诺: draws a random seed, records its SM3 hash with the pool as it stands (every active expert and
 * their specialties) and the experts conflicted with the award's candidates, and keeps the seed sealed
 * until the draw. Once committed, nothing the bureau does can choose the order.
 */
export async function commitDraw(db: Db, acting: Acting, panelId: string) {
  return db.transaction(async (tx) => {
    const panel = await lockedPanel(tx, panelId);
    const [known] = await tx
      .select({ id: panelDraws.id })
      .from(panelDraws)
      .where(eq(panelDraws.panelId, panel.id));
    if (known) refuse('draw.already_committed', '该评审组已抽取过专家', 'This panel has been drawn already');
    const seed = randomBytes(32).toString('hex');
    const pool = (
      await tx
        .select({ id: experts.id, specialties: experts.specialties })
        .from(experts)
        .where(eq(experts.active, true))
        .orderBy(asc(experts.id))
    ).map((e) => ({ id: e.id, specialties: e.specialties }));
    const [draw] = await tx
      .insert(panelDraws)
      .values({
        panelId: panel.id,
        seedHash: seedCommitment(seed),
        seedSealed: acting.sealer.seal(seed),
        pool,
        conflicted: await conflictedWithAward(tx, panel.awardId),
        specialties: panel.specialties,
        seats: panel.seats,
        committedBy: acting.actor.userId,
        committedAt: acting.now,
      })
      .returning();
    if (!draw) throw new Error('draw insert returned nothing');
    await audit(tx, acting, 'panel.draw_commit', panel.id, { seedHash: draw.seedHash, pool: pool.length });
    return onePanel(tx, panel.id);
  });
}

/**
 * 随机抽取: the draw from the committed pool with the committed seed, which it reveals. Experts conflicted
 * since the commitment are added to the record's conflicted list (the record still recomputes the order);
 * members already seated by hand keep their seats and the draw fills the others.
 */
export async function runDraw(db: Db, acting: Acting, panelId: string) {
  return db.transaction(async (tx) => {
    const panel = await lockedPanel(tx, panelId);
    const [draw] = await tx.select().from(panelDraws).where(eq(panelDraws.panelId, panel.id)).for('update');
    if (!draw)
      refuse(
        'draw.not_committed',
        '请先生成并公布抽取承诺（随机种子的 SM3 值）',
        'Commit to the seed first (its SM3 hash)',
      );
    if (draw.status === 'drawn')
      refuse('draw.already_drawn', '该评审组已抽取过专家', 'This panel has been drawn already');
    const seed = acting.sealer.open(draw.seedSealed);
    const conflicted = [
      ...new Set([...draw.conflicted, ...(await conflictedWithAward(tx, panel.awardId))]),
    ].sort();
    const members = await seated(tx, panel.id);
    const taken = members.filter((m) => m.status === 'seated').length;
    const result = drawPanel({
      seed,
      pool: draw.pool,
      specialties: draw.specialties,
      conflicted: new Set(conflicted),
      declined: new Set(members.map((m) => m.expertId)),
      size: Math.max(0, panel.seats - taken),
    });
    const hasChair = members.some((m) => m.role === 'chair' && m.status === 'seated');
    if (result.panel.length > 0) {
      await tx.insert(panelMembers).values(
        result.panel.map((expertId, i) => ({
          panelId: panel.id,
          expertId,
          role: !hasChair && i === 0 ? ('chair' as const) : ('member' as const),
          source: 'draw' as const,
          seatedAt: acting.now,
        })),
      );
    }
    await tx
      .update(panelDraws)
      .set({
        status: 'drawn',
        seed,
        conflicted,
        drawOrder: result.order,
        drawnBy: acting.actor.userId,
        drawnAt: acting.now,
      })
      .where(eq(panelDraws.id, draw.id));
    await awardReviewChanged(tx, [panel.awardId]);
    await audit(tx, acting, 'panel.draw', panel.id, {
      seed,
      seedHash: draw.seedHash,
      drawn: result.panel,
      short: result.short,
    });
    return { panel: await onePanel(tx, panel.id), short: result.short };
  });
}

/**
 * An expert declines (the bureau records it): their seat goes to the next expert of the draw's order who is
 * neither on the panel nor conflicted, recorded as a replacement; without a draw, or with the order used
 * up, the seat stays empty for the bureau to fill.
 */
export async function declineSeat(
  db: Db,
  acting: Acting,
  panelId: string,
  expertId: string,
  input: z.output<typeof declineInput>,
) {
  return db.transaction(async (tx) => {
    const panel = await lockedPanel(tx, panelId);
    const members = await seated(tx, panel.id);
    const member = members.find((m) => m.expertId === expertId && m.status === 'seated');
    if (!member) throw notFound();
    await tx
      .update(panelMembers)
      .set({ status: 'declined', role: 'member', declinedAt: acting.now, declineReason: input.reason })
      .where(and(eq(panelMembers.panelId, panel.id), eq(panelMembers.expertId, expertId)));
    const [draw] = await tx.select().from(panelDraws).where(eq(panelDraws.panelId, panel.id));
    let replacement: string | null = null;
    if (draw?.status === 'drawn' && draw.seed && draw.drawOrder) {
      const conflicted = new Set([...draw.conflicted, ...(await conflictedWithAward(tx, panel.awardId))]);
      const onPanel = new Set(members.map((m) => m.expertId));
      replacement = draw.drawOrder.find((id) => !onPanel.has(id) && !conflicted.has(id)) ?? null;
      if (replacement) {
        await tx.insert(panelMembers).values({
          panelId: panel.id,
          expertId: replacement,
          role: member.role,
          source: 'replacement',
          seatedAt: acting.now,
        });
      }
    }
    await awardReviewChanged(tx, [panel.awardId]);
    await audit(tx, acting, 'panel.decline', panel.id, { expertId, reason: input.reason, replacement });
    return { panel: await onePanel(tx, panel.id), replacement };
  });
}

function audit(
  tx: Executor,
  acting: Acting,
  action: string,
  panelId: string,
  detail: Record<string, unknown>,
) {
  return appendAudit(
    tx,
    acting.audit,
    { action, objectType: 'panel', objectId: panelId, detail },
    acting.now,
  );
}
