import { OtaError, pb, type otacast } from '@otacast/shared';
import type { ApiClient } from './api-client.js';
import { toRolloutStatus, type RolloutStatusJson } from './rollout-status.js';

/** A rollout to start (docs/fleet.md); durations in seconds as on the CLI, unset fields take the server's defaults. */
export interface RolloutSpec {
  product: string;
  version: string;
  channel?: string;
  select?: Record<string, string>;
  waves?: number[];
  maxFailureRate?: number;
  minSample?: number;
  waveWaitS?: number;
  confirmAfterS?: number;
  deviceTimeoutS?: number;
  maxConcurrent?: number;
  supersede?: boolean;
}

export type RolloutCommand = 'pause' | 'resume' | 'abort';

/** What `gc` freed (docs/rollouts.md, "Garbage collection"). */
export interface GcResult {
  /** Bytes the deleted blobs occupied in the store (with dryRun: their decoded sizes, what would go). */
  bytesFreed: number;
  blobs: number;
  patches: number;
  /** Releases no longer kept: yanked ones, and those past `keepPerChannel` (yanked by this gc). */
  releasesDropped: string[];
  /** Unreferenced blobs kept because a publisher was told within the last hour that the server holds them. */
  blobsInGrace: number;
}

const ACTIONS: Record<RolloutCommand, number> = { pause: pb.RolloutAction.ROLLOUT_ACTION_PAUSE, resume: pb.RolloutAction.ROLLOUT_ACTION_RESUME, abort: pb.RolloutAction.ROLLOUT_ACTION_ABORT };

/** Fleet operations of the admin API: device labels and tokens, rollouts, yanking a release. */
export class FleetClient {
  constructor(private readonly api: ApiClient) {}

  /** Refused with OTA_E_RELEASE_YANKED for a yanked release, OTA_E_ROLLOUT_ACTIVE while the channel has one (without `supersede`). */
  async startRollout(spec: RolloutSpec): Promise<RolloutStatusJson> {
    return rolloutOf(await this.api.request('startRollout', startRolloutRequest(spec)));
  }

  async rollout(rolloutId: string): Promise<RolloutStatusJson> {
    return rolloutOf(await this.api.request('getRollout', { rolloutId }));
  }

  async rolloutCommand(rolloutId: string, command: RolloutCommand): Promise<RolloutStatusJson> {
    return rolloutOf(await this.api.request('rolloutAction', { rolloutId, action: ACTIONS[command] }));
  }

  async listRollouts(product = ''): Promise<RolloutStatusJson[]> {
    const answer = await this.api.request('listRollouts', { product });
    return (answer.rollouts ?? []).map(toRolloutStatus);
  }

  /** Merges labels into a device's (an empty value removes that key); returns the device's labels. */
  async labelDevice(deviceId: string, labels: Record<string, string>): Promise<Record<string, string>> {
    const answer = await this.api.request('labelDevice', { deviceId, labels });
    return Object.fromEntries(Object.entries(answer.labels ?? {}));
  }

  async removeDevice(deviceId: string): Promise<void> {
    await this.api.request('removeDevice', { deviceId });
  }

  async rotateDeviceToken(deviceId: string): Promise<string> {
    const answer = await this.api.request('rotateDeviceToken', { deviceId });
    if (!answer.token) throw new OtaError('OTA_E_PROTOCOL', 'rotate-token answer carries no token');
    return answer.token;
  }

  /** Deletes blobs and patches no kept release uses; `keepPerChannel` > 0 also drops all but the newest N releases of each channel. */
  async gc({ keepPerChannel = 0, dryRun = false }: { keepPerChannel?: number; dryRun?: boolean } = {}): Promise<GcResult> {
    const a = await this.api.request('gc', { keepPerChannel, dryRun });
    return { bytesFreed: Number(a.bytesFreed ?? 0), blobs: a.blobsDeleted ?? 0, patches: a.patchesDeleted ?? 0, releasesDropped: [...(a.releasesDropped ?? [])], blobsInGrace: a.blobsInGrace ?? 0 };
  }

  /** Withdraws a release; returns the id of the rollout it aborted ("" when none). */
  async yankRelease(releaseId: string): Promise<string> {
    return (await this.api.request('yankRelease', { releaseId })).rolloutId ?? '';
  }
}

/** The admin API's StartRolloutRequest for a spec (also what POST /api/v1/rollouts turns its JSON body into). */
export function startRolloutRequest(spec: RolloutSpec): otacast.v1.StartRolloutRequest.$Properties {
  return {
    product: spec.product,
    channel: spec.channel ?? 'stable',
    version: spec.version,
    select: spec.select ?? {},
    waves: spec.waves ?? [],
    // proto3 has no presence: -1 and 0 ask for the server's defaults.
    maxFailureRate: spec.maxFailureRate ?? -1,
    minSample: spec.minSample ?? 0,
    waveWaitMs: seconds(spec.waveWaitS),
    confirmAfterMs: seconds(spec.confirmAfterS),
    deviceTimeoutMs: seconds(spec.deviceTimeoutS),
    maxConcurrent: spec.maxConcurrent ?? 0,
    supersede: spec.supersede === true,
  };
}

function seconds(value: number | undefined): number {
  return value === undefined ? 0 : Math.round(value * 1000);
}

function rolloutOf(status: Parameters<typeof toRolloutStatus>[0]): RolloutStatusJson {
  if (!status.id) throw new OtaError('OTA_E_PROTOCOL', 'rollout answer carries no rollout');
  return toRolloutStatus(status);
}
