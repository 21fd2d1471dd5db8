import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateSigningKeyPair, loadTrustedKey } from '@otacast/shared';
import { run } from '../src/cli/agent.js';
import { OtaClient } from '../src/index.js';
import { quietLogger } from './quiet-logger.js';

/** The agent's command line run in-process: exit codes and the one coded error line, without a child process. */
describe('otacast-agent run()', () => {
  let dir: string;
  let trustPath: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'otacast-agent-cli-'));
    trustPath = join(dir, 'signing.pub');
    await writeFile(trustPath, generateSigningKeyPair().publicPem);
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  const args = (over: Record<string, string> = {}): string[] => {
    const flags = { '--url': 'mqtt://127.0.0.1:1', '--id': 'dev-1', '--token': 't', '--product': 'p', '--trust': trustPath, '--state': join(dir, 'state'), '--root': join(dir, 'root'), ...over };
    return Object.entries(flags).flatMap(([flag, value]) => [flag, value]);
  };

  async function agent(argv: string[], stop?: AbortSignal) {
    let stdout = '';
    let stderr = '';
    const code = await run(argv, {
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { write: (text: string) => (stderr += text) },
      env: {},
      logger: quietLogger(),
      ...(stop ? { stop } : {}),
    });
    return { code, stdout, stderr };
  }

  it.each([
    ['no host', 'mqtt://'],
    ['no host after the scheme', 'mqtt:localhost'],
    ['an unsupported scheme', 'http://localhost:1883'],
    ['port 0', 'mqtt://localhost:0'],
    ['a port out of range', 'mqtt://localhost:65536'],
    ['not a URL', 'localhost:1883'],
  ])('refuses a --url with %s: one OTA_E_USAGE line, exit 2', async (_what, url) => {
    const result = await agent([...args({ '--url': url }), '--once']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^OTA_E_USAGE: option '--url <url>' argument .* is invalid\. .+\n$/);
    expect(result.stdout).toBe('');
  });

  it.each([
    ['a missing required flag', () => ['--id', 'x', '--once']],
    ['a bad number of seconds', () => [...args(), '--health-timeout', '-5']],
    ['an unknown flag', () => [...args(), '--frobnicate']],
    ['an invalid device id', () => args({ '--id': 'no spaces/allowed' })],
  ])('exits 2 on %s', async (_what, argv) => {
    const result = await agent(argv());
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^OTA_E_USAGE: [^\n]+\n$/);
    expect(result.stdout).toBe('');
  });

  it('prints --help on stdout and exits 0', async () => {
    const result = await agent(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: otacast-agent/);
    expect(result.stderr).toBe('');
  });

  it('exits 1 with an OTA_E_CONNECT line when the server cannot be reached', async () => {
    const result = await agent([...args(), '--once', '--wait-release', '1']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^OTA_E_CONNECT: [^\n]+\n$/);
  });

  it('runs as a daemon until stopped, then exits 0 and leaves no signal handlers behind', async () => {
    const before = { int: process.listenerCount('SIGINT'), term: process.listenerCount('SIGTERM') };
    const stop = new AbortController();
    const running = agent(args(), stop.signal);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(process.listenerCount('SIGTERM')).toBe(before.term + 1);
    stop.abort();
    expect(await running).toEqual({ code: 0, stdout: '', stderr: '' });
    expect({ int: process.listenerCount('SIGINT'), term: process.listenerCount('SIGTERM') }).toEqual(before);
  });

  it('stops a daemon on SIGINT with exit 0', async () => {
    const running = agent(args());
    await new Promise((resolve) => setTimeout(resolve, 200));
    // The handler the agent installed, called as the signal would call it.
    process.emit('SIGINT', 'SIGINT');
    expect((await running).code).toBe(0);
  });

  it('the client itself refuses a bad URL before connecting', async () => {
    const trustedKeys = [await loadTrustedKey(trustPath)];
    const options = { deviceId: 'd', token: 't', product: 'p', trustedKeys, stateDir: join(dir, 's'), rootDir: join(dir, 'r'), logger: quietLogger() };
    expect(() => new OtaClient({ ...options, url: 'mqtt://' })).toThrow(expect.objectContaining({ code: 'OTA_E_USAGE' }) as Error);
    expect(() => new OtaClient({ ...options, url: 'nonsense' })).toThrow(/invalid server URL/);
  });
});
