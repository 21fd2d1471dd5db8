import { describe, expect, it } from 'vitest';
import { sha256, toHex, type ComponentSpec, type ReleaseManifest } from '@otacast/shared';
import { checkRelease, type CheckContext } from '../src/update/release-check.js';
import type { InstalledRelease } from '../src/install/installed.js';

function component(name: string, version: string, content: string, requires: Record<string, string> = {}): ComponentSpec {
  return { name, version, type: 'file', size: content.length, sha256: sha256(Buffer.from(content)), indexDigest: sha256(Buffer.from(`i${content}`)), indexSize: 1, requires, options: {} };
}

function manifest(overrides: Partial<ReleaseManifest> = {}): ReleaseManifest {
  return { product: 'cam', channel: 'stable', version: '2.0.0', createdAtMs: 1, expiresAtMs: 0, hardware: [], rollback: false, components: [component('app', '2.0.0', 'app2'), component('fw', '1.0.0', 'fw1')], ...overrides };
}

const installed: InstalledRelease = {
  releaseId: 'old',
  version: '1.0.0',
  components: {
    app: { version: '1.0.0', sha256: toHex(sha256(Buffer.from('app1'))), type: 'file' },
    fw: { version: '1.0.0', sha256: toHex(sha256(Buffer.from('fw1'))), type: 'file' },
  },
};

const ctx: CheckContext = { product: 'cam', channel: 'stable', installed, installable: ['file', 'archive'], nowMs: 1_000_000 };

function codeOf(fn: () => unknown): string {
  try {
    fn();
    return 'none';
  } catch (err) {
    return (err as { code: string }).code;
  }
}

describe('checkRelease', () => {
  it('selects only the components whose content changed', () => {
    const result = checkRelease(manifest(), 'new', ctx);
    expect(result.kind === 'update' && result.components.map((c) => c.name)).toEqual(['app']);
  });

  it('is current for the installed release, or for the same content under another id', () => {
    expect(checkRelease(manifest(), 'old', ctx).kind).toBe('current');
    const same = manifest({ version: '1.0.0', components: [component('app', '1.0.0', 'app1'), component('fw', '1.0.0', 'fw1')] });
    expect(checkRelease(same, 'other-id', ctx).kind).toBe('current');
  });

  it.each([
    ['another product', manifest({ product: 'doorbell' }), ctx, 'OTA_E_PRODUCT'],
    ['another channel', manifest({ channel: 'beta' }), ctx, 'OTA_E_PRODUCT'],
    ['expired', manifest({ expiresAtMs: 999_999 }), ctx, 'OTA_E_EXPIRED'],
    ['other hardware', manifest({ hardware: ['rev-b'] }), { ...ctx, hardware: 'rev-a' }, 'OTA_E_INCOMPATIBLE'],
    ['hardware list, device without --hardware', manifest({ hardware: ['rev-b'] }), ctx, 'OTA_E_INCOMPATIBLE'],
    ['a type without installer', manifest({ components: [{ ...component('img', '2.0.0', 'x'), type: 'image' }] }), ctx, 'OTA_E_INCOMPATIBLE'],
    ['unmet requires', manifest({ components: [component('app', '2.0.0', 'app2', { fw: '>=2.0.0' })] }), ctx, 'OTA_E_INCOMPATIBLE'],
    ['requires a component nobody has', manifest({ components: [component('app', '2.0.0', 'app2', { runtime: '^3.11.0' })] }), ctx, 'OTA_E_INCOMPATIBLE'],
    ['a downgrade', manifest({ version: '0.9.0' }), ctx, 'OTA_E_DOWNGRADE'],
  ])('refuses %s', (_what, m, context, code) => {
    expect(codeOf(() => checkRelease(m, 'new', context))).toBe(code);
  });

  it('accepts what the refusals refuse when the conditions hold', () => {
    expect(checkRelease(manifest({ hardware: ['rev-a', 'rev-b'] }), 'new', { ...ctx, hardware: 'rev-b' }).kind).toBe('update');
    expect(checkRelease(manifest({ expiresAtMs: 2_000_000 }), 'new', ctx).kind).toBe('update');
    expect(checkRelease(manifest({ version: '0.9.0', rollback: true }), 'new', ctx).kind).toBe('update');
    // requires are checked over the resulting set: the release's own fw satisfies app's range.
    const both = manifest({ components: [component('app', '2.0.0', 'app2', { fw: '^2.0.0' }), component('fw', '2.1.0', 'fw2')] });
    expect(checkRelease(both, 'new', ctx).kind).toBe('update');
    // ...and an installed component not in the release counts too.
    expect(checkRelease(manifest({ components: [component('app', '2.0.0', 'app2', { fw: '1.x' })] }), 'new', ctx).kind).toBe('update');
  });

  it('names the violated constraint over the resulting set, installed components included', () => {
    const runtimeInstalled: InstalledRelease = {
      ...installed,
      components: {
        ...installed.components,
        runtime: { version: '3.10.4', sha256: toHex(sha256(Buffer.from('rt310'))), type: 'archive' },
        tool: { version: '1.0.0', sha256: toHex(sha256(Buffer.from('tool1'))), type: 'file', requires: { runtime: '>=3.10 <3.12' } },
      },
    };
    const context = { ...ctx, installed: runtimeInstalled };
    const messageOf = (m: ReleaseManifest) => {
      try {
        checkRelease(m, 'new', context);
        return 'accepted';
      } catch (err) {
        return `${(err as { code: string }).code}: ${(err as Error).message}`;
      }
    };
    // A release of app alone, requiring a runtime the device does not have.
    expect(messageOf(manifest({ components: [component('app', '2.1.0', 'app21', { runtime: '>=3.11 <3.13' })] }))).toBe(
      'OTA_E_INCOMPATIBLE: app 2.1.0 requires runtime >=3.11 <3.13, resulting set has runtime 3.10.4',
    );
    expect(messageOf(manifest({ components: [component('app', '2.1.0', 'app21', { wheels: '^1.0.0' })] }))).toBe('OTA_E_INCOMPATIBLE: app 2.1.0 requires wheels ^1.0.0, resulting set has no wheels');
    // Bringing the runtime along satisfies app, but breaks the installed tool that the release leaves in place.
    const both = manifest({ components: [component('app', '2.1.0', 'app21', { runtime: '>=3.11 <3.13' }), component('runtime', '3.12.1', 'rt312')] });
    expect(messageOf(both)).toBe('OTA_E_INCOMPATIBLE: tool 1.0.0 (installed) requires runtime >=3.10 <3.12, resulting set has runtime 3.12.1');
    const withTool = manifest({ components: [...both.components, component('tool', '2.0.0', 'tool2', { runtime: '^3.12.0' })] });
    expect(messageOf(withTool)).toBe('accepted');
  });

  it('installs anything on a device with nothing installed', () => {
    const result = checkRelease(manifest({ version: '0.0.1' }), 'new', { ...ctx, installed: undefined });
    expect(result.kind === 'update' && result.components).toHaveLength(2);
  });
});
