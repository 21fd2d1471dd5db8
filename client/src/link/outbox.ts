import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { OtaError, writeFileAtomic } from '@otacast/shared';

/** A DeviceStatus as stored and sent (field names of the generated pb.DeviceStatus). */
export interface StatusRecord {
  seq: number;
  timestampMs: number;
  state: number;
  outcome: number;
  releaseId: string;
  targetVersion: string;
  installedVersion: string;
  components: Record<string, string>;
  errorCode: string;
  message: string;
  bytesDone: number;
  bytesTotal: number;
  hardware: string;
}

interface OutboxFile {
  nextSeq: number;
  pending: StatusRecord[];
}

const FILE = 'outbox.json';

/** An unreadable outbox starts over; the clock-based seq still counts up past what was sent. */
function parseOutbox(text: string | undefined): OutboxFile {
  const fresh = { nextSeq: Date.now(), pending: [] };
  if (text === undefined) return fresh;
  try {
    const raw = JSON.parse(text) as Partial<OutboxFile>;
    if (typeof raw.nextSeq !== 'number' || !Array.isArray(raw.pending)) return fresh;
    return { nextSeq: raw.nextSeq, pending: raw.pending.filter((s) => typeof s?.seq === 'number') };
  } catch {
    return fresh;
  }
}

/**
 * Statuses waiting for the server's ack, persisted in `STATE/outbox.json`.
 * A status gets the next seq and is written here before it is published, and
 * leaves only when a (cumulative) ack covers it, so nothing reported while
 * offline or before a crash is lost. The first seq of a new device is the
 * clock in ms, so a device whose state was wiped still counts up past what
 * the server recorded.
 */
export class Outbox {
  private writes: Promise<void> = Promise.resolve();
  private waiters: (() => void)[] = [];

  private constructor(
    private readonly path: string,
    private data: OutboxFile,
    private readonly maxEntries: number,
  ) {}

  static async open(stateDir: string, options: { maxEntries?: number } = {}): Promise<Outbox> {
    await mkdir(stateDir, { recursive: true });
    const path = join(stateDir, FILE);
    let text: string | undefined;
    try {
      text = await readFile(path, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw new OtaError('OTA_E_IO', `cannot read ${path}: ${(err as Error).message}`, { cause: err });
    }
    return new Outbox(path, parseOutbox(text), options.maxEntries ?? 256);
  }

  /** Statuses not acked yet, oldest first. */
  get pending(): readonly StatusRecord[] {
    return this.data.pending;
  }

  /** Gives the status the next seq and persists it; resolves once it is on disk. */
  append(status: Omit<StatusRecord, 'seq'>): Promise<StatusRecord> {
    const record: StatusRecord = { ...status, seq: this.data.nextSeq };
    const pending = [...this.data.pending, record];
    // A device offline for very long keeps the newest statuses: they describe where it is now.
    this.data = { nextSeq: record.seq + 1, pending: pending.slice(Math.max(0, pending.length - this.maxEntries)) };
    return this.persist().then(() => record);
  }

  /** Drops every status with seq ≤ `seq`; returns how many. */
  async ack(seq: number): Promise<number> {
    const before = this.data.pending.length;
    const pending = this.data.pending.filter((s) => s.seq > seq);
    if (pending.length === before) return 0;
    this.data = { ...this.data, pending };
    await this.persist();
    if (pending.length === 0) for (const wake of this.waiters.splice(0)) wake();
    return before - pending.length;
  }

  /** Resolves true once every status is acked, false after `timeoutMs`. */
  waitEmpty(timeoutMs: number): Promise<boolean> {
    if (this.data.pending.length === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        resolve(true);
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== wake);
        resolve(false);
      }, timeoutMs);
      this.waiters.push(wake);
    });
  }

  private persist(): Promise<void> {
    // Serialized, and each write takes the latest data: the file never goes backwards.
    this.writes = this.writes.catch(() => undefined).then(() => writeFileAtomic(this.path, JSON.stringify(this.data)));
    return this.writes;
  }
}
