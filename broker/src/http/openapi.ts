/**
 * The OpenAPI 3 description of the HTTP routes, served at
 * /api/v1/openapi.json. Device and Release list the fields of
 * `otacast devices --json` and `otacast releases --json` (sdk/admin.ts); the
 * HTTP tests check the live answers against these schemas.
 */
const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } });

const jsonArrayOf = (description: string, schema: string) => ({
  description,
  content: { 'application/json': { schema: { type: 'array', items: { $ref: `#/components/schemas/${schema}` } } } },
});

const authErrors = {
  '401': errorResponse('No, malformed or wrong bearer token (code OTA_E_AUTH).'),
  '403': errorResponse('The principal may not make this call (code OTA_E_FORBIDDEN).'),
};

const string = { type: 'string' };
const integer = { type: 'integer' };

export const DEVICE_FIELDS = ['id', 'product', 'channel', 'installedVersion', 'targetVersion', 'state', 'outcome', 'lastError', 'lastSeenMs', 'lastSeq', 'components', 'labels', 'online', 'progressPercent', 'statusMessage'] as const;
export const RELEASE_FIELDS = ['releaseId', 'product', 'channel', 'version', 'createdAtMs', 'totalSize', 'current'] as const;
export const ROLLOUT_FIELDS = ['id', 'product', 'channel', 'version', 'releaseId', 'state', 'wave', 'waves', 'counts', 'haltReason', 'failureRate', 'maxFailureRate', 'select', 'createdAtMs', 'updatedAtMs', 'targets', 'history'] as const;

export function openApiDocument(version: string): Record<string, unknown> {
  return {
    openapi: '3.0.3',
    info: {
      title: 'otacast server',
      version,
      description: 'Read API of an otacast server (docs/operations.md). JSON fields are those of `otacast devices --json` and `otacast releases --json`.',
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'A principal token; today the admin token (DATA/admin.token).' } },
      schemas: {
        Error: {
          type: 'object',
          required: ['code', 'message'],
          properties: { code: { type: 'string', pattern: '^OTA_E_[A-Z_]+$', description: 'docs/errors.md' }, message: string },
        },
        Device: {
          type: 'object',
          required: [...DEVICE_FIELDS],
          properties: {
            id: string,
            product: string,
            channel: string,
            installedVersion: { type: 'string', description: '"" when the device never reported.' },
            targetVersion: string,
            state: { type: 'string', description: 'Agent state in lower case, e.g. "idle", "downloading"; "" when never reported.' },
            outcome: { type: 'string', description: 'e.g. "installed", "rolled_back"; "" when unknown.' },
            lastError: { type: 'string', description: '"OTA_E_CODE: message" of the last failure, or "".' },
            lastSeenMs: { type: 'integer', description: 'Unix time in ms of the last status; 0 when never seen.' },
            lastSeq: integer,
            components: { type: 'object', additionalProperties: { type: 'string' }, description: 'Installed component name → version.' },
            labels: { type: 'object', additionalProperties: { type: 'string' }, description: 'Labels for rollout selectors (docs/fleet.md).' },
            online: { type: 'boolean', description: 'Has a live MQTT session now.' },
            progressPercent: { type: 'integer', nullable: true, description: '0..100 (rounded down) while downloading or verifying, from its latest status: the same percent as `otacast devices` and the dashboard; null otherwise.' },
            statusMessage: { type: 'string', description: 'Message of its latest status when that reports no error (e.g. "waiting for install window"), else "".' },
          },
        },
        Rollout: {
          type: 'object',
          required: [...ROLLOUT_FIELDS],
          properties: {
            id: string,
            product: string,
            channel: string,
            version: string,
            releaseId: string,
            state: { type: 'string', enum: ['running', 'paused', 'halted', 'completed', 'aborted'] },
            wave: { type: 'integer', description: 'The wave reached, from 1.' },
            waves: { type: 'array', items: { type: 'object', properties: { percent: integer, devices: integer } }, description: 'Cumulative percentages and the devices of each wave.' },
            counts: { type: 'object', properties: { targeted: integer, succeeded: integer, failed: integer, inProgress: integer, pending: integer } },
            haltReason: { type: 'string', description: 'Why it halted by itself; "" otherwise.' },
            failureRate: { type: 'number', description: 'failed / (succeeded + failed).' },
            maxFailureRate: { type: 'number' },
            select: { type: 'object', additionalProperties: { type: 'string' }, description: 'The label selector.' },
            createdAtMs: integer,
            updatedAtMs: integer,
            targets: { type: 'array', items: { type: 'object', properties: { deviceId: string, wave: integer, phase: string, reason: string } } },
            history: { type: 'array', items: { type: 'object', properties: { atMs: integer, kind: string, deviceId: string, detail: string } }, description: 'Empty in lists; `otacast rollout status` shows it.' },
          },
        },
        Release: {
          type: 'object',
          required: [...RELEASE_FIELDS],
          properties: {
            releaseId: string,
            product: string,
            channel: string,
            version: string,
            createdAtMs: { type: 'integer', description: 'Unix time in ms.' },
            totalSize: { type: 'integer', description: 'Bytes of all components.' },
            current: { type: 'boolean', description: 'What its channel announces now.' },
          },
        },
      },
    },
    paths: {
      '/healthz': {
        get: {
          summary: 'Liveness',
          responses: { '200': { description: 'The process serves HTTP.', content: { 'application/json': { schema: { type: 'object', properties: { status: { type: 'string', enum: ['ok'] } } } } } } },
        },
      },
      '/metrics': {
        get: { summary: 'Prometheus metrics (text exposition format 0.0.4)', responses: { '200': { description: 'Metrics.', content: { 'text/plain': { schema: string } } } } },
      },
      '/api/v1/openapi.json': {
        get: { summary: 'This document', responses: { '200': { description: 'OpenAPI 3 document.', content: { 'application/json': { schema: { type: 'object' } } } } } },
      },
      '/api/v1/devices': {
        get: {
          summary: 'Every registered device with its last reported state, sorted by id (admin)',
          security: [{ bearer: [] }],
          responses: { '200': jsonArrayOf('Devices.', 'Device'), ...authErrors },
        },
      },
      '/api/v1/releases': {
        get: {
          summary: 'Published releases, by product then creation time (admin, publisher)',
          security: [{ bearer: [] }],
          parameters: [{ name: 'product', in: 'query', required: false, schema: string, description: 'Only this product.' }],
          responses: { '200': jsonArrayOf('Releases.', 'Release'), '400': errorResponse('Invalid product name (code OTA_E_PROTOCOL).'), ...authErrors },
        },
      },
      '/api/v1/rollouts': {
        get: {
          summary: 'Rollouts (admin): the same objects as `otacast rollouts --json` (docs/fleet.md), without history.',
          security: [{ bearer: [] }],
          responses: { '200': jsonArrayOf('Every rollout with its state, waves, counts and halt reason.', 'Rollout'), ...authErrors },
        },
        post: {
          summary: 'Start a rollout (admin, operator): the body is the SDK\'s RolloutSpec (product, version; optional channel, select, waves, maxFailureRate, minSample, waveWaitS, confirmAfterS, deviceTimeoutS, maxConcurrent, supersede)',
          security: [{ bearer: [] }],
          requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', required: ['product', 'version'] } } } },
          responses: {
            '201': { description: 'The started rollout.', content: { 'application/json': { schema: { $ref: '#/components/schemas/Rollout' } } } },
            '400': errorResponse('Bad body (OTA_E_PROTOCOL) or bad waves / failure rate (OTA_E_USAGE).'),
            '404': errorResponse('No such release, or no device matches (OTA_E_NOT_FOUND).'),
            '409': errorResponse('The release was yanked (OTA_E_RELEASE_YANKED) or the channel has an active rollout (OTA_E_ROLLOUT_ACTIVE).'),
            ...authErrors,
          },
        },
      },
    },
  };
}
