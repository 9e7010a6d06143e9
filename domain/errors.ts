import type { Message } from './message';

export interface FieldError {
  path: string;
  code: string;
  message: Message;
}

/**
 * A refusal the user can understand: a stable dotted code, a bilingual message and, for
 * validation, the fields concerned. The domain knows nothing of HTTP: the server's error plugin
 * answers `{ code, message: { zh, en }, fields }` with the status the error catalogue
 * (contract/errors.ts) gives the code.
 */
export class DomainError extends Error {
  readonly code: string;
  readonly userMessage: Message;
  readonly fields: FieldError[];
  readonly params: Record<string, unknown>;

  constructor(
    code: string,
    message: Message,
    options: { fields?: FieldError[]; params?: Record<string, unknown> } = {},
  ) {
    super(`${code}: ${message.en}`);
    this.name = 'DomainError';
    this.code = code;
    this.userMessage = message;
    this.fields = options.fields ?? [];
    this.params = options.params ?? {};
  }
}
