import { createHash } from 'node:crypto';
import { TOPIC_ROOT } from '@otacast/shared';

/**
 * The retained control state (channel announcements, per-device assignments,
 * keyrings) as the attached brokers hold it, so that a broker that restarted
 * empty can be filled again (docs/scale-out.md, "Retained control messages").
 * A worker observes these topics on every broker, so its ledger holds what
 * other workers published too, not only its own.
 *
 * Payloads are interned by digest: one rollout's assignment is the same bytes
 * for each of its devices, so a million assignments cost a million map
 * entries, not a million manifests.
 */
export const RETAINED_FILTERS = [`${TOPIC_ROOT}/rel/+/+`, `${TOPIC_ROOT}/dev/+/assign`, `${TOPIC_ROOT}/trust/+`] as const;

/** Retained on every broker the workers filled: its absence after a (re)connect means the broker lost its retained store. */
export const SENTINEL_TOPIC = `${TOPIC_ROOT}/ctl/retained`;

export function isRetainedControl(topic: string): boolean {
  const parts = topic.split('/');
  if (`${parts[0]}/${parts[1]}` !== TOPIC_ROOT) return false;
  return (parts[2] === 'rel' && parts.length === 5) || (parts[2] === 'dev' && parts.length === 5 && parts[4] === 'assign') || (parts[2] === 'trust' && parts.length === 4);
}

export class RetainedLedger {
  private readonly byTopic = new Map<string, string>();
  private readonly payloads = new Map<string, { payload: Buffer; refs: number }>();

  /** Records the broker's newest message on `topic`; an empty payload deletes it (as it does on the broker). */
  set(topic: string, payload: Buffer): void {
    this.release(topic);
    if (payload.byteLength === 0) return;
    const digest = createHash('sha256').update(payload).digest('base64');
    const interned = this.payloads.get(digest);
    if (interned) interned.refs++;
    else this.payloads.set(digest, { payload: Buffer.from(payload), refs: 1 });
    this.byTopic.set(topic, digest);
  }

  get(topic: string): Buffer | undefined {
    const digest = this.byTopic.get(topic);
    return digest === undefined ? undefined : this.payloads.get(digest)?.payload;
  }

  get size(): number {
    return this.byTopic.size;
  }

  *entries(): IterableIterator<[string, Buffer]> {
    for (const topic of this.byTopic.keys()) {
      const payload = this.get(topic);
      if (payload) yield [topic, payload];
    }
  }

  private release(topic: string): void {
    const digest = this.byTopic.get(topic);
    if (digest === undefined) return;
    this.byTopic.delete(topic);
    const interned = this.payloads.get(digest);
    if (interned && --interned.refs === 0) this.payloads.delete(digest);
  }
}
