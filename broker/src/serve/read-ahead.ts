export interface ReadAheadLimits {
  maxReplies: number;
  maxBytes: number;
}

interface Queued<T> {
  reply: Promise<T>;
  bytes: number;
}

/**
 * Sends replies in the order they were queued while the next ones are still
 * being prepared, so reading a device's next chunk overlaps publishing the
 * current one instead of waiting for it. Bounded: once `maxReplies` replies or
 * `maxBytes` bytes (as estimated by the producer) are queued, `add` waits
 * until the oldest has been sent; `send` resolving is the back-pressure (the
 * device's socket took the reply).
 */
export class ReadAhead<T> {
  private readonly queue: Queued<T>[] = [];
  private queuedBytes = 0;
  private sending: Promise<void> | undefined;
  private wakeProducer: (() => void) | undefined;

  /** `send` must not reject; neither may the replies given to `add`. */
  constructor(
    private readonly send: (reply: T) => Promise<void>,
    private readonly limits: ReadAheadLimits,
  ) {}

  /** Queues a reply being prepared; resolves once there is room for the next one. */
  async add(reply: Promise<T>, bytes: number): Promise<void> {
    this.queue.push({ reply, bytes });
    this.queuedBytes += bytes;
    this.sending ??= this.sendQueued();
    while (this.isFull()) await new Promise<void>((resolve) => (this.wakeProducer = resolve));
  }

  /** Resolves once every queued reply has been sent. */
  async flush(): Promise<void> {
    while (this.sending !== undefined) await this.sending;
  }

  private isFull(): boolean {
    return this.queue.length >= this.limits.maxReplies || this.queuedBytes >= this.limits.maxBytes;
  }

  private async sendQueued(): Promise<void> {
    try {
      for (let head = this.queue[0]; head !== undefined; head = this.queue[0]) {
        await this.send(await head.reply);
        this.queue.shift();
        this.queuedBytes -= head.bytes;
        this.wake();
      }
    } finally {
      this.sending = undefined;
      this.wake();
    }
  }

  private wake(): void {
    const wake = this.wakeProducer;
    this.wakeProducer = undefined;
    wake?.();
  }
}
