import { randomBytes } from 'node:crypto';
import { asc, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { ExpertView } from '../../contract/review-stage';
import { maskMobile } from '../../domain/people';
import type { expertInput } from '../../domain/review/inputs';
import type { Db, Executor } from '../db/database';
import { awards, experts, memberships, organisations, panelMembers, panels, users } from '../db/schema';
import { refuse } from '../workflow/record-types';
import { createUser, passwordProblems } from './accounts';
import { appendAudit } from './audit';
import type { Acting } from './workflow';

type ExpertRow = typeof experts.$inferSelect;

/** A first password the bureau hands the expert once (they change it at first login). */
function initialPassword(): string {
  for (;;) {
    const candidate = `Jx-${randomBytes(9).toString('base64url')}`;
    if (!passwordProblems(candidate)) return candidate;
  }
}

/** The pool as the bureau sees it: phones masked, each expert's login and the panels they sit on. */
export async function expertViews(tx: Executor, ids?: readonly string[]): Promise<ExpertView[]> {
  const rows = await tx
    .select({ expert: experts, username: users.username })
    .from(experts)
    .leftJoin(users, eq(users.id, experts.userId))
    .where(ids ? inArray(experts.id, [...ids]) : undefined)
    .orderBy(asc(experts.name), asc(experts.id));
  const seats = rows.length
    ? await tx
        .select({
          expertId: panelMembers.expertId,
          panelId: panels.id,
          award: awards.code,
          status: panelMembers.status,
        })
        .from(panelMembers)
        .innerJoin(panels, eq(panels.id, panelMembers.panelId))
        .innerJoin(awards, eq(awards.id, panels.awardId))
        .where(
          inArray(
            panelMembers.expertId,
            rows.map((r) => r.expert.id),
          ),
        )
    : [];
  return rows.map(({ expert, username }) => viewOf(expert, username, seats));
}

function viewOf(
  expert: ExpertRow,
  username: string | null,
  seats: { expertId: string; panelId: string; award: string; status: string }[],
): ExpertView {
  return {
    id: expert.id,
    name: expert.name,
    workplace: expert.workplace,
    organisationId: expert.organisationId,
    title: expert.title,
    specialty: expert.specialty,
    specialties: expert.specialties,
    mobileMasked: expert.mobileMasked,
    active: expert.active,
    username,
    panels: seats
      .filter((s) => s.expertId === expert.id)
      .map((s) => ({
        panelId: s.panelId,
        award: s.award as ExpertView['panels'][number]['award'],
        status: s.status as 'seated' | 'declined',
      })),
  };
}

export async function listExperts(db: Db) {
  return db.transaction((tx) => expertViews(tx));
}

/**
 * Adds an expert to the pool with their login: a new `expert` account in the pool's organisation (its first
 * password returned once, for the bureau to hand over), or an existing expert account not yet in the pool.
 * The phone is sealed; the audit records who was added, not the phone.
 */
export async function addExpert(db: Db, acting: Acting, input: z.output<typeof expertInput>) {
  return db.transaction(async (tx) => {
    const [pool] = await tx
      .select()
      .from(organisations)
      .where(eq(organisations.kind, 'expert_pool'))
      .limit(1);
    if (!pool) throw new Error('no expert pool organisation');
    if (input.organisationId) {
      const [org] = await tx
        .select({ id: organisations.id })
        .from(organisations)
        .where(eq(organisations.id, input.organisationId));
      if (!org)
        refuse(
          'expert.organisation_unknown',
          '所选工作单位不存在',
          'The organisation chosen does not exist',
          {
            path: 'organisationId',
          },
        );
    }
    const [existing] = await tx
      .select({ id: users.id, role: memberships.role })
      .from(users)
      .leftJoin(memberships, eq(memberships.userId, users.id))
      .where(eq(users.username, input.username));
    let userId: string;
    let password: string | null = null;
    if (existing) {
      if (existing.role !== 'expert')
        refuse(
          'expert.username_taken',
          '该用户名已被其他账号使用',
          'The username belongs to another account',
          {
            path: 'username',
          },
        );
      const [seated] = await tx
        .select({ id: experts.id })
        .from(experts)
        .where(eq(experts.userId, existing.id));
      if (seated)
        refuse('expert.already_in_pool', '该账号已在专家库中', 'This account is already in the pool', {
          path: 'username',
        });
      userId = existing.id;
    } else {
      password = initialPassword();
      userId = (
        await createUser(tx, {
          username: input.username,
          password,
          displayName: input.name,
          role: 'expert',
          organisationCode: pool.code,
        })
      ).id;
    }
    const [expert] = await tx
      .insert(experts)
      .values({
        userId,
        name: input.name,
        workplace: input.workplace,
        organisationId: input.organisationId,
        title: input.title ?? null,
        specialty: input.specialty,
        specialties: [...new Set(input.specialties)],
        mobileEnc: acting.sealer.seal(input.mobile),
        mobileMasked: maskMobile(input.mobile),
      })
      .returning();
    if (!expert) throw new Error('expert insert returned nothing');
    await appendAudit(
      tx,
      acting.audit,
      {
        action: 'expert.create',
        objectType: 'expert',
        objectId: expert.id,
        detail: {
          name: expert.name,
          workplace: expert.workplace,
          username: input.username,
          newAccount: !existing,
        },
      },
      acting.now,
    );
    const [view] = await expertViews(tx, [expert.id]);
    if (!view) throw new Error('expert vanished');
    return { ...view, initialPassword: password };
  });
}
