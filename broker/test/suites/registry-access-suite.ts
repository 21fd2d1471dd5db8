/**
 * Part of the registry contract (registry-suite.ts runs it for every
 * implementation): who may act and what they did — principal listings and the
 * bearer lookup by token hash, the audit log, and the token hashes kept for an
 * external broker.
 */
import { describe, expect, it } from 'vitest';
import { hashToken, type Principal } from '../../src/auth/auth.js';
import type { AuditRecord, RegistryOptions } from '../../src/registry/registry.js';
import type { RegistryContract, RegistryUnderTest } from './registry-suite.js';

const person = (name: string, role: Principal['role'], product = ''): Principal => ({ name, role, tokenSha256: hashToken(`token of ${name}`), product, channel: '' });

const entry = (i: number): AuditRecord => ({
  atMs: 1000 + i,
  principal: 'admin',
  role: 'admin',
  action: i % 2 ? 'addDevice' : 'rolloutAction.pause',
  target: `d${i}`,
  from: i % 2 ? 'mqtt:pub-1' : 'http:127.0.0.1',
  result: i % 3 ? 'ok' : 'OTA_E_FORBIDDEN',
  detail: i === 2 ? 'role viewer' : '',
});

/**
 * `current()` is the registry of the running test (registry-suite.ts's);
 * `open(options)` opens another fresh one, closed with its `cleanup`.
 */
export function registryAccessTests(current: () => RegistryContract, open: (options: RegistryOptions) => Promise<RegistryUnderTest>): void {
  describe('principals of people and backends', () => {
    it('lists every principal but devices, by name in byte order, with role, products and creation time, never a token', async () => {
      const registry = current();
      const before = Date.now();
      for (const p of [person('viewer-1', 'viewer'), person('ci', 'publisher', 'cam,door'), person('Zed', 'operator'), person('admin', 'admin')]) await registry.upsertPrincipal(p);
      await registry.upsertPrincipal({ ...person('dev-1', 'device', 'cam'), channel: 'stable' });
      const listed = await registry.principals.list();
      expect(listed.map(({ name, role, product }) => ({ name, role, product }))).toEqual([
        { name: 'Zed', role: 'operator', product: '' },
        { name: 'admin', role: 'admin', product: '' },
        { name: 'ci', role: 'publisher', product: 'cam,door' },
        { name: 'viewer-1', role: 'viewer', product: '' },
      ]);
      for (const p of listed) {
        expect(Object.keys(p).sort()).toEqual(['createdMs', 'name', 'product', 'role']);
        expect(p.createdMs).toBeGreaterThanOrEqual(before);
      }
      await registry.upsertPrincipal(person('ci', 'viewer'));
      expect((await registry.principals.list()).find((p) => p.name === 'ci')).toMatchObject({ role: 'viewer', product: '' });
    });

    it('finds a principal by the sha256 of its token, never a device, and no longer once rotated or removed', async () => {
      const registry = current();
      const ops = person('ops', 'operator');
      await registry.upsertPrincipal(ops);
      await registry.upsertPrincipal({ ...person('dev-1', 'device', 'cam'), channel: 'stable' });
      expect(await registry.principals.principalByTokenSha256(hashToken('token of ops'))).toEqual(ops);
      expect(await registry.principals.principalByTokenSha256(hashToken('token of dev-1'))).toBeUndefined();
      expect(await registry.principals.principalByTokenSha256(hashToken('no such token'))).toBeUndefined();
      await registry.upsertPrincipal({ ...ops, tokenSha256: hashToken('rotated') });
      expect(await registry.principals.principalByTokenSha256(hashToken('token of ops'))).toBeUndefined();
      expect((await registry.principals.principalByTokenSha256(hashToken('rotated')))?.name).toBe('ops');
      await registry.removePrincipal('ops');
      expect(await registry.principals.principalByTokenSha256(hashToken('rotated'))).toBeUndefined();
      expect(await registry.principals.list()).toEqual([]);
    });
  });

  describe('audit log', () => {
    it('lists the newest entries first, as recorded, up to the limit asked for', async () => {
      const registry = current();
      expect(await registry.audit.list(10)).toEqual([]);
      for (let i = 1; i <= 4; i++) await registry.audit.record(entry(i));
      expect(await registry.audit.list(10)).toEqual([entry(4), entry(3), entry(2), entry(1)]);
      expect(await registry.audit.list(2)).toEqual([entry(4), entry(3)]);
    });

    it('prunes to the newest entries of its bound, also after records that raced', async () => {
      const small = await open({ auditEntries: 3 });
      try {
        for (let i = 1; i <= 5; i++) await small.registry.audit.record(entry(i));
        expect(await small.registry.audit.list(10)).toEqual([entry(5), entry(4), entry(3)]);
        // Records racing each other (several workers) may each miss the others' rows; the next one prunes to the bound again.
        await Promise.all([6, 7, 8, 9].map((i) => small.registry.audit.record(entry(i))));
        await small.registry.audit.record(entry(10));
        const kept = await small.registry.audit.list(10);
        expect(kept).toHaveLength(3);
        expect(kept[0]).toEqual(entry(10));
        for (const e of kept.slice(1)) expect(['d6', 'd7', 'd8', 'd9']).toContain(e.target);
      } finally {
        await small.registry.close();
        await small.cleanup();
      }
    });
  });

  describe('broker credentials', () => {
    it('lists every principal with the broker hash of its current token, none after a rotation elsewhere or once forgotten', async () => {
      const registry = current();
      const d1 = { ...person('d1', 'device', 'cam'), channel: 'stable' };
      await registry.upsertPrincipal(d1);
      await registry.upsertPrincipal(person('admin', 'admin'));
      await registry.brokerCredentials.set('d1', d1.tokenSha256, '$7$101$salt$hash-1');
      // A hash kept for a name that is no principal is never listed.
      await registry.brokerCredentials.set('ghost', hashToken('x'), '$7$101$salt$ghost');
      expect(await registry.brokerCredentials.list()).toEqual([
        { name: 'admin', role: 'admin', product: '', mosquittoHash: undefined },
        { name: 'd1', role: 'device', product: 'cam', mosquittoHash: '$7$101$salt$hash-1' },
      ]);
      // The token replaced without a new hash (some other way): the old hash is not exported.
      await registry.upsertPrincipal({ ...d1, tokenSha256: hashToken('rotated') });
      expect((await registry.brokerCredentials.list()).find((c) => c.name === 'd1')?.mosquittoHash).toBeUndefined();
      await registry.brokerCredentials.set('d1', hashToken('rotated'), '$7$101$salt$hash-2');
      expect((await registry.brokerCredentials.list()).find((c) => c.name === 'd1')?.mosquittoHash).toBe('$7$101$salt$hash-2');
      await registry.brokerCredentials.forget('d1');
      expect((await registry.brokerCredentials.list()).find((c) => c.name === 'd1')?.mosquittoHash).toBeUndefined();
    });
  });
}
