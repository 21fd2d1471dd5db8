import { OtaError, decode, encode, parseTopic, pb } from '@otacast/shared';
import type { Principal, PrincipalLookup, Session } from '../auth/auth.js';

/**
 * Who sent a message that reached a worker through an external broker.
 *
 * The worker never sees the CONNECT: the external broker authenticated the
 * client (password_file, or the certificate with use_identity_as_username)
 * and its ACL decides which topics that client may write. The worker relies on
 * two ACL rules (docs/scale-out.md, "Identity on external brokers"):
 * - a device writes only `otacast/v1/dev/%u/{req,status}`, so the device id
 *   is the topic's id level;
 * - an admin or publisher writes only `otacast/v1/api/%u/req` and reads only
 *   `otacast/v1/api/%u/res`, so its API client id is its principal name.
 * The role, product and channel come from the registry, looked up on every
 * message: a removed device or principal gets nothing served from then on.
 */
export type Attribution = { ok: true; session: Session } | { ok: false; error: OtaError; reply?: { topic: string; payload: Buffer } };

export async function attribute(principals: PrincipalLookup, topic: string, payload: Buffer): Promise<Attribution> {
  const parsed = parseTopic(topic);
  if (parsed?.kind === 'device' && (parsed.leaf === 'req' || parsed.leaf === 'status')) {
    const principal = await principals.findPrincipal(parsed.deviceId);
    if (principal?.role === 'device') return { ok: true, session: { principal, clientId: parsed.deviceId } };
    return { ok: false, error: new OtaError('OTA_E_FORBIDDEN', `"${parsed.deviceId}" is not a registered device: add it (otacast device add) and export the broker's credentials again`) };
  }
  if (parsed?.kind === 'api' && parsed.leaf === 'req') {
    const principal = await principals.findPrincipal(parsed.clientId);
    if (principal !== undefined && principal.role !== 'device') return { ok: true, session: { principal, clientId: parsed.clientId } };
    const error = new OtaError('OTA_E_FORBIDDEN', `API client id "${parsed.clientId}" is no principal: on an external broker connect with --client-id set to your principal's name`);
    return { ok: false, error, reply: { topic: topic.replace(/\/req$/, '/res'), payload: refusalFor(payload, error) } };
  }
  return { ok: false, error: new OtaError('OTA_E_FORBIDDEN', `topic "${topic}" is not one the service answers`) };
}

/**
 * The lookup `attribute` makes for every message, with the questions about
 * one name that are in flight at the same moment shared: a device bursting
 * chunk requests costs one registry read (one PostgreSQL round trip) per
 * burst, not one per request. Nothing is remembered once answered, so a
 * removal still counts from the next lookup on.
 */
export function sharedLookups(lookup: PrincipalLookup): PrincipalLookup {
  const asking = new Map<string, Promise<Principal | undefined>>();
  return {
    findPrincipal(name) {
      let answer = asking.get(name);
      if (answer === undefined) {
        answer = lookup.findPrincipal(name).finally(() => asking.delete(name));
        asking.set(name, answer);
      }
      return answer;
    },
  };
}

/** An ApiResponse carrying the error, matched to the request's id so the caller fails at once instead of timing out. */
function refusalFor(payload: Buffer, error: OtaError): Buffer {
  const decoded = decode(pb.ApiRequest, payload, payload.byteLength, 'api request');
  const id = decoded.ok ? decoded.value.id : 0;
  return encode(pb.ApiResponse, { id, errorCode: error.code, errorMessage: error.message });
}
