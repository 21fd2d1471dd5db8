import { randomBytes } from 'node:crypto';
import { MAX_DIGESTS_PER_REQUEST, MAX_RANGE_BYTES, OtaError, decode, encode, isErrorCode, pb, topics, type Logger, type TlsFiles, type otacast } from '@otacast/shared';
import { connectTransport, type Transport } from './transport.js';
import { toDeviceInfo, toReleaseInfo, type DeviceInfo, type ReleaseInfo } from './admin.js';

type v1 = typeof otacast.v1;

/** Request body per RPC; each name is both the ApiRequest and the ApiResponse oneof field. */
interface RequestBodies {
  missingBlobs: otacast.v1.MissingBlobsRequest.$Properties;
  putBlob: otacast.v1.PutBlobRequest.$Properties;
  commitRelease: otacast.v1.CommitReleaseRequest.$Properties;
  addDevice: otacast.v1.AddDeviceRequest.$Properties;
  listDevices: otacast.v1.ListDevicesRequest.$Properties;
  listReleases: otacast.v1.ListReleasesRequest.$Properties;
  labelDevice: otacast.v1.LabelDeviceRequest.$Properties;
  removeDevice: otacast.v1.RemoveDeviceRequest.$Properties;
  rotateDeviceToken: otacast.v1.RotateDeviceTokenRequest.$Properties;
  startRollout: otacast.v1.StartRolloutRequest.$Properties;
  rolloutAction: otacast.v1.RolloutActionRequest.$Properties;
  getRollout: otacast.v1.GetRolloutRequest.$Properties;
  listRollouts: otacast.v1.ListRolloutsRequest.$Properties;
  yankRelease: otacast.v1.YankReleaseRequest.$Properties;
  publishKeyring: otacast.v1.PublishKeyringRequest.$Properties;
  addPrincipal: otacast.v1.AddPrincipalRequest.$Properties;
  listPrincipals: otacast.v1.ListPrincipalsRequest.$Properties;
  rotatePrincipalToken: otacast.v1.RotatePrincipalTokenRequest.$Properties;
  removePrincipal: otacast.v1.RemovePrincipalRequest.$Properties;
  listAudit: otacast.v1.ListAuditRequest.$Properties;
  gc: otacast.v1.GcRequest.$Properties;
}

interface ResponseBodies {
  missingBlobs: otacast.v1.MissingBlobsResponse.$Properties;
  putBlob: otacast.v1.PutBlobResponse.$Properties;
  commitRelease: otacast.v1.CommitReleaseResponse.$Properties;
  addDevice: otacast.v1.AddDeviceResponse.$Properties;
  listDevices: otacast.v1.ListDevicesResponse.$Properties;
  listReleases: otacast.v1.ListReleasesResponse.$Properties;
  labelDevice: otacast.v1.LabelDeviceResponse.$Properties;
  removeDevice: otacast.v1.RemoveDeviceResponse.$Properties;
  rotateDeviceToken: otacast.v1.RotateDeviceTokenResponse.$Properties;
  startRollout: otacast.v1.RolloutStatus.$Properties;
  rolloutAction: otacast.v1.RolloutStatus.$Properties;
  getRollout: otacast.v1.RolloutStatus.$Properties;
  listRollouts: otacast.v1.ListRolloutsResponse.$Properties;
  yankRelease: otacast.v1.YankReleaseResponse.$Properties;
  publishKeyring: otacast.v1.PublishKeyringResponse.$Properties;
  addPrincipal: otacast.v1.AddPrincipalResponse.$Properties;
  listPrincipals: otacast.v1.ListPrincipalsResponse.$Properties;
  rotatePrincipalToken: otacast.v1.RotatePrincipalTokenResponse.$Properties;
  removePrincipal: otacast.v1.RemovePrincipalResponse.$Properties;
  listAudit: otacast.v1.ListAuditResponse.$Properties;
  gc: otacast.v1.GcResponse.$Properties;
}

export type ApiMethod = keyof RequestBodies;

/** Responses are already buffered by the MQTT client; this only guards the decoder. */
const MAX_RESPONSE_BYTES = 256 * 1024 * 1024;
const DEFAULT_TIMEOUT_MS = 30_000;
/** Tries of one PutBlob range before the upload fails with OTA_E_TIMEOUT: at QoS 0 a lost one is not redelivered. */
const PUT_BLOB_ATTEMPTS = 3;

export interface ApiClientOptions {
  /** mqtt://host:port */
  url: string;
  token: string;
  /** For mqtts:// URLs: the CA to trust instead of the system store; a client certificate for an mTLS server. */
  tls?: TlsFiles;
  /** MQTT username: the principal the token belongs to. Default "admin". */
  principal?: string;
  /** Default: pub-<random hex>. */
  clientId?: string;
  /** Per-request timeout. Default 30 s. */
  timeoutMs?: number;
  connectTimeoutMs?: number;
  /** Largest PutBlob range; blobs above it are sent as several ranges. Default 1 MiB. */
  maxRangeBytes?: number;
  logger?: Logger;
}

export interface CommitResult {
  releaseId: string;
  existing: boolean;
}

export interface BlobRangeUpload {
  digest: Uint8Array;
  /** Size of the whole blob. */
  size: number;
  offset: number;
  data: Uint8Array;
}

interface Pending {
  method: ApiMethod;
  resolve(response: InstanceType<v1['ApiResponse']>): void;
  reject(error: OtaError): void;
  timer: NodeJS.Timeout;
}

export function newPublisherClientId(): string {
  return `pub-${randomBytes(8).toString('hex')}`;
}

/**
 * The publisher/admin RPC of docs/protocol.md: ApiRequest on
 * api/{clientId}/req, ApiResponse on api/{clientId}/res matched by id. Any
 * number of requests may be in flight; callers bound the window themselves.
 */
export class ApiClient {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private closedError: OtaError | undefined;
  private readonly requestTopic: string;
  private readonly timeoutMs: number;
  private readonly maxRangeBytes: number;

  private constructor(
    private readonly transport: Transport,
    options: ApiClientOptions,
    private readonly logger: Logger | undefined,
  ) {
    this.requestTopic = topics.apiRequest(transport.clientId);
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.maxRangeBytes = options.maxRangeBytes ?? MAX_RANGE_BYTES;
    transport.onMessage((topic, payload) => this.onResponse(topic, payload));
    transport.onClose((error) => this.failAll(error));
  }

  static async connect(options: ApiClientOptions): Promise<ApiClient> {
    const clientId = options.clientId ?? newPublisherClientId();
    const transport = await connectTransport({
      url: options.url,
      username: options.principal ?? 'admin',
      password: options.token,
      clientId,
      ...(options.tls === undefined ? {} : { tls: options.tls }),
      ...(options.connectTimeoutMs === undefined ? {} : { connectTimeoutMs: options.connectTimeoutMs }),
      ...(options.logger === undefined ? {} : { logger: options.logger }),
    });
    try {
      // QoS 0: a response lost with the connection fails its request either way (clean session, no
      // reconnect), and a QoS 1 delivery costs a PUBACK and a lookup in the broker's session store per response.
      await transport.subscribe(topics.apiResponse(clientId), 0);
    } catch (err) {
      await transport.close();
      throw err;
    }
    return new ApiClient(transport, options, options.logger);
  }

  get clientId(): string {
    return this.transport.clientId;
  }

  /** Sends one request and resolves with its response body; a response error_code is thrown as that OtaError. */
  async request<M extends ApiMethod>(method: M, body: RequestBodies[M], timeoutMs = this.timeoutMs): Promise<ResponseBodies[M]> {
    if (this.closedError) throw this.closedError;
    const id = this.nextId++;
    const payload = encode(pb.ApiRequest, { id, [method]: body });
    const response = new Promise<InstanceType<v1['ApiResponse']>>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new OtaError('OTA_E_TIMEOUT', `no answer to ${method} (request ${id}) within ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, { method, resolve, reject, timer });
    });
    // Blob bytes go at QoS 0, as chunks do to devices: a QoS 1 publish is copied whole into mqtt.js's
    // outgoing store and acknowledged one by one, and a lost PutBlob fails by timeout like a lost answer.
    this.transport.publish(this.requestTopic, payload, method === 'putBlob' ? 0 : 1).catch((err: unknown) => {
      this.settle(id)?.reject(err instanceof OtaError ? err : new OtaError('OTA_E_CONNECT', String(err)));
    });
    const decoded = await response;
    if (decoded.errorCode) {
      const code = isErrorCode(decoded.errorCode) ? decoded.errorCode : 'OTA_E_INTERNAL';
      const prefix = code === decoded.errorCode ? '' : `${decoded.errorCode}: `;
      throw new OtaError(code, `${prefix}${decoded.errorMessage || `${method} failed`}`);
    }
    // An empty response message is legitimately absent on the wire: treat as {}.
    return (decoded[method] ?? {}) as ResponseBodies[M];
  }

  /** Which of these blobs the server lacks. Splits into requests of ≤ 8192 digests, pipelined. */
  async missingBlobs(digests: readonly Uint8Array[]): Promise<Buffer[]> {
    const batches: Uint8Array[][] = [];
    for (let i = 0; i < digests.length; i += MAX_DIGESTS_PER_REQUEST) batches.push(digests.slice(i, i + MAX_DIGESTS_PER_REQUEST));
    const answers = await Promise.all(batches.map((batch) => this.request('missingBlobs', { digests: batch })));
    return answers.flatMap((a) => (a.missing ?? []).map((d) => Buffer.from(d)));
  }

  /** Uploads one range of a blob; resolves true once the server holds the whole blob verified. */
  async putBlobRange(range: BlobRangeUpload): Promise<boolean> {
    // At QoS 0 a request lost on the way is not redelivered: ask again (a range is idempotent).
    for (let attempt = 1; ; attempt++) {
      try {
        const answer = await this.request('putBlob', range);
        return answer.complete === true;
      } catch (err) {
        if (!(err instanceof OtaError) || err.code !== 'OTA_E_TIMEOUT' || attempt >= PUT_BLOB_ATTEMPTS) throw err;
      }
    }
  }

  /** Uploads a whole blob held in memory, as ranges of ≤ 1 MiB when it is larger. */
  async putBlob(digest: Uint8Array, data: Uint8Array): Promise<boolean> {
    if (data.byteLength <= this.maxRangeBytes) return this.putBlobRange({ digest, size: data.byteLength, offset: 0, data });
    const ranges: Promise<boolean>[] = [];
    for (let offset = 0; offset < data.byteLength; offset += this.maxRangeBytes) {
      const end = Math.min(offset + this.maxRangeBytes, data.byteLength);
      ranges.push(this.putBlobRange({ digest, size: data.byteLength, offset, data: data.subarray(offset, end) }));
    }
    return (await Promise.all(ranges)).some(Boolean);
  }

  async commitRelease(signedManifest: Uint8Array, { noAnnounce = false }: { noAnnounce?: boolean } = {}): Promise<CommitResult> {
    const answer = await this.request('commitRelease', { signedManifest, noAnnounce });
    if (!answer.releaseId) throw new OtaError('OTA_E_PROTOCOL', 'commit answer carries no release id');
    return { releaseId: answer.releaseId, existing: answer.existing === true };
  }

  /** Stores a root-signed keyring for `product`, announced retained on its trust topic; resolves with its version. */
  async publishKeyring(product: string, signedKeyring: Uint8Array): Promise<number> {
    const answer = await this.request('publishKeyring', { product, signedKeyring });
    return Number(answer.version ?? 0);
  }

  /** Registers a device; an existing id needs `force` (its token is replaced). Returns the device token. */
  async addDevice(deviceId: string, product: string, channel = 'stable', { labels = {}, force = false }: { labels?: Record<string, string>; force?: boolean } = {}): Promise<string> {
    const answer = await this.request('addDevice', { deviceId, product, channel, labels, force });
    if (!answer.token) throw new OtaError('OTA_E_PROTOCOL', 'add-device answer carries no token');
    return answer.token;
  }

  async listDevices(): Promise<DeviceInfo[]> {
    const answer = await this.request('listDevices', {});
    return (answer.devices ?? []).map(toDeviceInfo);
  }

  /** Releases of a product; an empty product asks for every product's. */
  async listReleases(product = ''): Promise<ReleaseInfo[]> {
    const answer = await this.request('listReleases', { product });
    return (answer.releases ?? []).map(toReleaseInfo);
  }

  async close(): Promise<void> {
    this.failAll(new OtaError('OTA_E_CONNECT', 'API client closed'));
    await this.transport.close();
  }

  private settle(id: number): Pending | undefined {
    const entry = this.pending.get(id);
    if (!entry) return undefined;
    this.pending.delete(id);
    clearTimeout(entry.timer);
    return entry;
  }

  private failAll(error: OtaError): void {
    this.closedError ??= error;
    for (const id of [...this.pending.keys()]) this.settle(id)?.reject(error);
  }

  private onResponse(topic: string, payload: Buffer): void {
    const decoded = decode(pb.ApiResponse, payload, MAX_RESPONSE_BYTES, 'API response');
    if (!decoded.ok) {
      this.logger?.warn(decoded.error.message, { code: decoded.error.code, topic });
      return;
    }
    const id = Number(decoded.value.id ?? 0);
    const entry = this.settle(id);
    if (!entry) {
      this.logger?.debug('API response for no pending request', { id, topic });
      return;
    }
    entry.resolve(decoded.value);
  }
}
