import { DomainError } from '../../domain/errors';
import type {
  AnyRecordPayload,
  StepLevel,
  Transition,
  TransitionContext,
  TransitionName,
} from '../../domain/workflow';
import type { Executor } from '../db/database';
import type { applications } from '../db/schema';
import type { Acting } from '../services/workflow';

export type ApplicationRow = typeof applications.$inferSelect;
export type ApplicationSet = Partial<typeof applications.$inferInsert>;

/** One move of one or several applications, as a record handler sees it. */
export interface RecordBatch {
  name: TransitionName;
  transition: Transition;
  /** The step level acting (unit, recommender, city); none for the talent office. */
  level: StepLevel | undefined;
  /** Locked, in the caller's scope, all in the status the move leaves. */
  rows: ApplicationRow[];
  payload: AnyRecordPayload;
}

/** What the move created that the caller may want to show (the decision, the notice …). */
export interface Created {
  decision?: { id: string; decidedOn: string; participants: string; summary: string };
  noticeId?: string;
  approvalIds?: string[];
  decisionDocumentId?: string;
}

export interface RecordOutcome {
  /** Stored with the history event of every application moved. */
  data?: Record<string, unknown>;
  /** Stored with the history event of one application. */
  dataFor?: (row: ApplicationRow) => Record<string, unknown>;
  /** Columns written with the new status. */
  set?: (row: ApplicationRow) => ApplicationSet;
  /** Facts the guards read from the record rather than from the database (the notice being started). */
  pending?: Partial<TransitionContext>;
  created?: Created;
  /** Runs once every application has moved, in the same transaction (closing an emptied notice). */
  after?: () => Promise<void>;
}

export type RecordHandler = (tx: Executor, acting: Acting, batch: RecordBatch) => Promise<RecordOutcome>;

export function refuse(
  code: string,
  zh: string,
  en: string,
  options: { path?: string; params?: Record<string, unknown> } = {},
): never {
  const { path, params } = options;
  // the HTTP status comes from the code (contract/errors.ts)
  throw new DomainError(
    code,
    { zh, en },
    { params, fields: path ? [{ path, code, message: { zh, en } }] : [] },
  );
}
