import type { FastifyInstance } from 'fastify';
import { OtaError, isValidName } from '@otacast/shared';
import type { ApiAction } from '../auth/auth.js';
import type { Registry } from '../registry/registry.js';
import { rolloutView } from '../rollouts/rollout-view.js';
import { toDeviceInfo, toReleaseInfo, type DeviceInfo, type ReleaseInfo } from '../sdk/admin.js';
import { toRolloutStatus, type RolloutStatusJson } from '../sdk/rollout-status.js';
import { authorize, type BearerAuthenticator } from './bearer-auth.js';
import { openApiDocument } from './openapi.js';

/**
 * /api/v1: the read side of the MQTT admin API, same roles (auth/auth.ts
 * API_ROLES) and the same JSON as the CLI's `--json`.
 */
export interface ApiRoutesOptions {
  registry: Pick<Registry, 'listDevices' | 'listReleases' | 'rollouts'>;
  isOnline(deviceId: string): boolean;
  authenticate: BearerAuthenticator;
  version: string;
}

/** What `otacast devices --json` prints, in its order. */
export async function deviceList(registry: ApiRoutesOptions['registry'], isOnline: (deviceId: string) => boolean = () => false): Promise<DeviceInfo[]> {
  return (await registry.listDevices())
    .map((d) => toDeviceInfo({ ...d, online: isOnline(d.deviceId) }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** What `otacast releases --json [--product P]` prints, in its order. */
export async function releaseList(registry: ApiRoutesOptions['registry'], product = ''): Promise<ReleaseInfo[]> {
  return (await registry.listReleases(product))
    .map((r) => toReleaseInfo({ ...r, createdAtMs: r.createdMs }))
    .sort((a, b) => a.product.localeCompare(b.product) || a.createdAtMs - b.createdAtMs);
}

/** What `otacast rollouts --json` prints (without each rollout's history). */
export async function rolloutList(options: Pick<ApiRoutesOptions, 'registry' | 'isOnline'>): Promise<RolloutStatusJson[]> {
  const { rollouts } = options.registry;
  return Promise.all((await rollouts.list()).map(async (r) => toRolloutStatus(rolloutView(r, await rollouts.targets(r.id), [], options.isOnline))));
}

export function registerApiRoutes(app: FastifyInstance, options: ApiRoutesOptions): void {
  const { registry, authenticate } = options;
  const guard = (action: ApiAction) => async (request: { headers: { authorization?: string | undefined } }) => {
    await authorize(authenticate, request.headers.authorization, action);
  };
  const document = openApiDocument(options.version);

  app.get('/api/v1/openapi.json', () => document);
  app.get('/api/v1/devices', { onRequest: async (request) => guard('listDevices')(request) }, () => deviceList(registry, options.isOnline));
  app.get<{ Querystring: { product?: string } }>('/api/v1/releases', { onRequest: async (request) => guard('listReleases')(request) }, (request) => {
    const product = request.query.product ?? '';
    if (product !== '' && !isValidName(product)) throw new OtaError('OTA_E_PROTOCOL', `invalid product "${product.slice(0, 140)}"`);
    return releaseList(registry, product);
  });
  app.get('/api/v1/rollouts', { onRequest: async (request) => guard('listRollouts')(request) }, () => rolloutList(options));
}
