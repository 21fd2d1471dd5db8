import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ApiClient } from '@otacast/broker';
import { randomFile, useFixture } from './support/fixture.js';
import { FaultProxy } from './support/fault-proxy.js';
import { Background, agentBin, repoRoot } from './support/processes.js';
import { CHROMIUM, chromiumAvailable, launchChromium } from './support/browser.js';
import { escapeHtml, html } from '../broker/src/dashboard/html.js';
import { rolloutBody } from '../broker/src/dashboard/rollout-pages.js';

const available = chromiumAvailable();

interface BrowserTimeline {
  getEntriesByType(type: string): { responseEnd: number; domContentLoadedEventEnd: number; transferSize: number }[];
  getEntriesByName(name: string): { startTime: number }[];
}
const VIEWPORT = { width: 1280, height: 800 };
const IMG = join(repoRoot, 'docs', 'img');

describe('dashboard: helpers', () => {
  it('escapes every interpolated value, nested html stays as made', () => {
    const evil = '<script>alert("x")</script>&\'`';
    expect(html`<td>${evil}</td>`.text).toBe(`<td>${escapeHtml(evil)}</td>`);
    expect(html`<td>${evil}</td>`.text).not.toContain('<script>');
    expect(html`<p>${[html`<b>${evil}</b>`, evil]}</p>`.text).toBe(`<p><b>${escapeHtml(evil)}</b>${escapeHtml(evil)}</p>`);
  });

  it('renders no action buttons for a session that may not act on rollouts', () => {
    const view = { id: 'ro-1', product: 'p', channel: 'stable', version: '1.0.0', state: 'running', wave: 0, waves: [{ percent: 100, devices: 1 }], counts: {}, targets: [], history: [] };
    expect(rolloutBody(view, undefined).text).not.toContain('<form');
    const admin = rolloutBody(view, 'csrf-token').text;
    expect(admin).toContain('/rollouts/ro-1/pause');
    expect(admin).toContain('value="csrf-token"');
  });
});

if (!available && process.env['CI'] === 'true') {
  describe('dashboard in a real browser', () => {
    it('has chromium', () => {
      throw new Error(`no chromium at ${CHROMIUM}: .ci/run installs it with apt-get install -y chromium`);
    });
  });
}

/** The dashboard against a real `otacast serve --http-port 0`, real agents and Debian's chromium. */
describe.skipIf(!available)('dashboard in a real browser', () => {
  const ctx = useFixture(['--http-port', '0']);
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let base = '';

  beforeAll(async () => {
    base = (await ctx.fx.server.process.waitFor(/otacast http listening on (http:\/\/[\w.\-[\]:]+)/))[1] as string;
    browser = await launchChromium();
    context = await browser.newContext({ viewport: VIEWPORT });
    page = await context.newPage();
    page.on('dialog', (d) => console.log('DIALOG', d.message()));
    page.on('console', (m) => console.log('CONSOLE', m.text()));
    await mkdir(IMG, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function login(p: Page, token: string): Promise<void> {
    await p.goto(`${base}/login`);
    await p.fill('#token', token);
    await Promise.all([p.waitForLoadState('load'), p.click('button[type=submit]')]);
  }

  /** A value the page keeps only as long as it is not reloaded. */
  async function mark(p: Page): Promise<void> {
    await p.evaluate(() => ((globalThis as unknown as { otacastMark: number }).otacastMark = 42));
  }
  async function stillMarked(p: Page): Promise<boolean> {
    return p.evaluate(() => (globalThis as unknown as { otacastMark?: number }).otacastMark === 42);
  }

  it('refuses a bad token with a visible error and sets no session', async () => {
    await page.goto(`${base}/`);
    expect(new URL(page.url()).pathname).toBe('/login');
    await login(page, 'not-the-token');
    await expect.poll(() => page.textContent('[role=alert]')).toContain('OTA_E_AUTH');
    expect((await context.cookies()).filter((c) => c.name === 'otacast_session')).toEqual([]);
    expect((await fetch(`${base}/api/v1/events`)).status).toBe(401);
  });

  it('logs in with the admin token: an HttpOnly SameSite=Strict session cookie that is not the token', async () => {
    await login(page, ctx.fx.server.adminToken);
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await page.textContent('h1')).toBe('Fleet');
    const [cookie] = (await context.cookies()).filter((c) => c.name === 'otacast_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
    expect(cookie?.value).not.toContain(ctx.fx.server.adminToken);
    expect(cookie?.value.length).toBeGreaterThanOrEqual(40);
    await expect.poll(() => page.textContent('#live')).toBe('live');
  });

  it('shows devices appear and a download progress bar move, without reloading', { timeout: 120_000 }, async () => {
    const { fx, root } = ctx;
    await mark(page);
    for (const [id, labels] of [['cam-eu-2', ['region=eu']], ['cam-us-1', ['region=us', 'tier=canary']]] as const) {
      const added = await fx.admin(['device', 'add', id, '--product', 'cam', ...labels.flatMap((l) => ['--label', l])]);
      expect(added.code, added.stderr).toBe(0);
    }
    // Registered devices appear without a reload, offline until they connect.
    await expect.poll(() => page.locator('tr[data-device]').count(), { timeout: 10_000 }).toBe(2);
    expect(await page.textContent('tr[data-device="cam-us-1"] [data-field=online]')).toBe('offline');
    const token = await fx.addDevice('cam-eu-1', 'cam');
    const device = fx.device('cam-eu-1', token, 'cam');
    await mkdir(device.rootDir, { recursive: true });
    // 8 MiB through a 256 KiB/s link: about 32 s of download, a progress status every 10 s.
    const proxy = await new FaultProxy({ targetHost: '127.0.0.1', targetPort: fx.server.port, bandwidth: 256 * 1024 }).start();
    const agent = new Background(agentBin, device.args().map((a) => (a === fx.server.url ? proxy.url : a)));
    try {
      const row = page.locator('tr[data-device="cam-eu-1"]');
      await expect.poll(() => row.locator('[data-field=online]').textContent(), { timeout: 20_000 }).toBe('online');
      await randomFile(join(root, 'cam.bin'), 8 * 1024 * 1024);
      await fx.publish('cam', '1.0.0', [`fw=${join(root, 'cam.bin')}`]);
      const bar = row.locator('progress');
      const seen = new Set<number>();
      const deadline = Date.now() + 90_000;
      while (seen.size < 2 && Date.now() < deadline) {
        const value = await bar.evaluate((el) => {
          const progress = el as unknown as { hidden: boolean; value: number; max: number };
          return progress.hidden ? -1 : progress.value / progress.max;
        });
        if (value > 0 && value < 1) seen.add(value);
        await new Promise((r) => setTimeout(r, 200));
      }
      const values = [...seen];
      expect(values.length, 'two different progress values shown while downloading').toBe(2);
      expect(values[1]).toBeGreaterThan(values[0] as number);
      expect(await row.locator('[data-field=state]').textContent()).toBe('downloading');
      // The screenshot from a second page: the whole fleet as served, mid-download.
      const shot = await context.newPage();
      await shot.goto(`${base}/`);
      await shot.screenshot({ path: join(IMG, 'fleet.png') });
      await shot.close();
      expect(await page.textContent('#total')).toBe('3');
      await expect.poll(() => row.locator('[data-field=installedVersion]').textContent(), { timeout: 90_000 }).toBe('1.0.0');
      expect(await bar.isHidden()).toBe(true);
      expect(await stillMarked(page)).toBe(true);
      // Without JavaScript the same facts are in the page as served.
      await page.reload();
      expect(await row.locator('[data-field=installedVersion]').textContent()).toBe('1.0.0');
      expect(await page.locator('tr[data-device]').count()).toBe(3);
      await page.goto(`${base}/?label=region%3Deu`);
      expect(await page.locator('tr[data-device]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-device')))).toEqual(['cam-eu-2']);
      await page.goto(`${base}/?online=yes&product=cam`);
      expect(await page.locator('tr[data-device]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-device')))).toEqual(['cam-eu-1']);
      await page.goto(`${base}/devices/cam-eu-1`);
      expect(await page.textContent('main')).toContain('fw');
    } finally {
      await agent.stop();
      await proxy.close();
    }
  });

  it('pauses and resumes a rollout from its page; the state changes without reloading', { timeout: 60_000 }, async () => {
    const { fx, root } = ctx;
    // Devices that never connect: the rollout stays running until paused.
    for (let i = 0; i < 3; i++) await fx.addDevice(`lamp-${i}`, 'lamp');
    await randomFile(join(root, 'lamp.bin'), 4096);
    await fx.publish('lamp', '1.0.0', [`fw=${join(root, 'lamp.bin')}`], ['--no-announce']);
    const start = await fx.admin(['rollout', 'start', '--product', 'lamp', '--version', '1.0.0', '--waves', '50,100']);
    expect(start.code, start.stderr).toBe(0);
    const id = start.lastLine;

    await page.goto(`${base}/rollouts`);
    expect(await page.textContent(`tr[data-rollout="${id}"] [data-field=state]`)).toBe('running');
    await page.goto(`${base}/rollouts/${id}`);
    await expect.poll(() => page.textContent('#live')).toBe('live');
    expect(await page.textContent('#rollout-state')).toBe('running');
    expect(await page.isHidden('#resume-button')).toBe(true);
    await mark(page);
    await page.click('#pause-button');
    await fx.server.process.waitFor(/dashboard rollout action/, 10_000);
    await expect.poll(() => page.textContent('#rollout-state'), { timeout: 10_000 }).toBe('paused');
    expect(await stillMarked(page)).toBe(true);
    expect(await page.isHidden('#pause-button')).toBe(true);
    const status = JSON.parse((await fx.admin(['rollout', 'status', id, '--json'])).stdout) as { state: string };
    expect(status.state).toBe('paused');
    await page.screenshot({ path: join(IMG, 'rollout.png') });

    // A rollout changed elsewhere (the CLI) shows on the page too.
    expect((await fx.admin(['rollout', 'resume', id])).code).toBe(0);
    await expect.poll(() => page.textContent('#rollout-state'), { timeout: 10_000 }).toBe('running');
    expect(await stillMarked(page)).toBe(true);

    // Actions need the session's CSRF token, and a session.
    const cookie = (await context.cookies()).find((c) => c.name === 'otacast_session');
    const post = (body: string, headers: Record<string, string>) =>
      fetch(`${base}/rollouts/${id}/pause`, { method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers }, body });
    expect((await post('csrf=wrong', { cookie: `otacast_session=${cookie?.value ?? ''}` })).status).toBe(403);
    expect((await post('', { cookie: `otacast_session=${cookie?.value ?? ''}` })).status).toBe(403);
    expect((await post('csrf=x', { authorization: `Bearer ${fx.server.adminToken}` })).status).toBe(401);
    expect(JSON.parse((await fx.admin(['rollout', 'status', id, '--json'])).stdout)).toMatchObject({ state: 'running' });
  });

  it('a viewer sees pages without buttons, an operator the rollout buttons; removing the viewer ends its session', { timeout: 60_000 }, async () => {
    const { fx } = ctx;
    const [rollout] = JSON.parse((await fx.admin(['rollouts', '--json'])).stdout) as { id: string }[];
    const id = rollout?.id ?? '';
    const tokens: Record<string, string> = {};
    for (const role of ['viewer', 'operator']) {
      const added = await fx.admin(['principal', 'add', `dash-${role}`, '--role', role]);
      expect(added.code, added.stderr).toBe(0);
      tokens[role] = added.lastLine;
    }
    const other = await browser.newContext({ viewport: VIEWPORT });
    try {
      const p = await other.newPage();
      await login(p, tokens['operator'] ?? '');
      await p.goto(`${base}/rollouts/${id}`);
      expect(await p.locator('form[action$="/pause"], form[action$="/resume"]').count()).toBeGreaterThan(0);
      await other.clearCookies();
      await login(p, tokens['viewer'] ?? '');
      await p.goto(`${base}/rollouts/${id}`);
      expect(await p.textContent('h1')).toContain('Rollout');
      expect(await p.locator('form[action^="/rollouts/"]').count()).toBe(0);
      const cookie = (await other.cookies()).find((c) => c.name === 'otacast_session');
      const html = await p.content();
      const csrf = /name="csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';
      const refused = await fetch(`${base}/rollouts/${id}/pause`, { method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `otacast_session=${cookie?.value ?? ''}` }, body: `csrf=${csrf}` });
      expect(refused.status).toBe(403);

      expect((await fx.admin(['principal', 'remove', 'dash-viewer'])).code).toBe(0);
      await p.goto(`${base}/`);
      expect(new URL(p.url()).pathname).toBe('/login');
    } finally {
      await other.close();
    }
  });

  it('renders the fleet page with 1,000 devices (time to first paint printed, not asserted: speed belongs to benchmarks)', { timeout: 120_000 }, async () => {
    const api = await ApiClient.connect({ url: ctx.fx.server.url, token: ctx.fx.server.adminToken });
    try {
      const ids = Array.from({ length: 1000 }, (_, i) => `bulk-${String(i).padStart(4, '0')}`);
      for (let i = 0; i < ids.length; i += 50) await Promise.all(ids.slice(i, i + 50).map((id) => api.addDevice(id, 'bulk', 'stable', { labels: { batch: String(i / 50) } })));
    } finally {
      await api.close();
    }
    const fresh = await context.newPage();
    try {
      await fresh.goto(`${base}/`);
      // The paint entry is added after the frame is painted, which on a loaded machine can be after goto resolves.
      await fresh.waitForFunction(() => (globalThis as unknown as { performance: BrowserTimeline }).performance.getEntriesByName('first-contentful-paint').length > 0, undefined, { timeout: 30_000 });
      const timing = await fresh.evaluate(() => {
        // Browser-side code: the browser's performance timeline (the test's tsconfig has no DOM types).
        const timeline = (globalThis as unknown as { performance: BrowserTimeline }).performance;
        const nav = timeline.getEntriesByType('navigation')[0] ?? { responseEnd: -1, domContentLoadedEventEnd: -1, transferSize: -1 };
        const paint = timeline.getEntriesByName('first-contentful-paint')[0];
        return { responseEnd: nav.responseEnd, domContentLoaded: nav.domContentLoadedEventEnd, firstContentfulPaint: paint?.startTime ?? -1, bytes: nav.transferSize };
      });
      console.log(`dashboard fleet page, 1,006 devices (1,000 of them new): ${JSON.stringify(timing)}`);
      expect(await fresh.locator('tr[data-device]').count()).toBe(1006);
      expect(timing.firstContentfulPaint).toBeGreaterThan(0);
    } finally {
      await fresh.close();
    }
  });
});
