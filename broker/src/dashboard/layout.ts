import { html, type SafeHtml } from './html.js';
import type { DashboardSession } from './sessions.js';

/** The page frame: navigation, who is logged in, the logout form, the stylesheet and the live-update script. */
export function layout(title: string, session: DashboardSession | undefined, body: SafeHtml, active = ''): string {
  const nav = session
    ? html`<nav>
        <a href="/" class="${active === 'fleet' ? 'active' : ''}">Fleet</a>
        <a href="/releases" class="${active === 'releases' ? 'active' : ''}">Releases</a>
        <a href="/rollouts" class="${active === 'rollouts' ? 'active' : ''}">Rollouts</a>
        <span class="who">${session.principal.name} (${session.principal.role}) <span id="live" class="live" title="live updates">offline</span></span>
        <form method="post" action="/logout" class="inline">
          <input type="hidden" name="csrf" value="${session.csrf}" />
          <button type="submit">Log out</button>
        </form>
      </nav>`
    : html``;
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>${title} · otacast</title>
<link rel="stylesheet" href="/assets/dashboard.css" />
</head>
<body>
<header><strong>otacast</strong> ${nav}</header>
<main>
<h1>${title}</h1>
${body}
</main>
${session ? html`<script src="/assets/dashboard.js" defer></script>` : ''}
</body>
</html>
`.text;
}

export function loginPage(error: string): string {
  const body = html`
    ${error ? html`<p class="error" role="alert">${error}</p>` : ''}
    <form method="post" action="/login" class="login">
      <label for="token">Principal token</label>
      <input id="token" name="token" type="password" autocomplete="current-password" required />
      <button type="submit">Log in</button>
    </form>
    <p class="hint">The admin token is in <code>DATA/admin.token</code>.</p>`;
  return layout('Log in', undefined, body);
}
