import { afterEach, describe, expect, it, vi } from 'vitest';
import { listAllApplications } from './applications';

afterEach(() => vi.unstubAllGlobals());

describe('listAllApplications', () => {
  it('reads page after page until the total, so no application is lost to the page size', async () => {
    const total = 450;
    const fetchMock = vi.fn(async (url: string) => {
      const query = new URL(url, 'http://x').searchParams;
      const offset = Number(query.get('offset'));
      const limit = Number(query.get('limit'));
      const items = Array.from({ length: Math.max(0, Math.min(limit, total - offset)) }, (_, i) => ({
        id: `a${offset + i}`,
      }));
      return new Response(JSON.stringify({ items, total }), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    });
    vi.stubGlobal('fetch', fetchMock);
    const items = await listAllApplications({ status: 'unit_noticed' });
    expect(items).toHaveLength(total);
    expect(new Set(items.map((i) => i.id)).size).toBe(total);
    const urls = fetchMock.mock.calls.map(([url]) => url);
    expect(urls).toEqual(
      [0, 200, 400].map((o) => `/api/applications?status=unit_noticed&limit=200&offset=${o}`),
    );
  });
});
