import { describe, expect, it } from 'vitest';
import { createPrivateKey } from 'node:crypto';
import { encode, encodeManifest, generateSigningKeyPair, pb, releaseIdOf, sha256, signManifest } from '@otacast/shared';
import { ReleaseSource } from '../src/update/release-source.js';
import { quietLogger } from './quiet-logger.js';

const key = createPrivateKey(generateSigningKeyPair().privatePem);

function manifest(version: string, createdAtMs: number): Buffer {
  return signManifest(
    encodeManifest({
      product: 'cam', channel: 'stable', version, createdAtMs, expiresAtMs: 0, hardware: [], rollback: false,
      components: [{ name: 'fw', version, type: 'file', size: 1, sha256: sha256(Buffer.from(version)), indexDigest: sha256(Buffer.from('i')), indexSize: 1, requires: {}, options: {} }],
    }),
    key,
  );
}

const assignment = (rolloutId: string, signedManifest: Buffer) => encode(pb.Assignment, { rolloutId, signedManifest });

function source() {
  const offered: string[] = [];
  const versions = new Map<string, string>();
  const s = new ReleaseSource({ offer: (m) => offered.push(versions.get(m.toString('hex')) ?? '?'), cancel: () => undefined, releaseIdOf: (m) => releaseIdOf(m), logger: quietLogger() });
  const named = (version: string, createdAtMs: number) => {
    const m = manifest(version, createdAtMs);
    versions.set(m.toString('hex'), version);
    return m;
  };
  return { s, offered, named };
}

describe('ReleaseSource', () => {
  it('an assignment wins over an older channel release', () => {
    const { s, offered, named } = source();
    s.onChannel(named('1.0.0', 100));
    const v2 = named('2.0.0', 200);
    s.onAssignment(assignment('r1', v2));
    expect(offered).toEqual(['1.0.0', '2.0.0']);
    expect(s.isCurrent(v2)).toBe(true);
  });

  it('a channel release made after the assigned one reaches the device, though the finished rollout left its assignment', () => {
    const { s, offered, named } = source();
    s.onAssignment(assignment('r1', named('2.0.0', 200)));
    const v3 = named('3.0.0', 300);
    s.onChannel(v3);
    expect(offered).toEqual(['2.0.0', '3.0.0']);
    expect(s.isCurrent(v3)).toBe(true);
    // Reconnecting brings both retained messages again, the assignment last: the channel still wins.
    s.onAssignment(assignment('r1', named('2.0.0', 200)));
    expect(offered).toEqual(['2.0.0', '3.0.0']);
  });
});
