#!/usr/bin/env node
// Builds the example Python app at VERSION and publishes it as one otacast
// release of two components:
//   app     (archive) the stand-alone bundle: app/ with VERSION, run by python3
//   wheels  (command) the greeting wheel, built here with plain zipfile, plus
//           install.sh, which pip-installs it on the device with --no-index
// app VERSION requires wheels ^VERSION, so a device never runs an app with a
// wheel set it was not built for.
//
// usage: update.mjs VERSION [--broken]
//   --broken   ship an app that fails to start (the health check rolls it back)
// env: OTACAST_URL (default mqtt://127.0.0.1:1883), OTACAST_TOKEN (admin or
//      publisher token), OTACAST_KEY (default ./keys/signing.key),
//      OTACAST_PRODUCT (default python-app), OTACAST_CHANNEL (default stable)
// stdout: the release id (from `otacast publish`).
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { create } from 'tar';

const here = dirname(fileURLToPath(import.meta.url));
const otacastBin = join(here, '..', '..', 'broker', 'bin', 'otacast.js');
const args = process.argv.slice(2);
const version = args.find((a) => !a.startsWith('--'));
const broken = args.includes('--broken');
if (!version || !/^\d+\.\d+\.\d+$/.test(version) || args.some((a) => a.startsWith('--') && a !== '--broken')) {
  console.error('OTA_E_USAGE: usage: update.mjs VERSION [--broken]   (VERSION like 1.2.0)');
  process.exit(2);
}
const env = process.env;
const work = mkdtempSync(join(tmpdir(), 'python-app-release-'));

/** Fixed mtimes: the same sources build to the same bytes, so an unchanged component is not shipped again. */
const tarOf = (dir, out) => create({ cwd: dir, file: out, portable: true, mtime: new Date(0) }, ['.']);

try {
  const app = join(work, 'app');
  cpSync(join(here, 'app'), app, { recursive: true });
  writeFileSync(join(app, 'VERSION'), `${version}\n`);
  if (broken) writeFileSync(join(app, 'BROKEN'), 'this build fails on purpose\n');
  await tarOf(app, join(work, 'app.tar'));

  const wheels = join(work, 'wheels');
  mkdirSync(join(wheels, 'wheels'), { recursive: true });
  const build = spawnSync('python3', [join(here, 'make_wheel.py'), version, join(wheels, 'wheels')], { encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`make_wheel.py failed (is python3 installed?): ${build.error?.message ?? build.stderr}`);
  for (const script of ['install.sh', 'rollback.sh']) {
    copyFileSync(join(here, 'wheels', script), join(wheels, script));
    chmodSync(join(wheels, script), 0o755);
  }
  await tarOf(wheels, join(work, 'wheels.tar'));

  const release = {
    product: env.OTACAST_PRODUCT ?? 'python-app',
    channel: env.OTACAST_CHANNEL ?? 'stable',
    version,
    components: [
      { name: 'app', type: 'archive', path: 'app.tar', requires: { wheels: `^${version}` } },
      { name: 'wheels', type: 'command', path: 'wheels.tar', options: { timeout: 120 } },
    ],
  };
  writeFileSync(join(work, 'release.json'), `${JSON.stringify(release, null, 2)}\n`);
  const key = resolve(env.OTACAST_KEY ?? 'keys/signing.key');
  const publish = spawnSync(process.execPath, [otacastBin, 'publish', '--release', join(work, 'release.json'), '--key', key, '--url', env.OTACAST_URL ?? 'mqtt://127.0.0.1:1883'], { stdio: 'inherit' });
  process.exitCode = publish.status ?? 1;
} catch (err) {
  console.error(`OTA_E_BAD_RELEASE: ${err.message}`);
  process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
