import { afterEach, describe, expect, it, vi } from 'vitest';
import { type ApiError, api, isApiError, setUnauthorizedHandler } from './client';

function respond(status: number, body?: unknown, headers: Record<string, string> = {}) {
  const text = body === undefined ? null : typeof body === 'string' ? body : JSON.stringify(body);
  return vi.fn(async () => new Response(text, { status, headers }));
}

async function caught(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!isApiError(error)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}

afterEach(() => {
  vi.unstubAllGlobals();
  setUnauthorizedHandler(() => undefined);
});

describe('api client', () => {
  it('sends JSON with same-origin credentials and returns the parsed body', async () => {
    const fetchMock = respond(200, { status: 'ok' }, { 'content-type': 'application/json' });
    vi.stubGlobal('fetch', fetchMock);
    await expect(api.post('/api/session', { username: 'bureau', password: 'x' })).resolves.toEqual({
      status: 'ok',
    });
    const [path, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(path).toBe('/api/session');
    expect(init.method).toBe('POST');
    expect(init.credentials).toBe('same-origin');
    expect(init.headers).toMatchObject({ 'content-type': 'application/json', accept: 'application/json' });
    expect(JSON.parse(String(init.body))).toEqual({ username: 'bureau', password: 'x' });
  });

  it('returns undefined for 204 No Content', async () => {
    vi.stubGlobal('fetch', respond(204));
    await expect(api.delete('/api/session')).resolves.toBeUndefined();
  });

  it('turns a server error body into an ApiError with fields and request id', async () => {
    const fields = [
      { path: 'username', code: 'validation.too_small', message: { zh: '此项为必填项', en: 'Required' } },
    ];
    vi.stubGlobal(
      'fetch',
      respond(400, {
        code: 'validation.failed',
        message: { zh: '输入有误', en: 'Invalid input' },
        fields,
        requestId: 'r-1',
      }),
    );
    const error = await caught(api.post('/api/session', {}));
    expect(error).toMatchObject({
      status: 400,
      code: 'validation.failed',
      message: { zh: '输入有误', en: 'Invalid input' },
      fields,
      requestId: 'r-1',
    });
  });

  it("shows the catalogue's message for a code answered without one", async () => {
    vi.stubGlobal('fetch', respond(409, { code: 'application.version_conflict', requestId: 'r-3' }));
    const error = await caught(api.patch('/api/applications/x', {}));
    expect(error).toMatchObject({ status: 409, code: 'application.version_conflict' });
    expect(error.message.zh).toBe('该申报已被他人修改，请刷新后再保存');
    expect(error.message.en).toBe('Someone else changed this application; reload it and save again');
  });

  it('explains a non-JSON failure (a proxy error page) in both languages', async () => {
    vi.stubGlobal('fetch', respond(502, '<html>Bad Gateway</html>', { 'x-request-id': 'gw-9' }));
    const error = await caught(api.get('/api/todo'));
    expect(error.status).toBe(502);
    expect(error.code).toBe('client.unexpected_response');
    expect(error.message.zh).toContain('HTTP 502');
    expect(error.message.en).toContain('HTTP 502');
    expect(error.requestId).toBe('gw-9');
  });

  it('reports an unreachable server as client.network', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
    const error = await caught(api.get('/api/health'));
    expect(error).toMatchObject({ status: 0, code: 'client.network' });
    expect(error.message.zh).not.toBe('');
  });

  it('calls the unauthorized handler on 401 unless the caller opts out', async () => {
    const body = {
      code: 'auth.required',
      message: { zh: '请先登录', en: 'Please sign in' },
      requestId: 'r-2',
    };
    const handler = vi.fn();
    setUnauthorizedHandler(handler);

    vi.stubGlobal('fetch', respond(401, body));
    expect((await caught(api.get('/api/todo'))).code).toBe('auth.required');
    expect(handler).toHaveBeenCalledTimes(1);

    vi.stubGlobal('fetch', respond(401, { ...body, code: 'auth.invalid_credentials' }));
    await caught(api.post('/api/session', {}, { redirectOnUnauthorized: false }));
    expect(handler).toHaveBeenCalledTimes(1);
  });
});
