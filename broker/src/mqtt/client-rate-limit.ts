/**
 * Per-client publish limits (docs/security.md, "Hostile clients"): a token
 * bucket for messages and one for bytes, each refilled at its rate per second
 * and holding at most `burstSeconds` of it, so short bursts of an honest agent
 * pass and a sustained flood does not.
 */
export interface RateLimits {
  messagesPerSec: number;
  bytesPerSec: number;
  burstSeconds: number;
}

class TokenBucket {
  private tokens: number;
  private last: number;
  private readonly capacity: number;

  constructor(
    private readonly rate: number,
    burstSeconds: number,
    now: number,
  ) {
    this.capacity = rate * burstSeconds;
    this.tokens = this.capacity;
    this.last = now;
  }

  take(amount: number, now: number): boolean {
    this.tokens = Math.min(this.capacity, this.tokens + ((now - this.last) / 1000) * this.rate);
    this.last = now;
    if (this.tokens < amount) return false;
    this.tokens -= amount;
    return true;
  }
}

export type RateVerdict = { ok: true } | { ok: false; limit: 'messages' | 'bytes'; perSec: number };

export class ClientRateLimit {
  private readonly messages: TokenBucket;
  private readonly bytes: TokenBucket;

  constructor(
    private readonly limits: RateLimits,
    now: number = Date.now(),
  ) {
    this.messages = new TokenBucket(limits.messagesPerSec, limits.burstSeconds, now);
    this.bytes = new TokenBucket(limits.bytesPerSec, limits.burstSeconds, now);
  }

  /** Counts one message of `size` bytes; the verdict says which limit it broke. */
  take(size: number, now: number = Date.now()): RateVerdict {
    if (!this.messages.take(1, now)) return { ok: false, limit: 'messages', perSec: this.limits.messagesPerSec };
    if (!this.bytes.take(size, now)) return { ok: false, limit: 'bytes', perSec: this.limits.bytesPerSec };
    return { ok: true };
  }
}
