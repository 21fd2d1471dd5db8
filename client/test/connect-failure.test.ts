import { describe, expect, it } from 'vitest';
import { createServer } from 'node:net';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateSigningKeyPair } from '@otacast/shared';
import { describeConnectFailure } from '../src/link/connect-failure.js';
import { run } from '../src/cli/agent.js';

const failure = (code: string, message = code) => Object.assign(new Error(message), { code });

describe('why an agent cannot connect', () => {
  it.each([
    ['ECONNREFUSED', /connection refused by 10\.0\.0\.1:1883: is otacast serve running there/],
    ['ENOTFOUND', /host name of 10\.0\.0\.1:1883 not found \(DNS\): check --url/],
    ['EHOSTUNREACH', /10\.0\.0\.1:1883 is unreachable \(EHOSTUNREACH\)/],
    ['ETIMEDOUT', /no answer from 10\.0\.0\.1:1883 \(timed out\)/],
  ])('%s says what to check', (code, expected) => {
    expect(describeConnectFailure(failure(code), 'mqtt://10.0.0.1')).toMatch(expected);
  });

  it('a CONNECT the server never answers is told apart from a refused socket', () => {
    expect(describeConnectFailure(new Error('connack timeout'), 'mqtts://h:8883')).toBe('h:8883 accepted the connection but did not answer the MQTT CONNECT in time');
  });

  it('the daemon warns at each retry and --once ends with OTA_E_CONNECT naming the reason', async () => {
    // A port that was just free: nothing listens there.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as { port: number }).port;
    await new Promise((resolve) => probe.close(resolve));
    const dir = await mkdtemp(join(tmpdir(), 'otacast-connect-'));
    try {
      await writeFile(join(dir, 'signing.pub'), generateSigningKeyPair().publicPem);
      const warnings: string[] = [];
      const logger = { error: () => undefined, warn: (m: string) => void warnings.push(m), info: () => undefined, debug: () => undefined, child: () => logger };
      let stderr = '';
      const code = await run(
        ['--url', `mqtt://127.0.0.1:${port}`, '--id', 'd1', '--token', 't', '--product', 'p', '--trust', join(dir, 'signing.pub'), '--state', join(dir, 's'), '--root', join(dir, 'r'), '--once', '--wait-release', '2'],
        { stdout: { write: () => true }, stderr: { write: (t: string) => (stderr += t) }, env: {}, logger },
      );
      expect(code).toBe(1);
      expect(stderr).toMatch(new RegExp(`^OTA_E_CONNECT: could not connect to mqtt://127\\.0\\.0\\.1:${port} within 2 s: connection refused by 127\\.0\\.0\\.1:${port}`));
      expect(warnings[0]).toMatch(/^cannot connect: connection refused/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
