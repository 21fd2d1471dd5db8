import { describe, expect, it } from 'vitest';
import { MqttFrameTracker } from '../src/mqtt/packet-size-guard.js';

/** An MQTT frame: fixed header byte, varint remaining length, body. */
function frame(bodyLength: number, type = 0x30): Buffer {
  const length: number[] = [];
  let rest = bodyLength;
  do {
    let byte = rest % 128;
    rest = Math.floor(rest / 128);
    if (rest > 0) byte |= 0x80;
    length.push(byte);
  } while (rest > 0);
  return Buffer.concat([Buffer.from([type, ...length]), Buffer.alloc(bodyLength, 0xab)]);
}

/** Feeds `stream` cut at the given sizes (cycled); returns the first violation, if any. */
function feedSplit(tracker: MqttFrameTracker, stream: Buffer, sizes: number[]) {
  let offset = 0;
  for (let i = 0; offset < stream.length; i++) {
    const size = sizes[i % sizes.length] as number;
    const verdict = tracker.feed(stream.subarray(offset, offset + size));
    offset += size;
    if (!verdict.ok) return verdict;
  }
  return { ok: true } as const;
}

describe('MQTT frame tracker', () => {
  const max = 1000;
  const splits = [[1], [2], [3], [7], [1, 5, 64], [4096]];

  it.each(splits)('passes a stream of frames up to the limit, split every %j bytes', (...sizes) => {
    const stream = Buffer.concat([frame(0, 0xc0), frame(10), frame(126), frame(127), frame(128), frame(max - 3), frame(300), frame(0, 0xe0)]);
    expect(feedSplit(new MqttFrameTracker(max), stream, sizes)).toEqual({ ok: true });
  });

  it.each(splits)('refuses the first frame over the limit from its header, split every %j bytes', (...sizes) => {
    // max - 2 body bytes + 1 type byte + 2 length bytes = max + 1
    const stream = Buffer.concat([frame(20), frame(max - 2), frame(5)]);
    const verdict = feedSplit(new MqttFrameTracker(max), stream, sizes);
    expect(verdict).toEqual({ ok: false, reason: 'too-large', announcedBytes: max + 1 });
  });

  it('decides from the header alone, before any body byte arrives', () => {
    const tracker = new MqttFrameTracker(4 * 1024 * 1024);
    const header = frame(6 * 1024 * 1024).subarray(0, 5);
    expect(tracker.feed(header.subarray(0, 3))).toEqual({ ok: true });
    expect(tracker.feed(header.subarray(3))).toEqual({ ok: false, reason: 'too-large', announcedBytes: 6 * 1024 * 1024 + 5 });
  });

  it('refuses a remaining length longer than four bytes', () => {
    const tracker = new MqttFrameTracker(Number.MAX_SAFE_INTEGER);
    expect(tracker.feed(Buffer.from([0x30, 0xff, 0xff, 0xff, 0xff, 0x01]))).toEqual({ ok: false, reason: 'malformed' });
  });

  it('stays refused once a violation was seen', () => {
    const tracker = new MqttFrameTracker(10);
    expect(tracker.feed(frame(100)).ok).toBe(false);
    expect(tracker.feed(frame(1)).ok).toBe(false);
  });
});
