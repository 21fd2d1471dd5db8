import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Principal, PrincipalLookup } from '../auth/auth.js';

/**
 * Dashboard sessions, in memory: the cookie carries a random id, never the
 * principal's token; the server keeps who it is, until when, and the CSRF
 * token every form must echo. A restart logs everyone out, which is fine for
 * an operator console.
 */
export interface DashboardSession {
  id: string;
  principal: Principal;
  csrf: string;
  expiresAtMs: number;
}

export const SESSION_COOKIE = 'otacast_session';
/** Eight hours: a working day, then log in again. */
export const SESSION_TTL_MS = 8 * 3600_000;
/** Logins beyond this drop the oldest session: a bound on memory, not a feature. */
const MAX_SESSIONS = 10_000;

/** Whether the principal a session logged in as still exists with the same token and role. */
export type SessionCheck = (principal: Principal) => Promise<boolean>;

/**
 * A session stays valid while its principal is unchanged in the registry:
 * `principal remove`, `rotate-token` or a replacing `principal add --force`
 * end it on its next request, wherever the change was made.
 */
export function unchangedIn(lookup: PrincipalLookup): SessionCheck {
  return async (principal) => {
    const now = await lookup.findPrincipal(principal.name);
    return now !== undefined && now.tokenSha256 === principal.tokenSha256 && now.role === principal.role && now.product === principal.product;
  };
}

export class DashboardSessions {
  private readonly sessions = new Map<string, DashboardSession>();

  constructor(
    private readonly now: () => number = Date.now,
    private readonly isValid: SessionCheck = async () => true,
  ) {}

  create(principal: Principal): DashboardSession {
    this.prune();
    if (this.sessions.size >= MAX_SESSIONS) {
      const oldest = this.sessions.keys().next().value;
      if (oldest !== undefined) this.sessions.delete(oldest);
    }
    const session = { id: randomBytes(32).toString('base64url'), principal, csrf: randomBytes(24).toString('base64url'), expiresAtMs: this.now() + SESSION_TTL_MS };
    this.sessions.set(session.id, session);
    return session;
  }

  /** The live session of a Cookie header, if any (its principal looked up again: one registry read per request). */
  async fromCookie(header: string | undefined): Promise<DashboardSession | undefined> {
    const id = cookieValue(header, SESSION_COOKIE);
    if (id === undefined) return undefined;
    const session = this.sessions.get(id);
    if (session === undefined) return undefined;
    if (session.expiresAtMs <= this.now() || !(await this.isValid(session.principal))) {
      this.sessions.delete(id);
      return undefined;
    }
    return session;
  }

  end(id: string): void {
    this.sessions.delete(id);
  }

  /** The Set-Cookie value for a session (or one that clears the cookie). */
  static cookie(session: DashboardSession | undefined): string {
    const base = 'Path=/; HttpOnly; SameSite=Strict';
    return session === undefined ? `${SESSION_COOKIE}=; ${base}; Max-Age=0` : `${SESSION_COOKIE}=${session.id}; ${base}; Max-Age=${Math.floor(SESSION_TTL_MS / 1000)}`;
  }

  private prune(): void {
    const now = this.now();
    for (const [id, s] of this.sessions) if (s.expiresAtMs <= now) this.sessions.delete(id);
  }
}

/** Constant-time comparison of the form's CSRF token with the session's. */
export function csrfMatches(session: DashboardSession, presented: unknown): boolean {
  if (typeof presented !== 'string') return false;
  const a = Buffer.from(presented);
  const b = Buffer.from(session.csrf);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}
