import { MAX_CONTROL_BYTES, MAX_DIGESTS_PER_REQUEST, MAX_RANGE_BYTES, OtaError, decode, encode, isDigest, isValidName, pb, toOtaError, topics, type Logger, type otacast } from '@otacast/shared';
import { canCall, mayUseProduct, type ApiAction, type Principal, type Session } from '../auth/auth.js';
import type { AuditTrail } from './audit.js';
import { requireProductScope, type PrincipalsApi } from './principals.js';
import type { BlobStore } from '../blobs/blob-store.js';
import type { MessageBus } from '../mqtt/message-bus.js';
import type { FleetApi } from './fleet-api.js';
import type { KeyringStore } from './keyrings.js';
import type { GarbageCollector } from './gc.js';
import type { ReleaseCommitter } from './release-commit.js';
import type { Registry } from '../registry/registry.js';
import { currentReleaseIds } from '../registry/current-releases.js';
import { liveDeviceRecord, type DeviceActivity } from '../registry/device-activity.js';

export interface ApiServerOptions {
  bus: MessageBus;
  store: BlobStore;
  registry: Registry;
  committer: ReleaseCommitter;
  fleet: FleetApi;
  keyrings: KeyringStore;
  principals: PrincipalsApi;
  audit: AuditTrail;
  gc: GarbageCollector;
  /** Whether a device has a live session (for device listings). */
  isOnline(deviceId: string): boolean;
  /** What the latest statuses said that the registry does not keep: download progress and message (the live feed). */
  activity: DeviceActivity;
  logger: Logger;
}

/** A PutBlob range plus envelope, or 8192 digests: the largest legitimate request. */
export const MAX_API_REQUEST_BYTES = MAX_RANGE_BYTES + MAX_CONTROL_BYTES;

type Request = otacast.v1.ApiRequest;
type ResponseBody = Omit<otacast.v1.ApiResponse.$Properties, 'id' | 'errorCode' | 'errorMessage' | 'body'>;

function digestList(digests: readonly Uint8Array[] | null | undefined): Uint8Array[] {
  const list = digests ?? [];
  if (list.length > MAX_DIGESTS_PER_REQUEST) throw new OtaError('OTA_E_PROTOCOL', `${list.length} digests in one request, limit ${MAX_DIGESTS_PER_REQUEST}`);
  for (const d of list) if (!isDigest(d)) throw new OtaError('OTA_E_PROTOCOL', 'every digest must be 32 bytes');
  return [...list];
}

function requireName(value: string, what: string): string {
  if (!isValidName(value)) throw new OtaError('OTA_E_PROTOCOL', `invalid ${what} "${value.slice(0, 140)}"`);
  return value;
}

/**
 * The publisher/admin RPC on api/{clientId}/req → api/{clientId}/res
 * (docs/protocol.md). Requests are handled concurrently; every response
 * carries its request id, failures carry an OTA_E_* code.
 */
export class ApiServer {
  private readonly inflight = new Set<Promise<void>>();

  constructor(private readonly options: ApiServerOptions) {}

  /** An ApiRequest from an authenticated admin or publisher. Never throws. */
  handle(session: Session, payload: Buffer): void {
    const work = this.process(session, payload).catch((err: unknown) => {
      this.options.logger.error('api response failed', { code: toOtaError(err).code, clientId: session.clientId, error: (err as Error).message });
    });
    this.inflight.add(work);
    void work.finally(() => this.inflight.delete(work));
  }

  /** Resolves when the requests being handled are answered (or failed). */
  async close(): Promise<void> {
    await Promise.all(this.inflight);
  }

  private async process(session: Session, payload: Buffer): Promise<void> {
    const decoded = decode(pb.ApiRequest, payload, MAX_API_REQUEST_BYTES, 'api request');
    if (!decoded.ok) return this.fail(session, 0, 'decode', decoded.error);
    const request = decoded.value;
    const method = request.body;
    if (method === undefined) return this.fail(session, request.id, 'none', new OtaError('OTA_E_PROTOCOL', 'api request has no body'));
    const actor = { principal: session.principal, from: `mqtt:${session.clientId}` };
    let body: ResponseBody;
    try {
      if (!canCall(session.principal, method)) {
        throw new OtaError('OTA_E_FORBIDDEN', `${session.principal.role} "${session.principal.name}" may not call ${method}`);
      }
      requireProductScope(session.principal, method, request);
      body = await this.dispatch(method, request, session.principal);
    } catch (err) {
      const error = toOtaError(err);
      await this.options.audit.apiCall(actor, method, request, error.code);
      return this.fail(session, request.id, method, error);
    }
    await this.options.audit.apiCall(actor, method, request, 'ok', body);
    this.options.logger.debug('api request', { clientId: session.clientId, requestId: request.id, method });
    await this.respond(session, { id: request.id, ...body });
  }

  private async dispatch(method: ApiAction, request: Request, principal: Principal): Promise<ResponseBody> {
    const { store, registry, committer, fleet, principals, audit } = this.options;
    switch (method) {
      case 'missingBlobs': {
        const asked = digestList(request.missingBlobs?.digests);
        const missing = await store.missing(asked);
        this.options.gc.answered(asked, missing);
        return { missingBlobs: { missing } };
      }
      case 'putBlob': {
        const put = request.putBlob ?? {};
        const data = put.data ?? new Uint8Array();
        if (data.byteLength > MAX_RANGE_BYTES) throw new OtaError('OTA_E_TOO_LARGE', `PutBlob carries ${data.byteLength} bytes, limit ${MAX_RANGE_BYTES}`);
        const complete = await store.putRange(put.digest ?? new Uint8Array(), Number(put.size ?? 0), Number(put.offset ?? 0), data);
        return { putBlob: { complete } };
      }
      case 'commitRelease':
        return { commitRelease: await committer.commit(request.commitRelease?.signedManifest ?? new Uint8Array(), { announce: request.commitRelease?.noAnnounce !== true }) };
      case 'addDevice':
        return { addDevice: { token: await fleet.addDevice(request.addDevice ?? {}) } };
      case 'listDevices':
        return { listDevices: { devices: (await registry.listDevices()).map((d) => liveDeviceRecord(d, this.options.isOnline(d.deviceId), this.options.activity)) } };
      case 'labelDevice':
        return { labelDevice: await fleet.labelDevice(request.labelDevice ?? {}) };
      case 'removeDevice':
        return { removeDevice: await fleet.removeDevice(request.removeDevice ?? {}) };
      case 'rotateDeviceToken':
        return { rotateDeviceToken: await fleet.rotateDeviceToken(request.rotateDeviceToken ?? {}) };
      case 'startRollout':
        return { startRollout: await fleet.startRollout(request.startRollout ?? {}) };
      case 'rolloutAction':
        return { rolloutAction: await fleet.rolloutAction(request.rolloutAction ?? {}) };
      case 'getRollout':
        return { getRollout: await fleet.getRollout(request.getRollout ?? {}) };
      case 'listRollouts':
        return { listRollouts: await fleet.listRollouts(request.listRollouts ?? {}) };
      case 'yankRelease':
        return { yankRelease: await fleet.yankRelease(request.yankRelease ?? {}) };
      case 'publishKeyring':
        return { publishKeyring: await this.options.keyrings.publish(request.publishKeyring?.product ?? '', request.publishKeyring?.signedKeyring ?? new Uint8Array()) };
      case 'addPrincipal':
        return { addPrincipal: { token: await principals.add(request.addPrincipal ?? {}) } };
      case 'listPrincipals':
        return { listPrincipals: await principals.list() };
      case 'rotatePrincipalToken':
        return { rotatePrincipalToken: await principals.rotateToken(request.rotatePrincipalToken ?? {}) };
      case 'removePrincipal':
        return { removePrincipal: await principals.remove(request.removePrincipal ?? {}) };
      case 'listAudit':
        return { listAudit: { entries: await audit.list(request.listAudit?.limit ?? 0) } };
      case 'gc':
        return { gc: await this.options.gc.collect(request.gc ?? {}) };
      case 'listReleases': {
        const product = request.listReleases?.product ?? '';
        if (product !== '') requireName(product, 'product');
        // A publisher limited to products sees only theirs.
        const listed = (await registry.listReleases(product)).filter((r) => mayUseProduct(principal, r.product));
        const current = await currentReleaseIds(registry, listed);
        const releases = listed.map((r) => ({
          releaseId: r.releaseId,
          product: r.product,
          channel: r.channel,
          version: r.version,
          createdAtMs: r.createdMs,
          totalSize: r.totalSize,
          current: current.has(r.releaseId),
        }));
        return { listReleases: { releases } };
      }
    }
  }

  private async fail(session: Session, id: number, method: string, error: OtaError): Promise<void> {
    this.options.logger.warn('api request failed', { code: error.code, clientId: session.clientId, requestId: id, method, error: error.message });
    await this.respond(session, { id, errorCode: error.code, errorMessage: error.message });
  }

  private respond(session: Session, response: otacast.v1.ApiResponse.$Properties): Promise<void> {
    return this.options.bus.publish(topics.apiResponse(session.clientId), encode(pb.ApiResponse, response), { qos: 1 });
  }
}
