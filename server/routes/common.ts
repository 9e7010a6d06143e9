/**
 * The origin links and QR codes point at: the first configured public origin. Never the request's Host
 * header, which a client can forge to put its own site on a printed form. main.ts refuses to start
 * without one (config.ts `checkServingConfig`).
 */
export function publicOrigin(configured: readonly string[]): string {
  const [first] = configured;
  if (!first) throw new Error('no public origin configured (PUBLIC_ORIGIN)');
  return first;
}

/** `attachment; filename*=UTF-8''…` so Chinese file names survive every browser. */
export function contentDisposition(
  name: string,
  disposition: 'attachment' | 'inline' = 'attachment',
): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
