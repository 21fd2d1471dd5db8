import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConnection } from 'node:net';
import { once } from 'node:events';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Fixture, randomFile, tempDir } from './support/fixture.js';
import { agent, otacast, type RunResult } from './support/processes.js';
import { hasOpenssl, makeCertificates, type CertificateFiles, type TestCertificates } from './support/certificates.js';
import { freePort } from './support/free-port.js';

/**
 * TLS and mTLS against real processes (docs/security.md, "Transport: TLS and
 * mTLS"): certificates made with openssl, `otacast serve` with a TLS
 * listener, agents and admin CLIs connecting over mqtts://.
 */
const openssl = hasOpenssl();
if (!openssl) {
  if (process.env['CI']) throw new Error('openssl is required for test/tls.test.ts in CI (.ci/run checks for it)');
  console.warn('SKIPPING test/tls.test.ts: no openssl on this machine');
}


interface Setup {
  fx: Fixture;
  certs: TestCertificates;
  tlsUrl: string;
  close(): Promise<void>;
}

/** Certificates, then a server with a TLS listener (`tlsArgs` after the certificate flags). */
async function setUp(tlsArgs: (certs: TestCertificates) => string[]): Promise<Setup> {
  const dir = await tempDir('otacast-tls-');
  const certs = await makeCertificates(join(dir.path, 'certs'));
  const fx = await Fixture.create(dir.path, ['--tls-port', '0', '--tls-cert', certs.server.cert, '--tls-key', certs.server.key, ...tlsArgs(certs)]);
  const [, tlsUrl] = await fx.server.process.waitFor(/listening on (mqtts:\/\/\S+)/);
  return { fx, certs, tlsUrl: tlsUrl ?? '', close: async () => { await fx.close(); await dir.cleanup(); } };
}

/** `otacast-agent --once` over TLS: `auth` is a token or a client certificate (or both). */
async function agentOnce(s: Setup, id: string, product: string, auth: { token?: string; cert?: CertificateFiles; ca?: string }): Promise<RunResult> {
  const base = join(s.fx.root, 'devices', `${id}-${Math.random().toString(36).slice(2, 8)}`);
  await mkdir(join(base, 'root'), { recursive: true });
  return agent([
    '--url', s.tlsUrl, '--id', id, '--product', product, '--trust', s.fx.trust, '--state', join(base, 'state'), '--root', join(base, 'root'),
    '--ca', auth.ca ?? s.certs.ca, '--wait-release', '20', '--once',
    ...(auth.token === undefined ? [] : ['--token', auth.token]),
    ...(auth.cert === undefined ? [] : ['--cert', auth.cert.cert, '--key', auth.cert.key]),
  ], { timeoutMs: 120_000 });
}

/** The last stderr line: where a failed `--once` prints its coded error. */
const errorLine = (result: RunResult): string => result.stderr.trim().split('\n').at(-1) ?? '';

describe.skipIf(!openssl)('TLS listener, token authentication', () => {
  let s: Setup;
  beforeAll(async () => {
    s = await setUp(() => []);
  }, 60_000);
  afterAll(async () => s?.close());

  it('prints the mqtts:// listening line beside the plain one', () => {
    expect(s.fx.server.url).toMatch(/^mqtt:\/\//);
    expect(s.tlsUrl).toMatch(/^mqtts:\/\/127\.0\.0\.1:\d+$/);
  });

  it('an agent over mqtts:// with --ca and its token installs a release published over mqtts://', async () => {
    const token = await s.fx.addDevice('t1', 'tls-prod');
    await randomFile(join(s.fx.root, 'fw-1.bin'), 300 * 1024);
    const publish = await otacast(['publish', '--url', s.tlsUrl, '--ca', s.certs.ca, '--token', s.fx.server.adminToken, '--product', 'tls-prod', '--version', '1.0.0', '--key', s.fx.key, `fw=${join(s.fx.root, 'fw-1.bin')}`]);
    expect(publish.code, publish.stderr).toBe(0);
    const result = await agentOnce(s, 't1', 'tls-prod', { token });
    expect(result.code, result.stderr).toBe(0);
    expect(result.lastLine).toMatch(/^installed tls-prod 1\.0\.0 /);
  }, 120_000);

  it('an agent that trusts another CA is refused with OTA_E_TLS (check --ca); the server keeps serving', async () => {
    const token = await s.fx.addDevice('t2', 'tls-prod');
    const result = await agentOnce(s, 't2', 'tls-prod', { token, ca: s.certs.otherCa });
    expect(result.code).toBe(1);
    expect(errorLine(result)).toMatch(/^OTA_E_TLS: .*not signed by a trusted CA.*check --ca/);
    const devices = await otacast(['devices', '--url', s.tlsUrl, '--ca', s.certs.ca, '--token', s.fx.server.adminToken]);
    expect(devices.code, devices.stderr).toBe(0);
  }, 120_000);

  it('admin commands refuse --ca with a plain URL, and an unreadable --ca, with coded errors', async () => {
    const plain = await otacast(['devices', '--url', s.fx.server.url, '--ca', s.certs.ca, '--token', s.fx.server.adminToken]);
    expect(plain.code).toBe(2);
    expect(plain.stderr).toMatch(/OTA_E_USAGE: --ca applies to mqtts:\/\/ URLs only/);
    const missing = await otacast(['devices', '--url', s.tlsUrl, '--ca', join(s.certs.dir, 'nope.pem'), '--token', s.fx.server.adminToken]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/OTA_E_TLS: cannot read --ca/);
  });
});

describe.skipIf(!openssl)('mTLS listener with --no-plain', () => {
  let s: Setup;
  let plainPort: number;
  /** Admin CLI over mqtts:// with the operator's certificate (not a device) and the admin token. */
  const admin = (args: string[]) => otacast([...args, '--url', s.tlsUrl, '--ca', s.certs.ca, '--tls-cert', s.certs.devices['ops']?.cert ?? '', '--tls-key', s.certs.devices['ops']?.key ?? '', '--token', s.fx.server.adminToken]);
  const device = (id: string): CertificateFiles => s.certs.devices[id] as CertificateFiles;

  beforeAll(async () => {
    plainPort = await freePort();
    s = await setUp((certs) => ['--tls-ca', certs.ca, '--no-plain', '--port', String(plainPort)]);
    for (const id of ['dev1', 'dev2']) expect((await admin(['device', 'add', id, '--product', 'mtls'])).code).toBe(0);
    await randomFile(join(s.fx.root, 'm-1.bin'), 200 * 1024);
    const publish = await admin(['publish', '--product', 'mtls', '--version', '1.0.0', '--key', s.fx.key, `fw=${join(s.fx.root, 'm-1.bin')}`]);
    expect(publish.code, publish.stderr).toBe(0);
  }, 90_000);
  afterAll(async () => s?.close());

  it('serves no plain MQTT: nothing listens on --port, and plain MQTT to the TLS port is refused', async () => {
    expect(s.fx.server.url).toBe(s.tlsUrl);
    const socket = createConnection({ host: '127.0.0.1', port: plainPort });
    const [err] = (await once(socket, 'error')) as [NodeJS.ErrnoException];
    expect(err.code).toBe('ECONNREFUSED');
    const plainToTls = await otacast(['devices', '--url', s.tlsUrl.replace('mqtts:', 'mqtt:'), '--token', s.fx.server.adminToken, '--timeout', '5']);
    expect(plainToTls.code).toBe(1);
    expect(plainToTls.stderr).toMatch(/OTA_E_CONNECT/);
    await s.fx.server.process.waitFor(/"code":"OTA_E_TLS"[^\n]*"message":"TLS handshake failed"/);
  });

  it('a device with its certificate and no token installs', async () => {
    const result = await agentOnce(s, 'dev1', 'mtls', { cert: device('dev1') });
    expect(result.code, result.stderr).toBe(0);
    expect(result.lastLine).toMatch(/^installed mtls 1\.0\.0 /);
  }, 120_000);

  it("dev1's certificate cannot connect as dev2, even with dev2's token", async () => {
    const dev2Token = (await admin(['device', 'rotate-token', 'dev2'])).lastLine;
    for (const token of [undefined, dev2Token]) {
      const result = await agentOnce(s, 'dev2', 'mtls', { cert: device('dev1'), ...(token ? { token } : {}) });
      expect(result.code).toBe(1);
      expect(errorLine(result)).toMatch(/^OTA_E_AUTH: /);
    }
    await s.fx.server.process.waitFor(/"code":"OTA_E_AUTH"[^\n]*the certificate of device \\"dev1\\" cannot connect as client id \\"dev2\\"/);
  }, 120_000);

  it('an expired certificate is refused with OTA_E_TLS on both sides', async () => {
    const result = await agentOnce(s, 'dev1', 'mtls', { cert: s.certs.expired });
    expect(result.code).toBe(1);
    expect(errorLine(result)).toMatch(/^OTA_E_TLS: .*refused this certificate \(CN=dev1\): it expired on 2020-01-02/);
    await s.fx.server.process.waitFor(/"code":"OTA_E_TLS"[^\n]*"reason":"CERT_HAS_EXPIRED"/);
  }, 120_000);

  it('a certificate signed by another CA is refused with OTA_E_TLS on both sides', async () => {
    const result = await agentOnce(s, 'dev1', 'mtls', { cert: s.certs.foreign });
    expect(result.code).toBe(1);
    expect(errorLine(result)).toMatch(/^OTA_E_TLS: .*not signed by the CA in --ca/);
    await s.fx.server.process.waitFor(/"code":"OTA_E_TLS"[^\n]*"reason":"UNABLE_TO_VERIFY_LEAF_SIGNATURE"/);
  }, 120_000);

  it('a client without a certificate is told to pass --cert', async () => {
    const result = await agentOnce(s, 'dev2', 'mtls', { token: 'whatever' });
    expect(result.code).toBe(1);
    expect(errorLine(result)).toMatch(/^OTA_E_TLS: .*requires a client certificate: pass --cert and --key/);
  }, 120_000);

  it('after the refusals the server still serves: dev2 installs with its own certificate, admin lists devices', async () => {
    const result = await agentOnce(s, 'dev2', 'mtls', { cert: device('dev2') });
    expect(result.code, result.stderr).toBe(0);
    const devices = await admin(['devices', '--json']);
    expect(devices.code, devices.stderr).toBe(0);
    const list = JSON.parse(devices.stdout) as { id: string; installedVersion: string }[];
    expect(list.find((d) => d.id === 'dev2')?.installedVersion).toBe('1.0.0');
  }, 120_000);
});
