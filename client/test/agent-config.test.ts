import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateSigningKeyPair, lockDir, OtaError } from '@otacast/shared';
import { run } from '../src/cli/agent.js';
import { parseAgentArgs } from '../src/cli/agent-options.js';
import { quietLogger } from './quiet-logger.js';

/** `--config FILE`, `--token-file`, `--log-level` and the state directory's lock, through the agent's own command line. */
describe('otacast-agent settings', () => {
  let dir: string;
  let trustA: string;
  let trustB: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'otacast-agent-config-'));
    trustA = join(dir, 'a.pub');
    trustB = join(dir, 'b.pub');
    await writeFile(trustA, generateSigningKeyPair().publicPem);
    await writeFile(trustB, generateSigningKeyPair().publicPem);
    await writeFile(join(dir, 'token'), 'file-token\n', { mode: 0o600 });
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  async function config(name: string, settings: unknown): Promise<string> {
    const path = join(dir, name);
    await writeFile(path, JSON.stringify(settings));
    return path;
  }

  const base = () => ({ url: 'mqtt://127.0.0.1:1', id: 'dev-1', product: 'p', trust: [trustA], state: join(dir, 'state'), root: join(dir, 'root'), tokenFile: join(dir, 'token') });

  async function agent(argv: string[], env: Record<string, string> = {}) {
    let stderr = '';
    const code = await run(argv, { stdout: { write: () => true }, stderr: { write: (text: string) => (stderr += text) }, env, logger: quietLogger() });
    return { code, stderr };
  }

  it('takes every setting from the file, camelCase or kebab-case; the token comes from --token-file', async () => {
    const path = await config('agent.json', { ...base(), 'health-timeout': 7, commandTimeout: 9, once: true, logLevel: 'debug' });
    const options = parseAgentArgs(['--config', path], { env: {} });
    expect(options).toMatchObject({ url: 'mqtt://127.0.0.1:1', id: 'dev-1', token: 'file-token', trust: [trustA], healthTimeout: 7, commandTimeout: 9, once: true, logLevel: 'debug' });
  });

  it('flags given beside --config win, repeatable ones too (no values added up)', async () => {
    const path = await config('agent.json', base());
    const options = parseAgentArgs([`--config=${path}`, '--id', 'dev-2', '--trust', trustB, '--token', 'flag-token'], { env: {} });
    expect(options.id).toBe('dev-2');
    expect(options.trust).toEqual([trustB]);
    expect(options.token).toBe('flag-token');
  });

  it.each([
    ['an unknown setting', () => ({ ...base(), frobnicate: 1 }), /config file .*: unknown setting "frobnicate" \(settings are the long flags: .*url/],
    ['a list for a single flag', () => ({ ...base(), url: ['a', 'b'] }), /"url" takes one value, not a list/],
    ['a string for a switch', () => ({ ...base(), once: 'yes' }), /"once" is a switch: use true or false/],
    ['not an object', () => ['--url'], /must hold one JSON object/],
  ])('refuses a config file with %s: OTA_E_USAGE naming the file, exit 2', async (_what, settings, message) => {
    const result = await agent(['--config', await config('bad.json', settings())]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^OTA_E_USAGE: /);
    expect(result.stderr).toMatch(message);
  });

  it('refuses a config file that is missing or not JSON', async () => {
    expect((await agent(['--config', join(dir, 'nope.json')])).stderr).toMatch(/^OTA_E_USAGE: config file .*nope\.json: cannot read it \(ENOENT\)/);
    await writeFile(join(dir, 'broken.json'), '{"url": ');
    expect((await agent(['--config', join(dir, 'broken.json')])).stderr).toMatch(/^OTA_E_USAGE: config file .*broken\.json: not valid JSON/);
  });

  it('an empty or missing --token-file and no token at all are usage errors', async () => {
    await writeFile(join(dir, 'empty-token'), '\n');
    const path = await config('agent.json', { ...base(), tokenFile: join(dir, 'empty-token') });
    expect(await agent(['--config', path, '--once'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/^OTA_E_USAGE: --token-file .* is empty/) });
    const { tokenFile: _unused, ...noToken } = base();
    expect(await agent(['--config', await config('no-token.json', noToken), '--once'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/--token-file FILE, env OTACAST_DEVICE_TOKEN, or --cert on an mTLS server/) });
  });

  it('an unknown log level is a usage error, from the flag or from OTACAST_LOG_LEVEL', async () => {
    const path = await config('agent.json', base());
    expect(await agent(['--config', path, '--log-level', 'loud'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/unknown log level "loud"/) });
    expect(await agent(['--config', path, '--once'], { OTACAST_LOG_LEVEL: 'chatty' })).toMatchObject({ code: 2, stderr: expect.stringMatching(/^OTA_E_USAGE: OTACAST_LOG_LEVEL: unknown log level "chatty"/) });
  });

  it('a second agent on a state directory in use fails at once with OTA_E_STATE_DIR_IN_USE; the directory is 0700', async () => {
    const state = join(dir, 'locked-state');
    await mkdir(state, { recursive: true });
    // The first agent's lock, taken as the agent takes it (a live pid: ours).
    const held = await lockDir(state, { file: 'agent.lock', inUse: () => new OtaError('OTA_E_STATE_DIR_IN_USE', 'held') });
    try {
      const result = await agent(['--config', await config('agent.json', { ...base(), state }), '--once']);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(new RegExp(`^OTA_E_STATE_DIR_IN_USE: ${state} is used by another otacast-agent \\(pid ${process.pid}\\)`));
    } finally {
      await held.release();
    }
    const fresh = join(dir, 'fresh-state');
    await agent(['--config', await config('agent.json', { ...base(), state: fresh }), '--once', '--wait-release', '0.1']);
    expect((await stat(fresh)).mode & 0o777).toBe(0o700);
  });
});
