export interface RttOptions {
  initialRtoMs?: number;
  minRtoMs?: number;
  maxRtoMs?: number;
}

/**
 * Retransmission timeout from measured round trips, as TCP does it
 * (RFC 6298): srtt and rttvar are smoothed averages, RTO = srtt + 4·rttvar,
 * clamped; every timeout doubles the RTO until a new sample arrives.
 */
export class RttEstimator {
  private srtt: number | undefined;
  private rttvar = 0;
  private backoff = 1;
  private readonly initialRtoMs: number;
  private readonly minRtoMs: number;
  private readonly maxRtoMs: number;

  constructor(options: RttOptions = {}) {
    this.initialRtoMs = options.initialRtoMs ?? 2_000;
    this.minRtoMs = options.minRtoMs ?? 250;
    this.maxRtoMs = options.maxRtoMs ?? 30_000;
  }

  /**
   * One round-trip sample. Callers follow Karn's rule: never sample a range
   * that was sent more than once, its reply cannot be matched to a send.
   */
  sample(rttMs: number): void {
    const r = Math.max(0, rttMs);
    if (this.srtt === undefined) {
      this.srtt = r;
      this.rttvar = r / 2;
    } else {
      this.rttvar = 0.75 * this.rttvar + 0.25 * Math.abs(this.srtt - r);
      this.srtt = 0.875 * this.srtt + 0.125 * r;
    }
    this.backoff = 1;
  }

  /** A range timed out: wait longer before the next retry. */
  timedOut(): void {
    this.backoff = Math.min(this.backoff * 2, 64);
  }

  get smoothedRttMs(): number | undefined {
    return this.srtt;
  }

  get rtoMs(): number {
    const base = this.srtt === undefined ? this.initialRtoMs : this.srtt + 4 * this.rttvar;
    return Math.min(this.maxRtoMs, Math.max(this.minRtoMs, base) * this.backoff);
  }
}
