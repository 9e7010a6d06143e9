import type { Message } from './message';

export interface FieldError {
  path: string;
  code: string;
  message: Message;
}

/**
 * A refusal the user can understand: a stable dotted code, a bilingual message and, for
 * validation, the fields concerned. The server's error plugin turns it into
 * `{ code, message: { zh, en }, fields }` with `status`.
 */
export class DomainError extends Error {
  readonly code: string;
  readonly userMessage: Message;
  readonly status: number;
  readonly fields: FieldError[];
  readonly params: Record<string, unknown>;

  constructor(
    code: string,
    message: Message,
    options: { status?: number; fields?: FieldError[]; params?: Record<string, unknown> } = {},
  ) {
    super(`${code}: ${message.en}`);
    this.name = 'DomainError';
    this.code = code;
    this.userMessage = message;
    this.status = options.status ?? 422;
    this.fields = options.fields ?? [];
    this.params = options.params ?? {};
  }
}
