import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import { OtaError, toOtaError, type ErrorCode, type Logger } from '@otacast/shared';
import type { Registry } from '../registry/registry.js';
import { registerApiRoutes, type AuditLog, type PrincipalAdmin, type RolloutAdmin } from './api-routes.js';
import type { BearerAuthenticator } from './bearer-auth.js';
import type { DeviceActivity } from '../registry/device-activity.js';
import type { ServerMetrics } from './metrics.js';

/**
 * The HTTP side of `otacast serve --http-port` (fastify): /healthz, /metrics
 * and the /api/v1 read API. Other routes (the dashboard) are registered on
 * the same instance through `routes` before it listens. Errors answer as
 * `{code, message}` with an OTA_E_* code.
 */
export interface HttpContext {
  registry: Pick<Registry, 'listDevices' | 'listReleases' | 'currentRelease' | 'statusLog' | 'rollouts'>;
  /** Whether a device has a live MQTT session. */
  isOnline(deviceId: string): boolean;
  /** What the latest statuses said (download progress) for GET /api/v1/devices. */
  activity?: DeviceActivity;
  authenticate: BearerAuthenticator;
  metrics: ServerMetrics;
  logger: Logger;
  version: string;
  /** /api/v1/principals and /api/v1/audit (api-routes.ts). */
  principals?: PrincipalAdmin;
  audit?: AuditLog;
  /** POST /api/v1/rollouts (api-routes.ts). */
  rolloutAdmin?: RolloutAdmin;
}

/** Registers more routes on the server (called once, before it listens). */
export type HttpRoutes = (app: FastifyInstance, context: HttpContext) => void | Promise<void>;

export interface HttpServerOptions extends HttpContext {
  host: string;
  /** 0 picks a free port. */
  port: number;
  routes?: HttpRoutes;
}

export interface HttpServer {
  /** http://host:port with the bound port. */
  url: string;
  port: number;
  app: FastifyInstance;
  close(): Promise<void>;
}

const STATUS_OF: Partial<Record<ErrorCode, number>> = {
  OTA_E_AUTH: 401,
  OTA_E_FORBIDDEN: 403,
  OTA_E_NOT_FOUND: 404,
  OTA_E_EXISTS: 409,
  OTA_E_PROTOCOL: 400,
  OTA_E_USAGE: 400,
  OTA_E_ROLLOUT_ACTIVE: 409,
  OTA_E_RELEASE_YANKED: 409,
  OTA_E_DECODE: 400,
  OTA_E_TOO_LARGE: 413,
};

function asOtaError(err: FastifyError | Error): { status: number; error: OtaError } {
  if (err instanceof OtaError) return { status: STATUS_OF[err.code] ?? 500, error: err };
  // fastify's own 4xx (bad JSON, body too large, ...) keep their status.
  const status = (err as FastifyError).statusCode;
  if (status !== undefined && status >= 400 && status < 500) return { status, error: new OtaError(status === 413 ? 'OTA_E_TOO_LARGE' : 'OTA_E_PROTOCOL', err.message) };
  return { status: 500, error: toOtaError(err) };
}

export async function startHttpServer(options: HttpServerOptions): Promise<HttpServer> {
  const { logger, metrics } = options;
  const app = Fastify({ logger: false, bodyLimit: 1024 * 1024 });

  app.setErrorHandler((err, request, reply) => {
    const { status, error } = asOtaError(err as Error);
    const fields = { code: error.code, method: request.method, url: request.url, status, error: error.message };
    if (status >= 500) logger.error('http request failed', fields);
    else logger.debug('http request refused', fields);
    if (status === 401) void reply.header('www-authenticate', 'Bearer');
    return reply.status(status).send({ code: error.code, message: error.message });
  });
  app.setNotFoundHandler((request, reply) =>
    reply.status(404).send({ code: 'OTA_E_NOT_FOUND', message: `no route ${request.method} ${request.url.slice(0, 200)} (see /api/v1/openapi.json)` }),
  );

  app.get('/healthz', () => ({ status: 'ok' }));
  app.get('/metrics', async (_request, reply) => {
    const { contentType, body } = await metrics.scrape();
    return reply.type(contentType).send(body);
  });
  registerApiRoutes(app, options);
  await options.routes?.(app, options);

  try {
    await app.listen({ host: options.host, port: options.port });
  } catch (err) {
    await app.close().catch(() => undefined);
    throw new OtaError('OTA_E_IO', `cannot listen for HTTP on ${options.host}:${options.port}: ${(err as Error).message}`, { cause: err });
  }
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new OtaError('OTA_E_INTERNAL', 'HTTP listener has no TCP address');
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return { url: `http://${host}:${address.port}`, port: address.port, app, close: () => app.close() };
}
