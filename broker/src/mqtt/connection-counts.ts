/**
 * Open connections in total and per remote address, checked when a TCP
 * connection arrives, before any byte of it is read: what a flood of sockets
 * without credentials can hold is capped (docs/security.md, "Hostile clients").
 */
export type ConnectionRefusal = 'total' | 'per-address';

export class ConnectionCounts {
  private total = 0;
  private readonly byAddress = new Map<string, number>();

  constructor(
    private readonly maxTotal: number,
    private readonly maxPerAddress: number,
  ) {}

  /** Counts a new connection, or says which cap it would break (then it is not counted). */
  admit(address: string): ConnectionRefusal | undefined {
    const fromAddress = this.byAddress.get(address) ?? 0;
    if (this.total >= this.maxTotal) return 'total';
    if (fromAddress >= this.maxPerAddress) return 'per-address';
    this.total++;
    this.byAddress.set(address, fromAddress + 1);
    return undefined;
  }

  /** A connection counted by `admit` closed. */
  release(address: string): void {
    const fromAddress = this.byAddress.get(address) ?? 0;
    this.total = Math.max(0, this.total - 1);
    if (fromAddress <= 1) this.byAddress.delete(address);
    else this.byAddress.set(address, fromAddress - 1);
  }
}
