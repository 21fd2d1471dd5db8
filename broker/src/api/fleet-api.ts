import { OtaError, isValidName, isValidVersion, pb, topics, type Logger, type otacast } from '@otacast/shared';
import { hashToken, newToken } from '../auth/auth.js';
import { mosquittoHash } from '../auth/mosquitto-auth.js';
import type { RolloutDriver } from '../fleet/rollout-driver.js';
import type { MessageBus } from '../mqtt/message-bus.js';
import { validateLabels } from '../registry/device-labels.js';
import type { Registry } from '../registry/registry.js';
import type { RolloutPolicy } from '../rollouts/rollout-types.js';
import type { Announcements } from './announcements.js';
import { rolloutView } from '../rollouts/rollout-view.js';

/** Drops live MQTT sessions: a removed device or a rotated token must not keep working until it reconnects. */
export interface SessionControl {
  drop(clientId: string): void;
  isOnline(clientId: string): boolean;
}

export interface FleetApiOptions {
  registry: Registry;
  driver: RolloutDriver;
  sessions: SessionControl;
  announcements: Announcements;
  bus: MessageBus;
  logger: Logger;
  /** Called after a device token was made, replaced or removed (serve --mosquitto-auth rewrites the broker's files). */
  onCredentialsChanged?: () => void;
}

function requireName(value: string | null | undefined, what: string): string {
  if (!value || !isValidName(value)) throw new OtaError('OTA_E_PROTOCOL', `invalid ${what} "${String(value ?? '').slice(0, 140)}"`);
  return value;
}

/**
 * The fleet half of the admin API: devices (register with labels, relabel,
 * rotate a token, remove), rollouts (start, pause/resume/abort, status) and
 * yanking a release. Every change that can make a live session wrong drops it.
 */
export class FleetApi {
  constructor(private readonly options: FleetApiOptions) {}

  /** Registers a device; an existing id is refused unless `force` (then its token is rotated and its session dropped). */
  async addDevice(body: otacast.v1.AddDeviceRequest.$Properties): Promise<string> {
    const deviceId = requireName(body.deviceId, 'device id');
    const product = requireName(body.product, 'product');
    const channel = requireName(body.channel || 'stable', 'channel');
    const labels = validateLabels(Object.fromEntries(Object.entries(body.labels ?? {})));
    const { registry } = this.options;
    const existing = await registry.findPrincipal(deviceId);
    if (existing !== undefined && existing.role !== 'device') throw new OtaError('OTA_E_FORBIDDEN', `"${deviceId}" is the name of a ${existing.role}, not a device`);
    if (existing !== undefined && body.force !== true) {
      throw new OtaError('OTA_E_EXISTS', `device ${deviceId} is already registered (product ${existing.product}, channel ${existing.channel}): pass --force to replace it, or use device rotate-token`);
    }
    const token = newToken();
    await registry.upsertPrincipal({ name: deviceId, role: 'device', tokenSha256: hashToken(token), product, channel });
    await this.keepBrokerHash(deviceId, token);
    if (Object.keys(labels).length > 0) await this.options.registry.labels.update(deviceId, labels);
    if (existing) this.options.sessions.drop(deviceId);
    this.options.logger.info(existing ? 'device replaced' : 'device registered', { deviceId, product, channel });
    this.options.driver.kick();
    return token;
  }

  async labelDevice(body: otacast.v1.LabelDeviceRequest.$Properties): Promise<otacast.v1.LabelDeviceResponse.$Properties> {
    const deviceId = await this.existingDevice(body.deviceId);
    const labels = await this.options.registry.labels.update(deviceId, Object.fromEntries(Object.entries(body.labels ?? {})));
    this.options.driver.kick();
    return { labels };
  }

  async rotateDeviceToken(body: otacast.v1.RotateDeviceTokenRequest.$Properties): Promise<otacast.v1.RotateDeviceTokenResponse.$Properties> {
    const deviceId = await this.existingDevice(body.deviceId);
    const principal = await this.options.registry.findPrincipal(deviceId);
    if (!principal) throw new OtaError('OTA_E_NOT_FOUND', `no device ${deviceId}`);
    const token = newToken();
    await this.options.registry.upsertPrincipal({ ...principal, tokenSha256: hashToken(token) });
    await this.keepBrokerHash(deviceId, token);
    this.options.sessions.drop(deviceId);
    this.options.logger.info('device token rotated', { deviceId });
    return { token };
  }

  async removeDevice(body: otacast.v1.RemoveDeviceRequest.$Properties): Promise<otacast.v1.RemoveDeviceResponse.$Properties> {
    const deviceId = await this.existingDevice(body.deviceId);
    await this.options.registry.removePrincipal(deviceId);
    await this.options.registry.brokerCredentials.forget(deviceId);
    this.options.onCredentialsChanged?.();
    this.options.sessions.drop(deviceId);
    // An empty retained payload deletes the retained assignment.
    await this.options.bus.publish(topics.deviceAssign(deviceId), Buffer.alloc(0), { qos: 1, retain: true });
    this.options.logger.info('device removed', { deviceId });
    this.options.driver.kick();
    return {};
  }

  async startRollout(body: otacast.v1.StartRolloutRequest.$Properties): Promise<otacast.v1.RolloutStatus.$Properties> {
    const product = requireName(body.product, 'product');
    const channel = requireName(body.channel || 'stable', 'channel');
    const version = body.version ?? '';
    if (!isValidVersion(version)) throw new OtaError('OTA_E_PROTOCOL', `invalid version "${version.slice(0, 140)}"`);
    const select = validateLabels(Object.fromEntries(Object.entries(body.select ?? {})));
    const policy: Partial<RolloutPolicy> = {};
    // proto3 has no presence: 0 (or -1 for the rate) means "the server's default".
    if ((body.waves ?? []).length > 0) policy.waves = [...(body.waves ?? [])];
    if ((body.maxFailureRate ?? -1) >= 0) policy.maxFailureRate = body.maxFailureRate ?? 0;
    if ((body.minSample ?? 0) > 0) policy.minSample = body.minSample ?? 0;
    if (Number(body.waveWaitMs ?? 0) > 0) policy.waveWaitMs = Number(body.waveWaitMs);
    if (Number(body.confirmAfterMs ?? 0) > 0) policy.confirmAfterMs = Number(body.confirmAfterMs);
    if (Number(body.deviceTimeoutMs ?? 0) > 0) policy.deviceTimeoutMs = Number(body.deviceTimeoutMs);
    if ((body.maxConcurrent ?? 0) > 0) policy.maxConcurrent = body.maxConcurrent ?? 0;
    const rollout = await this.options.driver.startRollout({ product, channel, version, select, policy, supersede: body.supersede === true });
    return this.view(rollout.id);
  }

  async rolloutAction(body: otacast.v1.RolloutActionRequest.$Properties): Promise<otacast.v1.RolloutStatus.$Properties> {
    const rolloutId = requireName(body.rolloutId, 'rollout id');
    const { driver } = this.options;
    switch (body.action) {
      case pb.RolloutAction.ROLLOUT_ACTION_PAUSE:
        await driver.pause(rolloutId);
        break;
      case pb.RolloutAction.ROLLOUT_ACTION_RESUME:
        await driver.resume(rolloutId);
        break;
      case pb.RolloutAction.ROLLOUT_ACTION_ABORT:
        await driver.abort(rolloutId);
        break;
      default:
        throw new OtaError('OTA_E_PROTOCOL', `unknown rollout action ${String(body.action)}`);
    }
    return this.view(rolloutId);
  }

  getRollout(body: otacast.v1.GetRolloutRequest.$Properties): Promise<otacast.v1.RolloutStatus.$Properties> {
    return this.view(requireName(body.rolloutId, 'rollout id'));
  }

  async listRollouts(body: otacast.v1.ListRolloutsRequest.$Properties): Promise<otacast.v1.ListRolloutsResponse.$Properties> {
    const product = body.product ?? '';
    const rollouts = (await this.options.registry.rollouts.list()).filter((r) => product === '' || r.product === product);
    return { rollouts: await Promise.all(rollouts.map((r) => this.view(r.id, 0))) };
  }

  /** The release is no longer offered: its rollout is aborted and, when its channel announces it, the channel goes back to the previous release. */
  async yankRelease(body: otacast.v1.YankReleaseRequest.$Properties): Promise<otacast.v1.YankReleaseResponse.$Properties> {
    const releaseId = body.releaseId ?? '';
    const { registry, driver, announcements, logger } = this.options;
    const release = await registry.getRelease(releaseId);
    if (!release) throw new OtaError('OTA_E_NOT_FOUND', `no release ${releaseId.slice(0, 64)}: see otacast releases`);
    const wasCurrent = (await registry.currentRelease(release.product, release.channel))?.releaseId === releaseId;
    // Marked first: from now on no rollout of it starts, and the abort below (or the next step, on any worker) ends the one running.
    await registry.yankRelease(releaseId);
    const rolloutId = (await driver.releaseYanked(releaseId))[0] ?? '';
    if (wasCurrent) {
      const previous = await registry.currentRelease(release.product, release.channel);
      if (previous) await announcements.announce(previous);
      else await announcements.withdraw(release.product, release.channel);
    }
    logger.info('release yanked', { releaseId, product: release.product, version: release.version, rolloutId });
    return { rolloutId };
  }

  /** The only moment the token is in plain text: keep its hash for an external broker (BrokerCredentialStore in registry-port.ts). */
  private async keepBrokerHash(name: string, token: string): Promise<void> {
    await this.options.registry.brokerCredentials.set(name, hashToken(token), mosquittoHash(token));
    this.options.onCredentialsChanged?.();
  }

  private async existingDevice(id: string | null | undefined): Promise<string> {
    const deviceId = requireName(id, 'device id');
    const principal = await this.options.registry.findPrincipal(deviceId);
    if (!principal || principal.role !== 'device') throw new OtaError('OTA_E_NOT_FOUND', `no device ${deviceId}: see otacast devices`);
    return deviceId;
  }

  private async view(rolloutId: string, historyLimit = 200): Promise<otacast.v1.RolloutStatus.$Properties> {
    const { sessions } = this.options;
    const { rollouts } = this.options.registry;
    const rollout = await rollouts.get(rolloutId);
    if (!rollout) throw new OtaError('OTA_E_NOT_FOUND', `no rollout ${rolloutId}: see otacast rollouts`);
    return rolloutView(rollout, await rollouts.targets(rolloutId), historyLimit > 0 ? await rollouts.events(rolloutId, historyLimit) : [], (id) => sessions.isOnline(id));
  }
}
