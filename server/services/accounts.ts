import argon2 from 'argon2';
import { and, asc, eq } from 'drizzle-orm';
import { DomainError } from '../../domain/errors';
import type { Message } from '../../domain/message';
import { type Role, roleOrganisationKinds, roles } from '../../domain/roles';
import type { Executor } from '../db/database';
import { memberships, organisations, users } from '../db/schema';

/** argon2id with OWASP's recommended cost (19 MiB, 2 passes). */
const HASH_OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, HASH_OPTIONS);
}

export function verifyPassword(hash: string, password: string): Promise<boolean> {
  return argon2.verify(hash, password).catch(() => false);
}

/** Compared against when the username does not exist, so both answers take the same time. */
let decoyHash: Promise<string> | undefined;
export function decoyPasswordHash(): Promise<string> {
  decoyHash ??= hashPassword('decoy-password-that-never-matches');
  return decoyHash;
}

export const PASSWORD_MIN_LENGTH = 8;

export function passwordProblems(password: string): Message | null {
  if (password.length < PASSWORD_MIN_LENGTH) {
    return {
      zh: `密码至少 ${PASSWORD_MIN_LENGTH} 位`,
      en: `Password needs at least ${PASSWORD_MIN_LENGTH} characters`,
    };
  }
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  if (classes < 3) {
    return {
      zh: '密码须包含大写字母、小写字母、数字、符号中的至少三类',
      en: 'Password needs three of: upper-case, lower-case, digits, symbols',
    };
  }
  return null;
}

export interface NewUser {
  username: string;
  password: string;
  displayName?: string;
  role: Role;
  organisationCode: string;
}

/** Creates a user with one membership; refuses a role the organisation's kind cannot hold. */
export async function createUser(tx: Executor, input: NewUser): Promise<{ id: string }> {
  if (!roles.includes(input.role)) {
    throw new DomainError('user.role_unknown', {
      zh: `未知角色：${input.role}`,
      en: `Unknown role: ${input.role}`,
    });
  }
  const weak = passwordProblems(input.password);
  if (weak) throw new DomainError('user.password_weak', weak);
  if (!/^[a-z0-9_.-]{3,32}$/i.test(input.username)) {
    throw new DomainError('user.username_invalid', {
      zh: '用户名须为 3–32 位字母、数字、下划线、点或连字符',
      en: 'Username: 3–32 letters, digits, underscore, dot or hyphen',
    });
  }
  const [org] = await tx.select().from(organisations).where(eq(organisations.code, input.organisationCode));
  if (!org) {
    throw new DomainError('organisation.not_found', {
      zh: `单位不存在：${input.organisationCode}`,
      en: `No organisation with code ${input.organisationCode}`,
    });
  }
  if (!roleOrganisationKinds[input.role].includes(org.kind)) {
    throw new DomainError('user.role_not_for_organisation', {
      zh: `角色 ${input.role} 不能属于该类单位（${org.kind}）`,
      en: `Role ${input.role} cannot belong to a ${org.kind} organisation`,
    });
  }
  const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.username, input.username));
  if (existing) {
    throw new DomainError('user.username_taken', {
      zh: `用户名已存在：${input.username}`,
      en: `Username already taken: ${input.username}`,
    });
  }
  const [user] = await tx
    .insert(users)
    .values({
      username: input.username,
      passwordHash: await hashPassword(input.password),
      displayName: input.displayName ?? input.username,
    })
    .returning({ id: users.id });
  if (!user) throw new Error('user insert returned nothing');
  await tx.insert(memberships).values({ userId: user.id, organisationId: org.id, role: input.role });
  return user;
}

export async function membershipsOf(tx: Executor, userId: string) {
  return tx
    .select({
      role: memberships.role,
      organisation: {
        id: organisations.id,
        code: organisations.code,
        kind: organisations.kind,
        nameZh: organisations.nameZh,
        nameEn: organisations.nameEn,
        recommenderKind: organisations.recommenderKind,
      },
    })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(and(eq(memberships.userId, userId), eq(organisations.active, true)))
    .orderBy(asc(memberships.createdAt));
}
