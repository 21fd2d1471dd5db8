import { describe, expect, it } from 'vitest';
import { PacketFramer } from '../src/link/packet-framer.js';

/** Feeds `stream` to a framer cut at the given read sizes (cycled); returns the pieces pushed. */
function frame(stream: Buffer, readSizes: number[]): Buffer[] {
  const framer = new PacketFramer();
  const pieces: Buffer[] = [];
  const read = Buffer.alloc(Math.max(...readSizes));
  for (let at = 0, i = 0; at < stream.length; i++) {
    const n = Math.min(readSizes[i % readSizes.length] as number, stream.length - at);
    stream.copy(read, 0, at, at + n);
    framer.feed(read.subarray(0, n), (piece) => pieces.push(piece) > 0);
    read.fill(0xee, 0, n); // the read buffer is reused: what was pushed must not depend on it
    at += n;
  }
  return pieces;
}

/** An MQTT packet: type byte, remaining length (variable byte integer), body. */
function packet(type: number, body: Buffer): Buffer {
  const length: number[] = [];
  let n = body.length;
  do {
    length.push((n % 128) | (n >= 128 ? 0x80 : 0));
    n = Math.floor(n / 128);
  } while (n > 0);
  return Buffer.concat([Buffer.from([type, ...length]), body]);
}
const topic = Buffer.from('\x00\x0cdev/d1/chunk', 'latin1');
const publish = (size: number) => packet(0x30, Buffer.concat([topic, Buffer.alloc(size, size & 0xff)]));
const pingresp = packet(0xd0, Buffer.alloc(0));

describe('PacketFramer', () => {
  const packets = [publish(65_536), pingresp, publish(10), publish(200), publish(65_536), publish(2 * 1024 * 1024), publish(127)];
  const stream = Buffer.concat(packets);

  for (const sizes of [[1, 2, 4093], [7, 3, 60_000], [65_536], [1000, 64_000, 5], [stream.length]]) {
    it(`cuts the stream into whole packets whatever the reads (${sizes.join(', ')} bytes)`, () => {
      const pieces = frame(stream, sizes);
      expect(Buffer.concat(pieces).equals(stream)).toBe(true);
      // Packets up to 1 MiB come whole, one piece each; the 2 MiB one is passed through as read.
      const whole = pieces.filter((p) => packets.some((q) => q.equals(p)));
      expect(whole.length).toBe(packets.length - 1);
    });
  }

  it('passes bytes that are not MQTT through unchanged, for the parser to refuse', () => {
    const junk = Buffer.from([0x30, 0xff, 0xff, 0xff, 0xff, 0x01, 1, 2, 3]);
    expect(Buffer.concat(frame(junk, [2])).equals(junk)).toBe(true);
  });

  it('reports the reader asking to pause', () => {
    const framer = new PacketFramer();
    expect(framer.feed(Buffer.concat([publish(10), publish(10)]), () => false)).toBe(false);
    expect(framer.feed(publish(10).subarray(0, 5), () => false)).toBe(true);
  });
});
