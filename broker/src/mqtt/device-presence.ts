import type { Session } from '../auth/auth.js';

/**
 * Which devices count as online when the worker cannot see connections (an
 * external broker holds them): a device is online while it has been heard
 * from (a request or a status) within the window. A downloading device sends
 * requests all the time and a finished one reports a status, so a rollout
 * sees every device that is working on it; an idle device falls out of the
 * window and counts as offline, which a rollout treats as pending
 * (docs/scale-out.md, "Presence").
 */
export interface PresenceEvents {
  /** First message after being offline. */
  onOnline(session: Session): void;
  /** Not heard from for the whole window. */
  onOffline(session: Session): void;
}

export class DevicePresence {
  private readonly seen = new Map<string, { session: Session; atMs: number }>();
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly windowMs: number,
    private readonly events: PresenceEvents,
    private readonly now: () => number = Date.now,
  ) {
    this.timer = setInterval(() => this.sweep(), Math.max(50, Math.floor(windowMs / 4)));
    this.timer.unref();
  }

  /** A message from this session arrived. */
  heard(session: Session): void {
    const wasOnline = this.isOnline(session.clientId);
    // Delete first so the map stays ordered by last message: the sweep stops at the first fresh entry.
    this.seen.delete(session.clientId);
    this.seen.set(session.clientId, { session, atMs: this.now() });
    if (!wasOnline) this.events.onOnline(session);
  }

  isOnline(clientId: string): boolean {
    const entry = this.seen.get(clientId);
    return entry !== undefined && this.now() - entry.atMs < this.windowMs;
  }

  forget(clientId: string): void {
    this.seen.delete(clientId);
  }

  sessions(): Session[] {
    return [...this.seen.values()].filter((e) => this.now() - e.atMs < this.windowMs).map((e) => e.session);
  }

  close(): void {
    clearInterval(this.timer);
  }

  private sweep(): void {
    const now = this.now();
    for (const [clientId, entry] of this.seen) {
      if (now - entry.atMs < this.windowMs) break;
      this.seen.delete(clientId);
      this.events.onOffline(entry.session);
    }
  }
}
