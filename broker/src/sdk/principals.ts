import { OtaError } from '@otacast/shared';
import type { ApiClient } from './api-client.js';
import { toAuditEntryInfo, toPrincipalInfo, type AuditEntryInfo, type PrincipalInfo } from './admin.js';

export type PrincipalRoleName = 'admin' | 'publisher' | 'operator' | 'viewer';

/**
 * Principals and the audit log over the admin API (admin only; docs/security.md,
 * "Principals and roles"). In its own file rather than admin.ts, which
 * api-client.ts imports: a client class there would make an import cycle.
 */
export class PrincipalsClient {
  constructor(private readonly api: ApiClient) {}

  /** Adds a principal (an existing name needs `force`); returns its token. `products` limits a publisher. */
  async add(name: string, role: PrincipalRoleName, { products = [], force = false }: { products?: string[]; force?: boolean } = {}): Promise<string> {
    const answer = await this.api.request('addPrincipal', { name, role, products, force });
    if (!answer.token) throw new OtaError('OTA_E_PROTOCOL', 'add-principal answer carries no token');
    return answer.token;
  }

  async list(): Promise<PrincipalInfo[]> {
    return ((await this.api.request('listPrincipals', {})).principals ?? []).map(toPrincipalInfo);
  }

  /** A new token; the old one stops working and live sessions are dropped. */
  async rotateToken(name: string): Promise<string> {
    const answer = await this.api.request('rotatePrincipalToken', { name });
    if (!answer.token) throw new OtaError('OTA_E_PROTOCOL', 'rotate-token answer carries no token');
    return answer.token;
  }

  async remove(name: string): Promise<void> {
    await this.api.request('removePrincipal', { name });
  }

  /** The newest audit entries, newest first (0: the server's default, 100). */
  async audit(limit = 0): Promise<AuditEntryInfo[]> {
    return ((await this.api.request('listAudit', { limit })).entries ?? []).map(toAuditEntryInfo);
  }
}
