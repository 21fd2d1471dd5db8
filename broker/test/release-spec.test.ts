import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { OtaError } from '@otacast/shared';
import { checkRequires, parseComponentArg, parseExpires, readReleaseFile, releaseSpecFromArgs, resolveExpiry } from '../src/sdk/release-spec.js';
import { tempDir } from './cli-helpers.js';

async function codeOf(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(err instanceof OtaError)) throw new Error(`expected an OtaError, got ${String(err)}`);
  return { code: err.code, message: err.message };
}

describe('release spec', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;

  beforeAll(async () => {
    dir = await tempDir();
    await mkdir(join(dir.path, 'files'));
    for (const name of ['fw.bin', 'app.tar.gz', 'runtime.tgz', 'data.tar']) await writeFile(join(dir.path, 'files', name), name);
  });
  afterAll(() => dir.cleanup());

  it.each([
    ['fw=a/fw.bin', 'fw', 'a/fw.bin', 'file'],
    ['app=a/app.tar.gz', 'app', 'a/app.tar.gz', 'archive'],
    ['rt=a/rt.tgz', 'rt', 'a/rt.tgz', 'archive'],
    ['d=a/d.tar', 'd', 'a/d.tar', 'archive'],
    ['img=a/sys.img:image', 'img', 'a/sys.img', 'image'],
    ['app=a/app.tar:file', 'app', 'a/app.tar', 'file'],
    ['w=a/wheels.tar:command', 'w', 'a/wheels.tar', 'command'],
  ])('parses %s', (arg, name, path, type) => {
    expect(parseComponentArg(arg, '/base')).toEqual({ name, path: join('/base', path), type });
  });

  it('refuses an unknown type suffix and a missing "="', () => {
    expect(() => parseComponentArg('fw=fw.bin:zip')).toThrow(/unknown type "zip"/);
    expect(parseComponentArg('cfg=app.toml:file@etc/app.toml', '/base')).toEqual({ name: 'cfg', path: '/base/app.toml', type: 'file', installPath: 'etc/app.toml' });
    expect(parseComponentArg('lib=node_modules/@scope/x.tgz', '/base')).toEqual({ name: 'lib', path: '/base/node_modules/@scope/x.tgz', type: 'archive' });
    for (const dest of ['/etc/app.toml', '../app.toml', 'etc//app.toml', '']) {
      expect(() => parseComponentArg(`cfg=app.toml:file@${dest}`)).toThrow(/must be relative to the agent's --root/);
    }
    expect(() => parseComponentArg('fw.bin')).toThrow(OtaError);
  });

  it('builds the command-line form with component versions defaulting to the release version', async () => {
    const spec = await releaseSpecFromArgs({
      product: 'cam',
      version: '1.2.3',
      components: ['fw=files/fw.bin', 'app=files/app.tar.gz'],
      cwd: dir.path,
      hardware: ['rev-a'],
    });
    expect(spec).toMatchObject({ product: 'cam', channel: 'stable', version: '1.2.3', hardware: ['rev-a'], rollback: false });
    expect(spec.components.map((c) => [c.name, c.version, c.type, c.path])).toEqual([
      ['fw', '1.2.3', 'file', join(dir.path, 'files', 'fw.bin')],
      ['app', '1.2.3', 'archive', join(dir.path, 'files', 'app.tar.gz')],
    ]);
  });

  it.each([
    [{ product: 'bad product' }, /product/],
    [{ version: '1.0' }, /version "1\.0"/],
    [{ components: ['fw=files/missing.bin'] }, /components\[0\]\.path .*missing\.bin/],
    [{ components: ['fw=files/fw.bin', 'fw=files/data.tar'] }, /components\[1\]\.name "fw" is listed twice/],
    [{ components: [] }, /no components/],
  ])('refuses bad command-line input %j with OTA_E_BAD_RELEASE naming the field', async (override, message) => {
    const result = await codeOf(releaseSpecFromArgs({ product: 'cam', version: '1.0.0', components: ['fw=files/fw.bin'], cwd: dir.path, ...override }));
    expect(result.code).toBe('OTA_E_BAD_RELEASE');
    expect(result.message).toMatch(message);
  });

  it('reads a release file with paths relative to the file, requires and options', async () => {
    const file = join(dir.path, 'release.json');
    await writeFile(
      file,
      JSON.stringify({
        product: 'cam',
        version: '2.0.0',
        hardware: ['rev-a', 'rev-b'],
        expires: 3600,
        components: [
          { name: 'runtime', version: '3.12.1', path: 'files/runtime.tgz' },
          { name: 'app', path: 'files/app.tar.gz', requires: { runtime: '>=3.11 <3.13' }, options: { keep: 2, restart: true } },
          { name: 'cfg', type: 'file', path: 'files/fw.bin', options: { path: 'etc/cam.conf' } },
        ],
      }),
    );
    const spec = await readReleaseFile(file);
    expect(spec.channel).toBe('stable');
    expect(spec.expiresInSeconds).toBe(3600);
    expect(resolveExpiry(spec, 1000)).toBe(1000 + 3600 * 1000);
    expect(spec.components).toEqual([
      { name: 'runtime', version: '3.12.1', type: 'archive', path: join(dir.path, 'files', 'runtime.tgz'), requires: {}, options: {} },
      { name: 'app', version: '2.0.0', type: 'archive', path: join(dir.path, 'files', 'app.tar.gz'), requires: { runtime: '>=3.11 <3.13' }, options: { keep: '2', restart: 'true' } },
      { name: 'cfg', version: '2.0.0', type: 'file', path: join(dir.path, 'files', 'fw.bin'), requires: {}, options: { path: 'etc/cam.conf' } },
    ]);
  });

  it.each([
    ['{', /not valid JSON/],
    [JSON.stringify({ product: 'cam', version: '1.0.0', components: [{ name: 'fw', path: 'files/fw.bin' }], compnents: [] }), /unknown field "compnents"/],
    [JSON.stringify({ product: 'cam', version: '1.0.0' }), /components must be an array/],
    [JSON.stringify({ product: 'cam', version: '1.0.0', components: [{ name: 'fw' }] }), /components\[0\]\.path/],
    [JSON.stringify({ product: 'cam', version: '1.0.0', components: [{ name: 'fw', path: 'files/fw.bin', type: 'zip' }] }), /components\[0\]\.type "zip"/],
    [JSON.stringify({ product: 'cam', version: '1.0.0', components: [{ name: 'fw', path: 'files/fw.bin', requires: { x: 'not a range!' } }] }), /requires\.x/],
    [JSON.stringify({ product: 'cam', version: '1.0.0', expires: 'soon', components: [{ name: 'fw', path: 'files/fw.bin' }] }), /expires/],
  ])('refuses a bad release file %s', async (text, message) => {
    const file = join(dir.path, 'bad.json');
    await writeFile(file, text);
    const result = await codeOf(readReleaseFile(file));
    expect(result.code).toBe('OTA_E_BAD_RELEASE');
    expect(result.message).toMatch(message);
  });

  it('refuses a requires range the release does not satisfy, leaves one on a component it does not carry to the device', () => {
    const ok = [
      { name: 'runtime', version: '3.12.0', requires: {} },
      { name: 'app', version: '1.0.0', requires: { runtime: '>=3.11 <3.13' } },
    ];
    expect(() => checkRequires(ok)).not.toThrow();
    expect(() => checkRequires([{ name: 'app', version: '1.0.0', requires: { runtime: '^3' } }])).not.toThrow();
    try {
      checkRequires([{ name: 'runtime', version: '3.10.0', requires: {} }, ok[1]!]);
      expect.unreachable();
    } catch (err) {
      expect((err as OtaError).code).toBe('OTA_E_INCOMPATIBLE');
      expect((err as OtaError).message).toContain('app requires runtime ">=3.11 <3.13"');
      expect((err as OtaError).message).toContain('3.10.0');
    }
  });

  it('parses expiry as an ISO date or seconds after publication', () => {
    expect(parseExpires('2030-01-01T00:00:00Z')).toEqual({ expiresAtMs: Date.UTC(2030, 0, 1) });
    expect(parseExpires('86400')).toEqual({ expiresInSeconds: 86400 });
    expect(() => parseExpires('tomorrow')).toThrow(OtaError);
    expect(() => parseExpires(0)).toThrow(OtaError);
    expect(resolveExpiry({}, 5)).toBe(0);
  });
});
