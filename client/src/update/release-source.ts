import { decode, pb, unverifiedManifestOf, type Logger } from '@otacast/shared';

/** An Assignment is a signed manifest plus a few ids. */
const MAX_ASSIGNMENT_BYTES = 512 * 1024;

export interface ReleaseSourceOptions {
  /** Hands a manifest on to be applied (the inbox). */
  offer(signedManifest: Buffer): void;
  /** The assignment of release `releaseId` was withdrawn: stop working on it if that is what runs. */
  cancel(releaseId: string): void;
  releaseIdOf(signedManifest: Buffer): string;
  logger: Logger;
}

/** Signed creation time, read before verification: only to choose between two inputs (the chosen one is verified as always). */
function createdAtOf(signedManifest: Buffer): number {
  try {
    return unverifiedManifestOf(signedManifest, 'manifest').createdAtMs;
  } catch {
    return 0;
  }
}

/**
 * Which release the device should follow (docs/fleet.md): a rollout's
 * assignment on `dev/{id}/assign` when there is one, else its channel's
 * announcement — unless the channel announces a release made after the
 * assigned one: a finished rollout leaves its assignment in place, and a
 * later plain publish must still reach the device. A cancel (or the
 * assignment's removal) sends it back to the channel. Both inputs are
 * remembered, so switching back needs no new message.
 */
export class ReleaseSource {
  private channel: Buffer | undefined;
  private assigned: { rolloutId: string; releaseId: string; manifest: Buffer } | undefined;

  constructor(private readonly options: ReleaseSourceOptions) {}

  /** A manifest announced on the channel. */
  onChannel(signedManifest: Buffer): void {
    if (signedManifest.length === 0) return;
    this.channel = signedManifest;
    if (this.assigned === undefined || this.channelIsNewer()) this.options.offer(signedManifest);
  }

  /** A message on the assign topic. */
  onAssignment(payload: Buffer): void {
    if (payload.length === 0) return this.backToChannel('assignment removed');
    const decoded = decode(pb.Assignment, payload, MAX_ASSIGNMENT_BYTES, 'assignment');
    if (!decoded.ok) {
      this.options.logger.warn('ignoring a malformed assignment', { code: decoded.error.code, error: decoded.error.message });
      return;
    }
    const { rolloutId, cancel, releaseId, signedManifest } = decoded.value;
    if (cancel) {
      // A cancel names its release; one for a release we no longer follow changes nothing.
      if (this.assigned !== undefined && releaseId !== '' && this.assigned.releaseId !== releaseId) return;
      this.options.cancel(releaseId || (this.assigned?.releaseId ?? ''));
      return this.backToChannel(`rollout ${rolloutId} withdrew its assignment`);
    }
    const manifest = Buffer.from(signedManifest);
    if (manifest.length === 0) return;
    this.assigned = { rolloutId, releaseId: this.options.releaseIdOf(manifest), manifest };
    this.options.logger.info('assigned a release by a rollout', { rolloutId, releaseId: this.assigned.releaseId });
    if (this.channelIsNewer()) {
      this.options.logger.info('the channel announces a newer release than the assignment: following the channel', { rolloutId });
      return;
    }
    this.options.offer(manifest);
  }

  /** Whether `signedManifest` is still what the device should follow (a retry of anything else is dropped). */
  isCurrent(signedManifest: Buffer): boolean {
    const current = this.assigned === undefined || this.channelIsNewer() ? this.channel : this.assigned.manifest;
    return current !== undefined && current.equals(signedManifest);
  }

  /** The channel's release was made after the assigned one (then the channel wins). */
  private channelIsNewer(): boolean {
    if (this.assigned === undefined || this.channel === undefined) return false;
    return createdAtOf(this.channel) > createdAtOf(this.assigned.manifest);
  }

  private backToChannel(why: string): void {
    if (this.assigned === undefined) return;
    this.assigned = undefined;
    this.options.logger.info('following the channel again', { reason: why });
    if (this.channel !== undefined) this.options.offer(this.channel);
  }
}
