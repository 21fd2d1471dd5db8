import { MAX_MANIFEST_BYTES, OtaError, decode, isValidName, parseManifest, pb, type Logger, type otacast } from '@otacast/shared';
import { PRINCIPAL_ROLES, hashToken, isPrincipalRole, mayUseProduct, newToken, productsOf, type ApiAction, type Principal } from '../auth/auth.js';
import type { Registry } from '../registry/registry.js';
import { ADMIN_PRINCIPAL } from './admin-token.js';

/** More products than this on one publisher is a mistake (or a wish for no limit: give none). */
export const MAX_PRINCIPAL_PRODUCTS = 64;

/** Ends what a principal has open: its MQTT connections now; dashboard sessions check the registry on each request. */
export interface PrincipalSessions {
  dropPrincipal(name: string): void;
}

export interface PrincipalsApiOptions {
  registry: Pick<Registry, 'findPrincipal' | 'upsertPrincipal' | 'removePrincipal' | 'principals'>;
  sessions: PrincipalSessions;
  logger: Logger;
}

/** A principal as `principal list --json` and GET /api/v1/principals show it: never a token. */
export function principalRecord(p: { name: string; role: string; product: string; createdMs: number }): otacast.v1.PrincipalRecord.$Properties {
  return { name: p.name, role: p.role, products: p.product.split(',').filter((x) => x !== ''), createdAtMs: p.createdMs };
}

/**
 * Principals of people and backends (docs/security.md, "Principals and
 * roles"): add with a role (a publisher optionally limited to products),
 * list, rotate a token, remove. Anything that changes who a principal is or
 * what proves it drops its live sessions at once. `admin` is the server's own
 * (DIR/admin.token, written back on every start) and is not managed here.
 */
export class PrincipalsApi {
  constructor(private readonly options: PrincipalsApiOptions) {}

  async add(body: otacast.v1.AddPrincipalRequest.$Properties): Promise<string> {
    const name = this.managedName(body.name);
    const role = body.role ?? '';
    if (!isPrincipalRole(role)) throw new OtaError('OTA_E_PROTOCOL', `role "${role.slice(0, 40)}" must be one of ${PRINCIPAL_ROLES.join(', ')}`);
    const products = [...new Set(body.products ?? [])];
    if (products.length > MAX_PRINCIPAL_PRODUCTS) throw new OtaError('OTA_E_PROTOCOL', `${products.length} products, at most ${MAX_PRINCIPAL_PRODUCTS}`);
    for (const p of products) if (!isValidName(p)) throw new OtaError('OTA_E_PROTOCOL', `invalid product "${p.slice(0, 140)}"`);
    if (products.length > 0 && role !== 'publisher') throw new OtaError('OTA_E_PROTOCOL', `only a publisher is limited to products; a ${role} acts on every product (drop --product)`);
    const { registry, sessions, logger } = this.options;
    const existing = await registry.findPrincipal(name);
    if (existing?.role === 'device') throw new OtaError('OTA_E_EXISTS', `"${name}" is a device: pick another name (devices are managed with otacast device)`);
    if (existing !== undefined && body.force !== true) {
      throw new OtaError('OTA_E_EXISTS', `principal ${name} exists (role ${existing.role}): pass --force to replace it, or use principal rotate-token`);
    }
    const token = newToken();
    await registry.upsertPrincipal({ name, role, tokenSha256: hashToken(token), product: products.join(','), channel: '' });
    if (existing) sessions.dropPrincipal(name);
    logger.info(existing ? 'principal replaced' : 'principal added', { principal: name, role, products });
    return token;
  }

  async list(): Promise<otacast.v1.ListPrincipalsResponse.$Properties> {
    return { principals: (await this.options.registry.principals.list()).map(principalRecord) };
  }

  async rotateToken(body: otacast.v1.RotatePrincipalTokenRequest.$Properties): Promise<otacast.v1.RotatePrincipalTokenResponse.$Properties> {
    const principal = await this.existing(body.name);
    const token = newToken();
    await this.options.registry.upsertPrincipal({ ...principal, tokenSha256: hashToken(token) });
    this.options.sessions.dropPrincipal(principal.name);
    this.options.logger.info('principal token rotated', { principal: principal.name });
    return { token };
  }

  async remove(body: otacast.v1.RemovePrincipalRequest.$Properties): Promise<otacast.v1.RemovePrincipalResponse.$Properties> {
    const principal = await this.existing(body.name);
    await this.options.registry.removePrincipal(principal.name);
    this.options.sessions.dropPrincipal(principal.name);
    this.options.logger.info('principal removed', { principal: principal.name, role: principal.role });
    return {};
  }

  private managedName(value: string | null | undefined): string {
    const name = value ?? '';
    if (!isValidName(name)) throw new OtaError('OTA_E_PROTOCOL', `invalid principal name "${name.slice(0, 140)}"`);
    if (name === ADMIN_PRINCIPAL) {
      throw new OtaError('OTA_E_FORBIDDEN', `"${ADMIN_PRINCIPAL}" is the server's own principal: to change its token, replace DATA/${'admin.token'} and restart the server`);
    }
    return name;
  }

  private async existing(value: string | null | undefined): Promise<Principal> {
    const name = this.managedName(value);
    const principal = await this.options.registry.findPrincipal(name);
    if (principal === undefined || principal.role === 'device') throw new OtaError('OTA_E_NOT_FOUND', `no principal ${name}: see otacast principal list (devices: otacast device)`);
    return principal;
  }
}

/** What a commit's manifest names; undefined when it does not parse (the commit then fails on that, storing nothing). */
export function manifestNames(signedManifest: Uint8Array | null | undefined): { product: string; channel: string; version: string } | undefined {
  const envelope = decode(pb.SignedManifest, signedManifest ?? new Uint8Array(), MAX_MANIFEST_BYTES, 'signed manifest');
  if (!envelope.ok) return undefined;
  try {
    const { product, channel, version } = parseManifest(Buffer.from(envelope.value.manifest));
    return { product, channel, version };
  } catch {
    return undefined;
  }
}

/**
 * A publisher limited to products may commit and list only those: checked
 * before anything is recorded, so a refused commit leaves no release.
 * (Blobs are content-addressed and belong to no product; those uploaded for a
 * refused commit are freed by `otacast gc`.)
 */
export function requireProductScope(principal: Principal, method: ApiAction, request: otacast.v1.ApiRequest): void {
  if (principal.role === 'device' || productsOf(principal).length === 0) return;
  let product: string | undefined;
  if (method === 'commitRelease') product = manifestNames(request.commitRelease?.signedManifest)?.product;
  else if (method === 'listReleases' && (request.listReleases?.product ?? '') !== '') product = request.listReleases?.product ?? '';
  if (product !== undefined && !mayUseProduct(principal, product)) {
    throw new OtaError('OTA_E_FORBIDDEN', `${principal.role} "${principal.name}" may act only on product(s) ${productsOf(principal).join(', ')}, not ${product.slice(0, 140)}`);
  }
}
