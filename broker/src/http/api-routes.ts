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
  registry: Pick<Registry, 'listDevices' | 'listReleases' | 'currentRelease' | 'rollouts'>;
  isOnline(deviceId: string): boolean;
  authenticate: BearerAuthenticator;
  version: string;
}

/** What `otacast devices --json` prints, in its order. */
export function deviceList(registry: ApiRoutesOptions['registry'], isOnline: (deviceId: string) => boolean = () => false): DeviceInfo[] {
  return registry
    .listDevices()
    .map((d) => toDeviceInfo({ ...d, online: isOnline(d.deviceId) }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** What `otacast releases --json [--product P]` prints, in its order. */
export function releaseList(registry: ApiRoutesOptions['registry'], product = ''): ReleaseInfo[] {
  return registry
    .listReleases(product)
    .map((r) => toReleaseInfo({ ...r, createdAtMs: r.createdMs, current: registry.currentRelease(r.product, r.channel)?.releaseId === r.releaseId }))
    .sort((a, b) => a.product.localeCompare(b.product) || a.createdAtMs - b.createdAtMs);
}

/** What `otacast rollouts --json` prints (without each rollout's history). */
export function rolloutList(options: Pick<ApiRoutesOptions, 'registry' | 'isOnline'>): RolloutStatusJson[] {
  const { rollouts } = options.registry;
  return rollouts.list().map((r) => toRolloutStatus(rolloutView(r, rollouts.targets(r.id), [], options.isOnline)));
}

export function registerApiRoutes(app: FastifyInstance, options: ApiRoutesOptions): void {
  const { registry, authenticate } = options;
  const guard = (action: ApiAction) => (request: { headers: { authorization?: string | undefined } }) => {
    authorize(authenticate, request.headers.authorization, action);
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
