import type { FastifyInstance } from 'fastify';
import { OtaError, isValidName, toOtaError, type otacast } from '@otacast/shared';
import { mayUseProduct, type ApiAction, type Principal } from '../auth/auth.js';
import type { AuditRecord, Registry } from '../registry/registry.js';
import { currentReleaseIds } from '../registry/current-releases.js';
import { liveDeviceRecord, type DeviceActivity } from '../registry/device-activity.js';
import { rolloutView } from '../rollouts/rollout-view.js';
import { toAuditEntryInfo, toDeviceInfo, toPrincipalInfo, toReleaseInfo, type DeviceInfo, type ReleaseInfo } from '../sdk/admin.js';
import { toRolloutStatus, type RolloutStatusJson } from '../sdk/rollout-status.js';
import { startRolloutRequest, type RolloutSpec } from '../sdk/fleet.js';
import { authenticated, authorize, requireCall, type BearerAuthenticator } from './bearer-auth.js';
import { openApiDocument } from './openapi.js';

/** Principals as the admin API manages them (api/principals.ts): the HTTP side reaches it through this port. */
export interface PrincipalAdmin {
  add(body: otacast.v1.AddPrincipalRequest.$Properties): Promise<string>;
  list(): Promise<otacast.v1.ListPrincipalsResponse.$Properties>;
}

/** Starting rollouts as the admin API does (api/fleet-api.ts): the same checks, the same refusals. */
export interface RolloutAdmin {
  start(body: otacast.v1.StartRolloutRequest.$Properties): Promise<otacast.v1.RolloutStatus.$Properties>;
}

/** The audit log (api/audit.ts). */
export interface AuditLog {
  record(actor: { principal: Principal; from: string }, action: string, target: string, result: string, detail?: string): Promise<void>;
  list(limit: number): Promise<AuditRecord[]>;
}

/**
 * /api/v1: the read side of the MQTT admin API plus adding principals, same
 * roles (auth/auth.ts API_ROLES) and the same JSON as the CLI's `--json`.
 */
export interface ApiRoutesOptions {
  registry: Pick<Registry, 'listDevices' | 'listReleases' | 'currentRelease' | 'rollouts'>;
  isOnline(deviceId: string): boolean;
  /** Download progress and status messages of the latest statuses; without it (tests of the read API) none is known. */
  activity?: DeviceActivity;
  authenticate: BearerAuthenticator;
  version: string;
  /** Without them (tests of the read API) /api/v1/principals and /api/v1/audit answer 404. */
  principals?: PrincipalAdmin;
  audit?: AuditLog;
  /** Without it (tests of the read API) POST /api/v1/rollouts answers 404. */
  rolloutAdmin?: RolloutAdmin;
}

interface PrincipalBody {
  name?: unknown;
  role?: unknown;
  products?: unknown;
  force?: unknown;
}

/** The POST /api/v1/principals body as the RPC's request; wrong types are a 400. */
function principalRequest(body: PrincipalBody | undefined): otacast.v1.AddPrincipalRequest.$Properties {
  const { name, role, products = [], force = false } = body ?? {};
  if (typeof name !== 'string' || typeof role !== 'string' || typeof force !== 'boolean' || !Array.isArray(products) || !products.every((p) => typeof p === 'string')) {
    throw new OtaError('OTA_E_PROTOCOL', 'body must be {"name": string, "role": string, "products"?: string[], "force"?: boolean}');
  }
  return { name, role, products: products as string[], force };
}

const SPEC_TYPES: Record<keyof RolloutSpec, 'string' | 'number' | 'boolean' | 'labels' | 'numbers'> = {
  product: 'string', version: 'string', channel: 'string', select: 'labels', waves: 'numbers', maxFailureRate: 'number', minSample: 'number',
  waveWaitS: 'number', confirmAfterS: 'number', deviceTimeoutS: 'number', maxConcurrent: 'number', supersede: 'boolean',
};

function hasType(value: unknown, type: (typeof SPEC_TYPES)[keyof RolloutSpec]): boolean {
  if (type === 'labels') return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((v) => typeof v === 'string');
  if (type === 'numbers') return Array.isArray(value) && value.every((v) => typeof v === 'number');
  return typeof value === type;
}

/** The POST /api/v1/rollouts body: the SDK's RolloutSpec as JSON (durations in seconds); wrong types or unknown fields are a 400. */
function rolloutSpec(body: unknown): RolloutSpec {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new OtaError('OTA_E_PROTOCOL', 'body must be a JSON object: {"product", "version", ...} (see /api/v1/openapi.json)');
  for (const [key, value] of Object.entries(body)) {
    const type = SPEC_TYPES[key as keyof RolloutSpec] as (typeof SPEC_TYPES)[keyof RolloutSpec] | undefined;
    if (type === undefined) throw new OtaError('OTA_E_PROTOCOL', `unknown field "${key.slice(0, 40)}" (see /api/v1/openapi.json)`);
    if (!hasType(value, type)) throw new OtaError('OTA_E_PROTOCOL', `field "${key}" must be ${type === 'labels' ? 'an object of strings' : type === 'numbers' ? 'an array of numbers' : `a ${type}`}`);
  }
  const spec = body as RolloutSpec;
  if (spec.product === undefined || spec.version === undefined) throw new OtaError('OTA_E_PROTOCOL', 'body needs "product" and "version"');
  return spec;
}

const NO_ACTIVITY: DeviceActivity = { progressOf: () => null, messageOf: () => '' };

/** What `otacast devices --json` prints, in its order: the admin API's live record through the CLI's conversion. */
export async function deviceList(registry: ApiRoutesOptions['registry'], isOnline: (deviceId: string) => boolean = () => false, activity: DeviceActivity = NO_ACTIVITY): Promise<DeviceInfo[]> {
  return (await registry.listDevices())
    .map((d) => toDeviceInfo(liveDeviceRecord(d, isOnline(d.deviceId), activity)))
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** What `otacast releases --json [--product P]` prints, in its order. */
export async function releaseList(registry: ApiRoutesOptions['registry'], product = ''): Promise<ReleaseInfo[]> {
  const releases = await registry.listReleases(product);
  const current = await currentReleaseIds(registry, releases);
  return releases
    .map((r) => toReleaseInfo({ ...r, createdAtMs: r.createdMs, current: current.has(r.releaseId) }))
    .sort((a, b) => a.product.localeCompare(b.product) || a.createdAtMs - b.createdAtMs);
}

/** What `otacast rollouts --json` prints (without each rollout's history). */
export async function rolloutList(options: Pick<ApiRoutesOptions, 'registry' | 'isOnline'>): Promise<RolloutStatusJson[]> {
  const { rollouts } = options.registry;
  return Promise.all((await rollouts.list()).map(async (r) => toRolloutStatus(rolloutView(r, await rollouts.targets(r.id), [], options.isOnline))));
}

export function registerApiRoutes(app: FastifyInstance, options: ApiRoutesOptions): void {
  const { registry, authenticate, principals, audit } = options;
  const guard = (action: ApiAction) => async (request: { headers: { authorization?: string | undefined } }) => {
    await authorize(authenticate, request.headers.authorization, action);
  };
  const document = openApiDocument(options.version);

  app.get('/api/v1/openapi.json', () => document);
  app.get('/api/v1/devices', { onRequest: async (request) => guard('listDevices')(request) }, () => deviceList(registry, options.isOnline, options.activity));
  app.get<{ Querystring: { product?: string } }>('/api/v1/releases', async (request) => {
    const principal = await authorize(authenticate, request.headers.authorization, 'listReleases');
    const product = request.query.product ?? '';
    if (product !== '' && !isValidName(product)) throw new OtaError('OTA_E_PROTOCOL', `invalid product "${product.slice(0, 140)}"`);
    if (product !== '' && !mayUseProduct(principal, product)) throw new OtaError('OTA_E_FORBIDDEN', `${principal.role} "${principal.name}" may not list product ${product}`);
    return (await releaseList(registry, product)).filter((r) => mayUseProduct(principal, r.product));
  });
  app.get('/api/v1/rollouts', { onRequest: async (request) => guard('listRollouts')(request) }, () => rolloutList(options));
  const { rolloutAdmin } = options;
  if (rolloutAdmin !== undefined) {
    app.post<{ Body: unknown }>('/api/v1/rollouts', async (request, reply) => {
      const actor = { principal: await authenticated(authenticate, request.headers.authorization), from: `http:${request.ip}` };
      const body = request.body as Partial<Record<string, unknown>> | undefined;
      const target = `${String(body?.['product'] ?? '').slice(0, 64)}/${String(body?.['channel'] ?? 'stable').slice(0, 64)}@${String(body?.['version'] ?? '').slice(0, 64)}`;
      try {
        requireCall(actor.principal, 'startRollout');
        const status = await rolloutAdmin.start(startRolloutRequest(rolloutSpec(request.body)));
        await audit?.record(actor, 'startRollout', target, 'ok', `rollout ${status.id ?? ''}`);
        return reply.status(201).send(toRolloutStatus(status));
      } catch (err) {
        await audit?.record(actor, 'startRollout', target, toOtaError(err).code);
        throw err;
      }
    });
  }

  if (principals !== undefined && audit !== undefined) {
    app.get('/api/v1/principals', { onRequest: async (request) => guard('listPrincipals')(request) }, async () => ((await principals.list()).principals ?? []).map(toPrincipalInfo));
    // A write: refused attempts are audited too (a bad token is not: it names no one).
    app.post<{ Body: PrincipalBody }>('/api/v1/principals', async (request, reply) => {
      const actor = { principal: await authenticated(authenticate, request.headers.authorization), from: `http:${request.ip}` };
      const target = typeof request.body?.name === 'string' ? request.body.name.slice(0, 140) : '';
      try {
        requireCall(actor.principal, 'addPrincipal');
        const body = principalRequest(request.body);
        const token = await principals.add(body);
        await audit.record(actor, 'addPrincipal', target, 'ok', `role ${body.role ?? ''}`);
        return reply.status(201).send({ name: body.name, role: body.role, products: body.products, token });
      } catch (err) {
        await audit.record(actor, 'addPrincipal', target, toOtaError(err).code);
        throw err;
      }
    });
    app.get<{ Querystring: { limit?: string } }>('/api/v1/audit', { onRequest: async (request) => guard('listAudit')(request) }, async (request) => {
      const limit = request.query.limit === undefined ? 0 : Number(request.query.limit);
      if (!Number.isSafeInteger(limit) || limit < 0) throw new OtaError('OTA_E_PROTOCOL', `limit must be a whole number, got "${String(request.query.limit).slice(0, 20)}"`);
      return (await audit.list(limit)).map(toAuditEntryInfo);
    });
  }
}
