import { topics } from '@otacast/shared';
import type { MessageBus } from '../mqtt/message-bus.js';
import type { ReleaseRecord } from '../registry/registry.js';

/**
 * What each channel announces now. Releases are published retained on
 * rel/{product}/{channel}; a persistent session may also hold announcements
 * queued while its device was offline, possibly from before a restart. The
 * broker forwards a release-topic message only when it is the channel's
 * current announcement, so a device never acts on a superseded (or, after the
 * registry was edited, no longer recorded) manifest.
 */
export class Announcements {
  private readonly current = new Map<string, Buffer>();

  constructor(private readonly bus: MessageBus) {}

  /**
   * Makes this release the channel's announcement and publishes it retained
   * (QoS 1). Resolves once the broker stored it: the copies for each
   * subscribed session (10,000 of them take tens of seconds) follow without
   * the publisher waiting.
   */
  async announce(release: Pick<ReleaseRecord, 'product' | 'channel' | 'signedManifest'>): Promise<void> {
    const topic = topics.release(release.product, release.channel);
    this.current.set(topic, release.signedManifest);
    await this.bus.publish(topic, release.signedManifest, { qos: 1, retain: true, until: 'stored' });
  }

  /** The channel announces nothing any more (its only release was yanked): the retained announcement is deleted. */
  async withdraw(product: string, channel: string): Promise<void> {
    const topic = topics.release(product, channel);
    this.current.set(topic, Buffer.alloc(0));
    await this.bus.publish(topic, Buffer.alloc(0), { qos: 1, retain: true, until: 'stored' });
  }

  /** False only for a release topic whose payload is not what the channel announces now. */
  isCurrent(topic: string, payload: Buffer): boolean {
    const current = this.current.get(topic);
    return current === undefined || current.equals(payload);
  }
}
