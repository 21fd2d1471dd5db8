import { readFileSync } from 'node:fs';
import { OtaError, toOtaError, type Logger } from '@otacast/shared';
import type { AuditTrail } from '../api/audit.js';
import { rolloutView } from '../rollouts/rollout-view.js';
import { canCall, type ApiAction, type Principal } from '../auth/auth.js';
import type { RolloutDriver } from '../fleet/rollout-driver.js';
import { authorize, type BearerAuthenticator } from '../http/bearer-auth.js';
import type { HttpRoutes } from '../http/http-server.js';
import type { Registry } from '../registry/registry.js';
import { deviceBody, fleetBody, fleetFilter } from './fleet-pages.js';
import { layout, loginPage } from './layout.js';
import type { LiveFeed } from './live-feed.js';
import { releasesBody, rolloutBody, rolloutsBody } from './rollout-pages.js';
import { currentReleaseIds } from '../registry/current-releases.js';
import { versionMix, versionMixChart } from './version-mix.js';
import { html } from './html.js';
import { DashboardSessions, csrfMatches, unchangedIn, type DashboardSession } from './sessions.js';

/**
 * The operator dashboard (docs/operations.md, "Dashboard"): server-rendered
 * pages that read without JavaScript, one stylesheet, one small script that
 * follows /api/v1/events and updates rows, bars and counts in place.
 * Registered on the HTTP server through its `routes` hook.
 */
export interface DashboardOptions {
  registry: Pick<Registry, 'listDevices' | 'statusLog' | 'statusLogs' | 'listReleases' | 'currentRelease' | 'rollouts' | 'findPrincipal'>;
  driver: Pick<RolloutDriver, 'pause' | 'resume' | 'abort'>;
  isOnline(deviceId: string): boolean;
  feed: LiveFeed;
  /** Where rollout actions taken on the dashboard are recorded (api/audit.ts). */
  audit?: Pick<AuditTrail, 'record'>;
  logger: Logger;
}

const ASSETS = new URL('../../src/dashboard/assets/', import.meta.url);
const ROLLOUT_ACTIONS = ['pause', 'resume', 'abort'] as const;
/** Reading the pages needs what listing devices needs; acting on a rollout, what the admin API's rolloutAction needs. */
const READ: ApiAction = 'listDevices';
const ACT: ApiAction = 'rolloutAction';
const KEEPALIVE_MS = 15_000;

function asset(name: string): string {
  try {
    return readFileSync(new URL(name, ASSETS), 'utf8');
  } catch (err) {
    throw new OtaError('OTA_E_IO', `dashboard asset ${name} not found next to the build (${(err as Error).message})`, { cause: err });
  }
}

type Form = Record<string, string | undefined>;

const DAY_MS = 24 * 3600_000;
/** Status log entries per device the version-mix chart reads (the newest; enough for a day of updates). */
const VERSION_MIX_LOG_ENTRIES = 50;

export function dashboardRoutes(options: DashboardOptions): HttpRoutes {
  const { registry, driver, isOnline, feed, logger, audit } = options;
  const sessions = new DashboardSessions(Date.now, unchangedIn(registry));
  const css = asset('dashboard.css');
  const js = asset('dashboard.js');
  const view = async (id: string, history = 200) => {
    const rollout = await registry.rollouts.get(id);
    if (!rollout) throw new OtaError('OTA_E_NOT_FOUND', `no rollout ${id.slice(0, 64)}`);
    return rolloutView(rollout, await registry.rollouts.targets(id), await registry.rollouts.events(id, history), isOnline);
  };

  return (app, context) => {
    const authenticate: BearerAuthenticator = context.authenticate;
    const streams = new Set<{ end(): void }>();
    app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 16 * 1024 }, (_request, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(String(body))));
    });
    // Open event streams would hold the server's close() until they end.
    app.addHook('preClose', async () => {
      for (const s of streams) s.end();
      feed.close();
    });

    const page = (reply: { type(t: string): unknown; header(k: string, v: string): unknown }, body: string) => {
      reply.header('cache-control', 'no-store');
      reply.header('x-frame-options', 'DENY');
      reply.type('text/html; charset=utf-8');
      return body;
    };
    /** The session of a page request, or undefined after answering with a redirect to the login page. */
    const sessionOf = async (request: { headers: { cookie?: string | undefined } }, reply: { redirect(url: string, code?: number): unknown }): Promise<DashboardSession | undefined> => {
      const session = await sessions.fromCookie(request.headers.cookie);
      if (session === undefined) void reply.redirect('/login', 303);
      else if (!canCall(session.principal, READ)) throw new OtaError('OTA_E_FORBIDDEN', `${session.principal.role} "${session.principal.name}" may not read the dashboard`);
      return session;
    };

    app.get('/assets/dashboard.css', (_request, reply) => reply.type('text/css; charset=utf-8').header('cache-control', 'max-age=300').send(css));
    app.get('/assets/dashboard.js', (_request, reply) => reply.type('text/javascript; charset=utf-8').header('cache-control', 'max-age=300').send(js));

    app.get('/login', (_request, reply) => page(reply, loginPage('')));
    app.post<{ Body: Form }>('/login', async (request, reply) => {
      const token = typeof request.body?.token === 'string' ? request.body.token.trim() : '';
      const principal: Principal | undefined = token === '' ? undefined : await authenticate(token);
      if (principal === undefined) {
        logger.info('dashboard login refused', { ip: request.ip });
        return page(reply.status(401), loginPage('Unknown or wrong token (OTA_E_AUTH): use a principal token, e.g. the admin token in DATA/admin.token.'));
      }
      const session = sessions.create(principal);
      logger.info('dashboard login', { principal: principal.name, role: principal.role, ip: request.ip });
      return reply.header('set-cookie', DashboardSessions.cookie(session)).redirect('/', 303);
    });
    app.post<{ Body: Form }>('/logout', async (request, reply) => {
      const session = await sessions.fromCookie(request.headers.cookie);
      if (session !== undefined && csrfMatches(session, request.body?.csrf)) sessions.end(session.id);
      return reply.header('set-cookie', DashboardSessions.cookie(undefined)).redirect('/login', 303);
    });

    app.get<{ Querystring: Record<string, string> }>('/', async (request, reply) => {
      const session = await sessionOf(request, reply);
      if (!session) return reply;
      const devices = await registry.listDevices();
      const now = Date.now();
      // One registry request for the whole page (on PostgreSQL, one round trip rather than one per device).
      const logs = await registry.statusLogs(devices.map((d) => d.deviceId), VERSION_MIX_LOG_ENTRIES);
      const history = devices.map((d) => ({ installedVersion: d.installedVersion, log: logs.get(d.deviceId) ?? [] }));
      const chart = versionMixChart(versionMix(history, now - DAY_MS, now));
      const body = fleetBody(devices, isOnline, (id) => feed.progressOf(id), fleetFilter(request.query));
      return page(reply, layout('Fleet', session, html`${chart}${body}`, 'fleet'));
    });
    app.get<{ Params: { id: string } }>('/devices/:id', async (request, reply) => {
      const session = await sessionOf(request, reply);
      if (!session) return reply;
      const record = (await registry.listDevices()).find((d) => d.deviceId === request.params.id);
      if (!record) throw new OtaError('OTA_E_NOT_FOUND', `no device ${request.params.id.slice(0, 64)}`);
      const body = deviceBody(record, isOnline(record.deviceId), feed.progressOf(record.deviceId), await registry.statusLog(record.deviceId, 200));
      return page(reply, layout(`Device ${record.deviceId}`, session, body, 'fleet'));
    });
    app.get('/releases', async (request, reply) => {
      const session = await sessionOf(request, reply);
      if (!session) return reply;
      const releases = await registry.listReleases();
      const current = await currentReleaseIds(registry, releases);
      const isCurrent = (r: { releaseId: string }) => current.has(r.releaseId);
      return page(reply, layout('Releases', session, releasesBody(releases, isCurrent), 'releases'));
    });
    app.get('/rollouts', async (request, reply) => {
      const session = await sessionOf(request, reply);
      if (!session) return reply;
      const views = await Promise.all((await registry.rollouts.list()).map(async (r) => rolloutView(r, await registry.rollouts.targets(r.id), [], isOnline)));
      return page(reply, layout('Rollouts', session, rolloutsBody(views), 'rollouts'));
    });
    app.get<{ Params: { id: string } }>('/rollouts/:id', async (request, reply) => {
      const session = await sessionOf(request, reply);
      if (!session) return reply;
      const v = await view(request.params.id);
      const csrf = canCall(session.principal, ACT) ? session.csrf : undefined;
      return page(reply, layout(`Rollout ${v.id ?? ''}`, session, rolloutBody(v, csrf), 'rollouts'));
    });
    for (const action of ROLLOUT_ACTIONS) {
      app.post<{ Params: { id: string }; Body: Form }>(`/rollouts/:id/${action}`, async (request, reply) => {
        const session = await sessions.fromCookie(request.headers.cookie);
        if (session === undefined) throw new OtaError('OTA_E_AUTH', 'not logged in: log in again at /login');
        if (!csrfMatches(session, request.body?.csrf)) throw new OtaError('OTA_E_FORBIDDEN', 'missing or wrong CSRF token: reload the page and try again');
        if (!canCall(session.principal, ACT)) throw new OtaError('OTA_E_FORBIDDEN', `${session.principal.role} "${session.principal.name}" may not call ${ACT}`);
        const id = request.params.id;
        const actor = { principal: session.principal, from: `http:${request.ip}` };
        try {
          await view(id, 0);
          await driver[action](id);
        } catch (err) {
          await audit?.record(actor, `rolloutAction.${action}`, id.slice(0, 140), toOtaError(err).code);
          throw err;
        }
        await audit?.record(actor, `rolloutAction.${action}`, id, 'ok');
        logger.info('dashboard rollout action', { rolloutId: id, action, principal: session.principal.name });
        await feed.pollRollouts();
        if ((request.headers.accept ?? '').includes('application/json')) return { id, state: (await registry.rollouts.get(id))?.state ?? '' };
        return reply.redirect(`/rollouts/${encodeURIComponent(id)}`, 303);
      });
    }

    app.get('/api/v1/events', async (request, reply) => {
      const session = await sessions.fromCookie(request.headers.cookie);
      const principal = session?.principal ?? (await authorize(authenticate, request.headers.authorization, READ));
      if (!canCall(principal, READ)) throw new OtaError('OTA_E_FORBIDDEN', `${principal.role} "${principal.name}" may not call ${READ}`);
      reply.hijack();
      const raw = reply.raw;
      raw.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive', 'x-accel-buffering': 'no' });
      raw.write('retry: 2000\n: connected\n\n');
      const unsubscribe = feed.subscribe((event, data) => raw.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`));
      // A revoked or rotated principal's stream ends at the next keepalive.
      const stillAllowed = async (): Promise<boolean> => {
        if (session !== undefined) return (await sessions.fromCookie(request.headers.cookie)) !== undefined;
        try {
          await authorize(authenticate, request.headers.authorization, READ);
          return true;
        } catch {
          return false;
        }
      };
      // The check awaits the registry: the stream may have ended meanwhile, and then nothing is written.
      const keepalive = setInterval(() => void stillAllowed().then((ok) => (!streams.has(stream) ? undefined : ok ? raw.write(': keepalive\n\n') : stream.end())), KEEPALIVE_MS);
      const stream = {
        end: () => {
          if (!streams.has(stream)) return;
          clearInterval(keepalive);
          unsubscribe();
          streams.delete(stream);
          raw.end();
        },
      };
      streams.add(stream);
      // The response's close: the browser went away (or the stream was ended here).
      raw.on('close', stream.end);
    });
  };
}
