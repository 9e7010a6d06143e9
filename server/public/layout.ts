/** Escapes text for HTML; every value that reaches a public page goes through it. */
export function escapeHtml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

/**
 * A light public page: server-rendered, readable on a phone, no JavaScript, no external assets.
 * `body` must already be escaped.
 */
export function publicPage(options: { title: string; body: string; lang?: 'zh-CN' | 'en-US' }): string {
  return `<!doctype html>
<html lang="${options.lang ?? 'zh-CN'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(options.title)} · 匠选</title>
<style>
  :root { color-scheme: light; --ink: #1f2933; --muted: #52606d; --line: #d9e2ec; --ok: #1e7f4f; --warn: #b44d12; --bad: #b42318; }
  * { box-sizing: border-box; }
  body { margin: 0; font: 16px/1.6 "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif; color: var(--ink); background: #f5f7fa; }
  header { background: #1f4e8c; color: #fff; padding: 14px 16px; }
  header strong { font-size: 18px; }
  main { max-width: 640px; margin: 0 auto; padding: 16px; }
  .card { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 16px; margin-bottom: 16px; }
  h1 { font-size: 20px; margin: 0 0 12px; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: 6px 12px; margin: 0; }
  dt { color: var(--muted); }
  dd { margin: 0; overflow-wrap: anywhere; min-width: 0; }
  .status { font-weight: 600; padding: 10px 12px; border-radius: 6px; margin-bottom: 12px; }
  .ok { background: #e6f4ea; color: var(--ok); }
  .warn { background: #fff4e5; color: var(--warn); }
  .bad { background: #fdecea; color: var(--bad); }
  .en { color: var(--muted); font-size: 14px; }
  dt .en { display: block; font-size: 13px; line-height: 1.3; }
  code { font-size: 14px; overflow-wrap: anywhere; }
  /* a phone: one column, each label above its value, nothing wider than the screen */
  @media (max-width: 480px) {
    main { padding: 12px; }
    dl { grid-template-columns: 1fr; gap: 2px; }
    dd { margin-bottom: 10px; }
  }
  footer { color: var(--muted); font-size: 13px; text-align: center; padding: 8px 16px 24px; }
</style>
</head>
<body>
<header><strong>匠选 · Jiangxuan</strong></header>
<main>
${options.body}
</main>
<footer>长春市人力资源和社会保障局 · 技能人才评选服务</footer>
</body>
</html>`;
}
