import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StateStore } from '../src/update/state-store.js';

describe('StateStore', () => {
  let dir: string;
  beforeEach(async () => (dir = await mkdtemp(join(tmpdir(), 'otacast-state-'))));
  afterEach(async () => rm(dir, { recursive: true, force: true }));

  it('starts IDLE and persists each transition before returning', async () => {
    const store = await StateStore.open(dir);
    expect(store.current.state).toBe('IDLE');
    await store.transition('RELEASE', { releaseId: 'r1', signedManifest: 'AAAA' });
    const onDisk = JSON.parse(await readFile(join(dir, 'state.json'), 'utf8')) as { state: string; releaseId: string };
    expect(onDisk).toMatchObject({ state: 'CHECKING', releaseId: 'r1' });
    await store.transition('ACCEPTED', { components: ['fw'] });
    const reopened = await StateStore.open(dir);
    expect(reopened.current).toMatchObject({ state: 'DOWNLOADING', releaseId: 'r1', components: ['fw'], entries: { CHECKING: 1, DOWNLOADING: 1 } });
  });

  it('counts re-entries across restarts and resets them for a new release', async () => {
    const store = await StateStore.open(dir);
    await store.transition('RELEASE', { releaseId: 'r1', signedManifest: 'AAAA' });
    expect(await (await StateStore.open(dir)).reenter()).toBe(2);
    expect(await (await StateStore.open(dir)).reenter()).toBe(3);
    const again = await StateStore.open(dir);
    await again.transition('FAILURE', { outcome: 'failed', error: { code: 'OTA_E_TIMEOUT', message: 'slow' } });
    await again.transition('RESET');
    expect(again.current).toMatchObject({ state: 'IDLE', outcome: 'failed', error: { code: 'OTA_E_TIMEOUT' } });
    await again.transition('RELEASE', { releaseId: 'r2', signedManifest: 'BBBB' });
    expect(again.current.entries).toEqual({ CHECKING: 1 });
    expect(again.current.error).toBeUndefined();
  });

  it('refuses transitions the table does not have', async () => {
    const store = await StateStore.open(dir);
    await expect(store.transition('DOWNLOADED')).rejects.toMatchObject({ code: 'OTA_E_STATE' });
  });

  it('starts over from IDLE, and says so, when state.json is corrupt', async () => {
    await writeFile(join(dir, 'state.json'), '{"state":"DOWNLOADING"}');
    const store = await StateStore.open(dir);
    expect(store.current.state).toBe('IDLE');
    expect(store.recovered?.code).toBe('OTA_E_STATE');
  });
});
