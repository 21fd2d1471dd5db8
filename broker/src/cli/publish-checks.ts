// What `otacast publish` checks before it uploads anything: mistakes the
// server would accept but that are almost never meant.
import { open } from 'node:fs/promises';
import { compareVersions, OtaError } from '@otacast/shared';
import type { ApiClient } from '../sdk/api-client.js';
import type { ReleaseSpec } from '../sdk/release-spec.js';

const TAR_MAGIC_OFFSET = 257;

/** gzip (a .tar.gz), or the ustar magic of a POSIX/GNU tar header. */
async function looksLikeTar(path: string): Promise<boolean> {
  const file = await open(path, 'r');
  try {
    const head = Buffer.alloc(TAR_MAGIC_OFFSET + 5);
    const { bytesRead } = await file.read(head, 0, head.length, 0);
    if (bytesRead >= 2 && head[0] === 0x1f && head[1] === 0x8b) return true;
    return bytesRead === head.length && head.subarray(TAR_MAGIC_OFFSET).toString('latin1') === 'ustar';
  } finally {
    await file.close();
  }
}

async function notTarArchives(spec: ReleaseSpec): Promise<OtaError[]> {
  const problems: OtaError[] = [];
  for (const c of spec.components) {
    if (c.type !== 'archive' || (await looksLikeTar(c.path))) continue;
    problems.push(new OtaError('OTA_E_BAD_RELEASE', `component ${c.name} is typed archive but ${c.path} is not a tar or tar.gz: devices would fail to unpack it; publish it as ${c.name}=PATH:file`));
  }
  return problems;
}

/** What a read the principal may not make answers: nothing to check (the server still decides on commit). */
async function unlessForbidden<T>(read: Promise<T>): Promise<T | undefined> {
  try {
    return await read;
  } catch (err) {
    if (err instanceof OtaError && err.code === 'OTA_E_FORBIDDEN') return undefined;
    throw err;
  }
}

async function downgrade(spec: ReleaseSpec, client: ApiClient): Promise<OtaError[]> {
  if (spec.rollback) return [];
  const releases = await unlessForbidden(client.listReleases(spec.product));
  const current = releases?.find((r) => r.channel === spec.channel && r.current);
  if (current === undefined || compareVersions(spec.version, current.version) >= 0) return [];
  return [
    new OtaError('OTA_E_DOWNGRADE', `${spec.product} ${spec.version} is lower than ${current.version}, current on ${spec.channel}: devices would refuse it; bump the version, or pass --rollback to sign a deliberate rollback`),
  ];
}

async function noDevices(spec: ReleaseSpec, client: ApiClient): Promise<OtaError[]> {
  // A publisher may not list devices: then this check is the operator's business.
  const devices = await unlessForbidden(client.listDevices());
  if (devices === undefined || devices.some((d) => d.product === spec.product)) return [];
  const products = [...new Set(devices.map((d) => d.product))].sort();
  const known = products.length > 0 ? `devices are registered for ${products.join(', ')}` : 'no device is registered yet';
  return [new OtaError('OTA_E_NOT_FOUND', `no device is registered for product ${spec.product} (${known}): check --product, or register one with otacast device add`)];
}

/**
 * Throws the first mistake found (an archive that is not a tar, a downgrade),
 * with what to do and that --force publishes anyway. Returns what the caller
 * prints as warnings: forced mistakes, and a product no device runs yet
 * (publishing before the devices are registered is a normal order of work).
 */
export async function checkBeforePublish(spec: ReleaseSpec, client: ApiClient, force: boolean): Promise<OtaError[]> {
  const mistakes = [...(await notTarArchives(spec)), ...(await downgrade(spec, client))];
  const first = mistakes[0];
  if (first !== undefined && !force) throw new OtaError(first.code, `${first.message} (--force publishes anyway)`, { details: { ...first.details } });
  return [...mistakes, ...(await noDevices(spec, client))];
}
