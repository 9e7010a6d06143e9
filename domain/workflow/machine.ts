import { DomainError } from '../errors';
import type { Message } from '../message';
import type { Role } from '../roles';
import { evaluateGuards, type GuardCode, type GuardFailure, type TransitionContext } from './guards';
import { actingLevelsOf, type Level, statusHolder } from './levels';
import { type ApplicationStatus, statusLabels } from './states';
import {
  isTransitionName,
  type Transition,
  type TransitionName,
  type TransitionRecord,
  transitionNames,
  transitionOf,
} from './transitions';

/** The parts of an application the machine reads. */
export interface WorkflowApplication {
  status: ApplicationStatus;
  employerOrgId: string;
  recommenderOrgId: string;
}

/** Who acts: the role they act in and the organisation that holds it. */
export interface WorkflowActor {
  role: Role;
  organisationId: string;
}

export interface AllowedTransition {
  name: TransitionName;
  to: ApplicationStatus;
  label: Message;
  requiresReason: boolean;
  records: readonly TransitionRecord[];
  /** Empty when the transition can happen now; otherwise why the button is disabled. */
  blockedBy: GuardFailure[];
}

export type WorkflowRefusalCode =
  | 'workflow.unknown_transition'
  | 'workflow.not_allowed_from_status'
  | 'workflow.role_not_allowed'
  | 'workflow.out_of_scope'
  | 'workflow.reason_required';

export type CheckResult =
  | {
      ok: true;
      name: TransitionName;
      from: ApplicationStatus;
      to: ApplicationStatus;
      records: readonly TransitionRecord[];
    }
  | {
      ok: false;
      /** A `WorkflowRefusalCode`, or the first failing guard's code. */
      code: string;
      message: Message;
      params: Record<string, unknown>;
      /** Every failing guard, when guards are what refused. */
      failures: GuardFailure[];
    };

/** Levels at which a role acts on this application. */
function actingLevels(role: Role, application: WorkflowApplication): readonly Level[] {
  // A state-owned enterprise or technical school recommending its own staff is both levels at once.
  return actingLevelsOf(role, application.employerOrgId === application.recommenderOrgId);
}

/** Units act only on their own applications; the bureau and the talent office on every application. */
function inScope(actor: WorkflowActor, application: WorkflowApplication): boolean {
  switch (actor.role) {
    case 'employer_officer':
      return actor.organisationId === application.employerOrgId;
    case 'recommender_officer':
      return actor.organisationId === application.recommenderOrgId;
    case 'bureau_admin':
    case 'bureau_staff':
    case 'talent_office':
      return true;
    case 'expert':
    case 'candidate':
      return false;
  }
}

function requiredLevel(transition: Transition, status: ApplicationStatus): Level {
  return transition.level === 'holder' ? statusHolder[status] : transition.level;
}

/** The first refusal that does not depend on guards or on the reason, if any. */
function authorityRefusal(
  transition: Transition,
  application: WorkflowApplication,
  actor: WorkflowActor,
): Extract<CheckResult, { ok: false }> | undefined {
  const { status } = application;
  if (!transition.from.includes(status)) {
    return refusal(
      'workflow.not_allowed_from_status',
      {
        zh: `当前状态为“${statusLabels[status].zh}”，不能执行“${transition.label.zh}”`,
        en: `“${transition.label.en}” is not possible while the application is “${statusLabels[status].en}”`,
      },
      { status },
    );
  }
  const level = requiredLevel(transition, status);
  if (!transition.by.includes(actor.role) || !actingLevels(actor.role, application).includes(level)) {
    return refusal(
      'workflow.role_not_allowed',
      {
        zh: `您的角色不能执行“${transition.label.zh}”`,
        en: `Your role may not “${transition.label.en}”`,
      },
      { role: actor.role, level },
    );
  }
  if (!inScope(actor, application)) {
    return refusal('workflow.out_of_scope', {
      zh: '该申报不属于您所在单位的管理范围',
      en: "This application is outside your organisation's remit",
    });
  }
  return undefined;
}

function refusal(
  code: WorkflowRefusalCode,
  message: Message,
  params: Record<string, unknown> = {},
): Extract<CheckResult, { ok: false }> {
  return { ok: false, code, message, params, failures: [] };
}

/**
 * The transitions this actor may trigger on this application now or once their guards pass: those
 * leaving the current status, open to the actor's role at the acting level, within the actor's scope.
 * `blockedBy` lists failing guards so the UI can show why a button is disabled. The reason is not
 * checked here: the UI asks for it when `requiresReason`.
 */
export function allowedTransitions(
  application: WorkflowApplication,
  actor: WorkflowActor,
  context: TransitionContext,
  options: {
    /** Guards judged only with the move's record (a notice's period): left out of `blockedBy`. */
    deferred?: readonly GuardCode[];
  } = {},
): AllowedTransition[] {
  const deferred = options.deferred ?? [];
  return offeredTransitionNames(application, actor).map((name) => {
    const transition = transitionOf(name);
    return {
      name,
      to: transition.to,
      label: transition.label,
      requiresReason: transition.requiresReason === true,
      records: transition.records,
      blockedBy: evaluateGuards(
        transition.guards.filter((g) => !deferred.includes(g)),
        context,
      ),
    };
  });
}

/** The transitions leaving the current status that the actor's role, level and scope may take. */
export function offeredTransitionNames(
  application: WorkflowApplication,
  actor: WorkflowActor,
): TransitionName[] {
  return transitionNames.filter((name) => !authorityRefusal(transitionOf(name), application, actor));
}

/**
 * Whether `name` may happen now. Checks, in order: the transition exists, the status, the role (and the
 * level it acts at), the scope, the reason, then the guards. The server calls this inside the transaction
 * that writes the new status and the event.
 */
export function checkTransition(
  name: string,
  application: WorkflowApplication,
  actor: WorkflowActor,
  context: TransitionContext,
): CheckResult {
  if (!isTransitionName(name)) {
    return refusal('workflow.unknown_transition', { zh: '未知的操作', en: 'Unknown action' }, { name });
  }
  const transition = transitionOf(name);
  const refused = authorityRefusal(transition, application, actor);
  if (refused) return refused;
  if (transition.requiresReason === true && !context.reason?.trim()) {
    return refusal('workflow.reason_required', {
      zh: `“${transition.label.zh}”须填写理由`,
      en: `“${transition.label.en}” needs a reason`,
    });
  }
  const failures = evaluateGuards(transition.guards, context);
  const [first] = failures;
  if (first) return { ok: false, code: first.code, message: first.message, params: first.params, failures };
  return { ok: true, name, from: application.status, to: transition.to, records: transition.records };
}

/**
 * The status, role, level and scope checks of `checkTransition`, throwing on refusal: what a server checks
 * before it reads the move's record, so that a caller who may not move gets told so, not that a field is
 * wrong.
 */
export function assertAuthority(
  name: TransitionName,
  application: WorkflowApplication,
  actor: WorkflowActor,
) {
  const refused = authorityRefusal(transitionOf(name), application, actor);
  if (refused) throwRefusal(refused);
}

function throwRefusal(result: Extract<CheckResult, { ok: false }>): never {
  const fields =
    result.code === 'workflow.reason_required'
      ? [{ path: 'reason', code: result.code, message: result.message }]
      : [];
  throw new DomainError(result.code, result.message, {
    fields,
    params: { ...result.params, failures: result.failures },
  });
}

/** `checkTransition`, throwing a `DomainError` on refusal (its HTTP status: contract/errors.ts). */
export function assertTransition(
  name: string,
  application: WorkflowApplication,
  actor: WorkflowActor,
  context: TransitionContext,
): Extract<CheckResult, { ok: true }> {
  const result = checkTransition(name, application, actor, context);
  if (result.ok) return result;
  return throwRefusal(result);
}
