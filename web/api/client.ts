import { errorEntry } from '../../contract/errors';
import type { FieldError } from '../../domain/errors';
import type { Message } from '../../domain/message';
import { bilingual } from '../i18n/translate';

/**
 * A refused or failed API call, in the shape the server's error plugin sends:
 * `{ code, message: { zh, en }, fields?, requestId }` plus the HTTP status.
 * Network failures and non-JSON answers (a proxy's 502 page) become one too, with a client-side
 * code (`client.network`, `client.unexpected_response`), so callers handle a single type. An answer with
 * a code but no message gets the error catalogue's message for the code (contract/errors.ts).
 */
export class ApiError {
  readonly name = 'ApiError';
  readonly status: number;
  readonly code: string;
  readonly message: Message;
  readonly fields: FieldError[];
  readonly requestId: string | undefined;

  constructor(init: {
    status: number;
    code: string;
    message: Message;
    fields?: FieldError[];
    requestId?: string;
  }) {
    this.status = init.status;
    this.code = init.code;
    this.message = init.message;
    this.fields = init.fields ?? [];
    this.requestId = init.requestId;
  }

  toString(): string {
    return `ApiError ${this.status} ${this.code}: ${this.message.en}`;
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

type UnauthorizedHandler = (error: ApiError) => void;

let onUnauthorized: UnauthorizedHandler = () => {
  window.location.assign('/login');
};

/** The app installs a router-aware handler; the default reloads into the login page. */
export function setUnauthorizedHandler(handler: UnauthorizedHandler): void {
  onUnauthorized = handler;
}

export interface RequestOptions {
  /**
   * Send the user to the login page on 401 (default true). Off for the login call itself,
   * whose 401 means "wrong password", and for the session probe, whose 401 means "anonymous".
   */
  redirectOnUnauthorized?: boolean;
  signal?: AbortSignal;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export async function request<T>(
  method: Method,
  path: string,
  body?: unknown,
  options: RequestOptions = {},
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError({ status: 0, code: 'client.network', message: bilingual('error.network') });
  }

  if (response.ok) {
    if (response.status === 204) return undefined as T;
    const text = await response.text();
    return (text === '' ? undefined : JSON.parse(text)) as T;
  }

  const error = await toApiError(response);
  if (error.status === 401 && options.redirectOnUnauthorized !== false) onUnauthorized(error);
  throw error;
}

export async function toApiError(response: Response): Promise<ApiError> {
  const headerRequestId = response.headers.get('x-request-id') ?? undefined;
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  if (isErrorBody(body)) {
    return new ApiError({
      status: response.status,
      code: body.code,
      message: isMessage(body.message)
        ? body.message
        : (errorEntry(body.code)?.message ?? bilingual('error.unexpected', { status: response.status })),
      fields: Array.isArray(body.fields) ? body.fields.filter(isFieldError) : [],
      requestId: typeof body.requestId === 'string' ? body.requestId : headerRequestId,
    });
  }
  return new ApiError({
    status: response.status,
    code: 'client.unexpected_response',
    message: bilingual('error.unexpected', { status: response.status }),
    requestId: headerRequestId,
  });
}

interface ErrorBody {
  code: string;
  message?: unknown;
  fields?: unknown;
  requestId?: unknown;
}

function isErrorBody(value: unknown): value is ErrorBody {
  return typeof value === 'object' && value !== null && typeof (value as ErrorBody).code === 'string';
}

function isMessage(value: unknown): value is Message {
  if (typeof value !== 'object' || value === null) return false;
  const { zh, en } = value as Partial<Message>;
  return typeof zh === 'string' && typeof en === 'string';
}

function isFieldError(value: unknown): value is FieldError {
  if (typeof value !== 'object' || value === null) return false;
  const field = value as Partial<FieldError>;
  return typeof field.path === 'string' && typeof field.code === 'string' && isMessage(field.message);
}

export const api = {
  get: <T>(path: string, options?: RequestOptions) => request<T>('GET', path, undefined, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    request<T>('POST', path, body, options),
  put: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('PUT', path, body, options),
  patch: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    request<T>('PATCH', path, body, options),
  delete: <T = void>(path: string, options?: RequestOptions) =>
    request<T>('DELETE', path, undefined, options),
};
